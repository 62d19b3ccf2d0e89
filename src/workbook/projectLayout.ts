/**
 * The fill-in workbook's key projects sheet, shared by `template` (which writes it) and `import`
 * (which reads it back): 附表1's columns as the report lays them out (report/projects/sheet.ts),
 * then the fields 附表1 has no column for (关联指标, 备注), then per year of progress 累计完成投资,
 * 状态 and 进展备注; a last 合计 row holds the stated total. Headers are in the workbook's language;
 * import knows them in both.
 */
import { LANGS, type Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { PLAN_COLUMNS, planHeader, type PlanColumn } from "../report/projects/sheet.js";

/** `reported`: the year's progress is recorded (`2024: {}`) though no other cell of it is filled. */
type ProgressField = "reported" | "invested" | "status" | "note";
export type ProjectColumn = PlanColumn | "indicators" | "note" | { year: number; field: ProgressField };

const OWN = [...PLAN_COLUMNS.map((c) => c.key), "indicators", "note"] as const;
const PROGRESS: readonly ProgressField[] = ["reported", "invested", "status", "note"];
const WIDTH: Record<string, number> = {
  ...Object.fromEntries(PLAN_COLUMNS.map((c) => [c.key, c.width])),
  indicators: 12,
  note: 24,
};

/** The sheet's columns: the project's own, then reported, invested, status and note for each year. */
export function projectColumns(years: readonly number[]): ProjectColumn[] {
  return [...OWN, ...years.flatMap((year) => PROGRESS.map((field) => ({ year, field })))];
}

export const projectWidth = (c: ProjectColumn): number =>
  typeof c === "object" ? (c.field === "note" ? 20 : c.field === "reported" ? 8 : 12) : WIDTH[c]!;

const progressHeader = (lang: Lang, field: ProgressField, year?: number): string =>
  field === "reported"
    ? `${t(lang, "sheet.header.reported")}${year === undefined ? "" : ` ${year}`}`
    : planHeader(lang, field === "note" ? "progressNote" : field, year);

export const projectHeader = (lang: Lang, c: ProjectColumn): string =>
  typeof c === "object" ? progressHeader(lang, c.field, c.year) : planHeader(lang, c);

/** A column as a key: `domain`, `invested 2024`. */
export const columnKey = (c: ProjectColumn): string => (typeof c === "object" ? `${c.field} ${c.year}` : c);

/** Which column a header names, in either language; undefined for one the layout lacks. */
export function projectColumnOf(text: string): ProjectColumn | undefined {
  const h = text.trim().replace(/\s+/g, " ");
  for (const lang of LANGS) {
    for (const key of OWN) if (h === planHeader(lang, key)) return key;
    const year = /^(.*) (\d{4})$/.exec(h);
    if (year) {
      const field = PROGRESS.find((f) => year[1] === progressHeader(lang, f));
      if (field) return { year: Number(year[2]), field };
    }
  }
  return undefined;
}

/** 合计 / total, the last row's first cell. */
export const isTotalLabel = (text: string): boolean => LANGS.some((lang) => text.trim() === t(lang, "project.total"));

/** Lead units and indicator ids as the sheet writes them (、) and as people type them (，, ; ；). */
export const splitList = (text: string): string[] =>
  text
    .split(/[、，,;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
