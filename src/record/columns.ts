/**
 * The columns of a table of values, recognised by their headers in either language: the words the
 * template writes (so a filled template reads back) and the ones analysts' own sheets use.
 * A header is compared without spaces, width or case, and without a trailing bracket
 * (数值（2024年）, value (%)), which may name the year the column is for.
 */
import { t } from "../i18n/translate.js";
import { LANGS } from "../i18n/lang.js";

/** `project`, `invested` and `status`: a table of key projects' progress (record --from). */
export type Column = "id" | "name" | "value" | "note" | "project" | "invested" | "status";

const SYNONYMS: Record<Column, readonly string[]> = {
  id: ["id", "序号", "编号", "指标编号", "指标序号"],
  name: ["name", "指标", "指标名称", "名称"],
  value: ["value", "数值", "值", "实际值"],
  note: ["note", "备注", "说明"],
  project: ["project", "项目编号", "工程编号", "项目序号"],
  invested: ["invested", "累计投资", "累计完成投资", "累计投资额"],
  status: ["status", "状态", "建设状态", "进展状态"],
};

/** A header without the width, spacing and case a spreadsheet or a typist gives it. */
const plain = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** A header as a word and the bracket after it: 数值（2024年） → 数值, 2024年. */
function split(header: string): { word: string; suffix?: string } {
  const m = /^(.*?)[([【]([^()[\]【】]*)[)\]】]$/.exec(plain(header));
  return m?.[1] ? { word: m[1], suffix: m[2]! } : { word: plain(header) };
}

/** A header as compared: without width, spacing, case and its trailing bracket. */
export const headerKey = (header: string): string => split(header).word;

let aliases: Map<string, Column> | undefined;

function aliasTable(): Map<string, Column> {
  if (aliases) return aliases;
  aliases = new Map();
  for (const column of Object.keys(SYNONYMS) as Column[]) {
    // The template's own headers, without the year its value column is headed with.
    const own = LANGS.map((lang) => t(lang, `record.template.${column}`));
    for (const word of [...own, ...SYNONYMS[column]]) aliases.set(split(word).word, column);
  }
  return aliases;
}

/** Which column a header names, and the year its bracket names (数值（2024年） → 2024). */
export function recognise(header: string): { column: Column; year?: number } | undefined {
  const { word, suffix } = split(header);
  const column = aliasTable().get(word);
  if (!column) return undefined;
  const year = suffix === undefined ? undefined : /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(suffix)?.[1];
  return year === undefined ? { column } : { column, year: Number(year) };
}

/** The headers each required column accepts, for the sentence that says none was found. */
export const accepted = (column: Column): string =>
  [...new Set([...LANGS.map((lang) => t(lang, `record.template.${column}`)), ...SYNONYMS[column]])].join(", ");
