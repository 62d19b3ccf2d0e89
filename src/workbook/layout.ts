/**
 * The fill-in workbook's layout, shared by `template` (which writes it) and `import` (which reads
 * it back): an indicator sheet with a column per field of a row and one per observed year, and a
 * region sheet of `field | value | what it is` rows (the key projects sheet: projectLayout.ts). Headers are in the report language; import
 * knows them in both, so a workbook made with --lang en imports under --lang zh.
 */
import { wordTable } from "../words.js";
import { LANGS, type Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { yamlLib } from "../load/yamlLib.js";
import { wordsOf } from "./listSheet.js";

/** The row fields with a column of their own, in column order (the years and the note follow). */
export const ROW_FIELDS = [
  "id",
  "name",
  "unit",
  "standard",
  "binding",
  "better",
  "baseline",
  "near_term",
  "long_term",
] as const;
type RowField = (typeof ROW_FIELDS)[number];

/** Row fields with a column after the observed years: how the values are compared, and the row's domain (领域). */
export const HOW_FIELDS = ["measure", "reference", "tolerance", "domain"] as const;
export type HowField = (typeof HOW_FIELDS)[number];

export type ColumnKey = RowField | HowField | "note" | "extra" | { year: number };

const HEADER_ID: Record<RowField | HowField | "note" | "extra", string> = {
  id: "id",
  name: "name",
  unit: "unit",
  standard: "standard",
  binding: "kind",
  better: "better",
  baseline: "baseline",
  near_term: "nearTerm",
  long_term: "longTerm",
  measure: "measure",
  reference: "reference",
  tolerance: "tolerance",
  domain: "domain",
  note: "note",
  extra: "extra",
};

export interface PlanYears {
  base: number;
  near?: number | undefined;
  long?: number | undefined;
}

export function header(lang: Lang, key: ColumnKey, years: PlanYears): string {
  if (typeof key === "object") return t(lang, "sheet.header.observed", { year: key.year });
  const year =
    key === "baseline" ? years.base : key === "near_term" ? years.near : key === "long_term" ? years.long : undefined;
  return t(lang, `sheet.header.${HEADER_ID[key]}`, year === undefined ? {} : { year });
}

/** Which column a header names, in either language; undefined for a header the layout lacks. */
export function columnOf(text: string): ColumnKey | undefined {
  const h = text.trim();
  for (const lang of LANGS) {
    for (const key of [...ROW_FIELDS, ...HOW_FIELDS, "note", "extra"] as const) {
      const bare = t(lang, `sheet.header.${HEADER_ID[key]}`, {});
      // The targets' headers carry their year: 近期目标（2025年）.
      if (h === bare || (["baseline", "near_term", "long_term"].includes(key) && h.startsWith(bare))) return key;
    }
  }
  const year = /^(\d{4})(?:年|\b)/.exec(h);
  return year ? { year: Number(year[1]) } : undefined;
}

/** The region sheet's fields, by their path in the indicator file. */
export const REGION_FIELDS = [
  "region.name",
  "region.code",
  "region.level",
  "region.zone",
  "region.urban_district",
  "standard",
  "plan.base_year",
  "plan.near_term",
  "plan.long_term",
  "projects.margin",
] as const;

export const regionFieldAbout = (lang: Lang, path: string): string => {
  const key = path.split(".").pop()!;
  return (REGION_FIELDS as readonly string[]).includes(path)
    ? t(lang, `sheet.field.${key}`)
    : t(lang, "sheet.field.other");
};

/**
 * A region attribute that is a list or a mapping (`terrain: [plain, hill]`) is written in its cell as
 * YAML in flow style, and read back as such: a cell's text that starts as one and parses to one.
 */
export function regionCell(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && !(value instanceof Date))
    return yamlLib().stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
  return value as string | number | boolean;
}

export function regionValue(cell: string | number | boolean): unknown {
  if (typeof cell !== "string" || !/^\s*[[{]/.test(cell)) return cell;
  try {
    const parsed: unknown = yamlLib().parse(cell);
    return typeof parsed === "object" && parsed !== null ? parsed : cell;
  } catch {
    return cell;
  }
}

/** Cell words for binding and direction, in both languages, and the file's own words. */
export const BINDING_WORDS = wordTable<boolean>(
  Object.fromEntries([
    ...LANGS.flatMap((lang) => [
      [t(lang, "sheet.kind.binding"), true],
      [t(lang, "sheet.kind.reference"), false],
    ]),
    ["true", true],
    ["false", false],
    ["是", true],
    ["否", false],
  ]),
);

/** `measure` and `reference` as the sheet writes them (水平值, 上一年) and as the file does. */
export const MEASURE_WORDS = wordsOf({ level: "sheet.measure.level", delta: "sheet.measure.delta" });
export const REFERENCE_WORDS = wordsOf({
  previous: "sheet.reference.previous",
  first: "sheet.reference.first",
  base_year: "sheet.reference.base_year",
});

export const BETTER_WORDS = wordTable<"higher" | "lower">(
  Object.fromEntries([
    ...LANGS.flatMap((lang) => [
      [t(lang, "sheet.better.higher"), "higher"],
      [t(lang, "sheet.better.lower"), "lower"],
    ]),
    ["higher", "higher"],
    ["lower", "lower"],
  ]),
);

/**
 * A Region sheet's field (`region.name`, `plan.base_year`, `standard`) as its scope and key, split
 * at the first point only: a region's attribute may hold points of its own (`region.terrain.type`).
 */
export function fieldPath(path: string): { scope: string; key: string } {
  const dot = path.indexOf(".");
  return dot < 0 ? { scope: "", key: path } : { scope: path.slice(0, dot), key: path.slice(dot + 1) };
}
