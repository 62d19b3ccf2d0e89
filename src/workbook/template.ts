/**
 * `lingling-check template`: the fill-in workbook, with a place for every field the loader accepts,
 * so `import` gives a file back whole. A row per indicator with what the standard gives (id, name,
 * unit, rule, binding) and a cell for each value an analyst enters: the baseline, the near- and
 * long-term targets, each observed year, how values compare (measure, reference, tolerance), a
 * note; a last column holds, as YAML, what has no column or sheet (a region-dependent standard, an
 * English name…). Then the region and the plan years, the key projects (附表1, templateProjects.ts)
 * with progress columns for a year if one is given, and a sheet per concept of one row per fact:
 * 否决项 (vetoSheet.ts), superior targets, reference values, conditions, reviews, and notes and
 * sources on values and rules (rowSheets.ts).
 */
import type ExcelJSType from "exceljs";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { yamlLib } from "../load/yamlLib.js";
import { exceljs } from "../record/exceljs.js";
import { HEADER_FILL, solidFill } from "../report/fills.js";
import { workbookBytes } from "../report/workbookText.js";
import {
  fieldPath,
  HOW_FIELDS,
  REGION_FIELDS,
  ROW_FIELDS,
  header,
  regionCell,
  regionFieldAbout,
  type ColumnKey,
  type PlanYears,
} from "./layout.js";
import { addListSheet } from "./listSheet.js";
import {
  CLAUSE_SHEET,
  NOTE_SHEET,
  REFERENCE_SHEET,
  REVIEW_SHEET,
  SUPERIOR_SHEET,
  noteFieldWord,
  rowFacts,
} from "./rowSheets.js";
import { VETO_SHEET, vetoRows } from "./vetoSheet.js";
import { inheritedRows, isObject, type Raw, type RawFile } from "./rawFile.js";
import { addProjectSheet } from "./templateProjects.js";
import { YEAR_KEY } from "../model/year.js";

type Cell = string | number | boolean | undefined;

/** A value or rule as a cell; its note and source are the notes sheet's (rowSheets.ts). */
const cellOf = (v: unknown, valueKey: "value" | "rule"): Cell => (isObject(v) ? v[valueKey] : v) as Cell;

interface TemplateRow {
  cells: Map<string, Cell>;
  /** Years → value cells. */
  years: Map<number, Cell>;
  extra: Raw;
  /** Fields the edition supplies: shown, not for the analyst to fill. */
  given: Set<string>;
}

/** One raw row → its cells. */
function templateRow(row: Raw, base: number, inherited: ReturnType<typeof inheritedRows>): TemplateRow {
  const out: TemplateRow = { cells: new Map(), years: new Map(), extra: {}, given: new Set() };
  const { cells, extra } = out;
  for (const [key, value] of Object.entries(row)) {
    switch (key) {
      case "id":
        cells.set("id", String(value));
        break;
      case "name":
      case "unit":
      case "binding":
      case "better":
      case "note":
      case "measure":
      case "reference":
      case "tolerance":
      case "domain":
        cells.set(key, value as Cell);
        break;
      case "standard":
        // The rule chosen for the region is shown; the cases are kept whole.
        if (isObject(value) && "by_region" in value) extra.standard = value;
        else cells.set("standard", cellOf(value, "rule"));
        break;
      case "near_term":
      case "long_term":
        cells.set(key, cellOf(value, "rule"));
        break;
      case "baseline":
        putBaseline(out, value, base);
        break;
      case "actuals":
        putActuals(out, value, base);
        break;
      case "superior":
      case "reference_value":
      case "clauses":
      case "review":
        // Each has a sheet of its own (rowSheets.ts).
        break;
      default:
        extra[key] = value;
    }
  }
  // What the edition supplies, shown where the row itself is silent.
  const from = inherited.get(String(row.id));
  if (from) {
    for (const key of ["name", "unit", "binding", "standard"] as const)
      if (!cells.has(key)) {
        cells.set(key, from[key]);
        out.given.add(key);
      }
  }
  return out;
}

/** A baseline: one value in the baseline's cell, or a series by year whose years before the base have columns of their own. */
function putBaseline({ cells, years, extra }: TemplateRow, value: unknown, base: number): void {
  const series = isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => YEAR_KEY.test(k));
  if (!series) cells.set("baseline", cellOf(value, "value"));
  else if (Object.keys(value).some((y) => Number(y) > base)) {
    // A series past the base year is not what the columns say: kept as written.
    extra.baseline = value;
  } else {
    for (const [y, v] of Object.entries(value)) {
      if (Number(y) === base) cells.set("baseline", cellOf(v, "value"));
      else years.set(Number(y), cellOf(v, "value"));
    }
  }
}

/** Observed values, each in its year's column. */
function putActuals({ years, extra }: TemplateRow, value: unknown, base: number): void {
  for (const [y, v] of Object.entries(isObject(value) ? value : {})) {
    // The year columns up to the base year are the baseline's: an observed value there is kept whole.
    if (Number(y) > base) years.set(Number(y), cellOf(v, "value"));
    else ((extra.actuals ??= {}) as Raw)[y] = v;
  }
}

const GIVEN = solidFill("FFF2F2F2");
const INPUT = solidFill("FFFFF9E5");
const HEAD = solidFill(HEADER_FILL);

/** The observed-year columns: the years the file has, and every year of the plan after the base. */
function yearColumns(rows: readonly TemplateRow[], years: PlanYears): number[] {
  const all = new Set<number>(rows.flatMap((r) => [...r.years.keys()]));
  const last = years.long ?? years.near ?? years.base + 8;
  for (let y = years.base + 1; y <= last; y++) all.add(y);
  return [...all].filter((y) => y !== years.base).sort((a, b) => a - b);
}

export interface TemplateWorkbookOptions {
  /** The year whose key project progress the analyst is to fill in: its columns are added. */
  year?: number;
}

export async function templateWorkbook(
  file: RawFile,
  lang: Lang,
  options: TemplateWorkbookOptions = {},
): Promise<Uint8Array> {
  const ExcelJS = exceljs();
  const years: PlanYears = { base: file.plan.base_year, near: file.plan.near_term, long: file.plan.long_term };
  const inherited = inheritedRows(
    file,
    file.indicators.map((r) => String(r.id)),
  );
  const rows = file.indicators.map((r) => templateRow(r, years.base, inherited));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "lingling-check";
  addIndicatorSheet(workbook, rows, years, lang);
  addRegionSheet(workbook, file, lang);
  addProjectSheet(workbook, file.projects, options.year, lang, { head: HEAD, input: INPUT });
  const style = { head: HEAD, input: INPUT };
  addListSheet(workbook, VETO_SHEET, lang, vetoRows(file.vetoes, years.base), style);
  const facts = rowFacts(file.indicators, years.base, lang);
  addListSheet(workbook, SUPERIOR_SHEET, lang, facts.superior, style);
  addListSheet(workbook, REFERENCE_SHEET, lang, facts.reference, style);
  addListSheet(workbook, CLAUSE_SHEET, lang, facts.clauses, style);
  addListSheet(workbook, REVIEW_SHEET, lang, facts.reviews, style, {
    verdict: list(
      ["pass", "fail"].map((v) => t(lang, `sheet.review.${v}`)),
      true,
    ),
  });
  addListSheet(workbook, NOTE_SHEET, lang, facts.notes, style, {
    field: list(
      (["baseline", "actuals", "standard", "near_term", "long_term"] as const).map((f) => noteFieldWord(lang, f)),
      true,
    ),
  });
  return workbookBytes(workbook);
}

/** A dropdown of `items`; a strict one refuses anything else, a loose one only suggests. */
const list = (items: string[], strict: boolean): ExcelJSType.DataValidation => ({
  type: "list",
  allowBlank: true,
  formulae: [`"${items.join(",")}"`],
  showErrorMessage: strict,
});

const WIDTH: Record<string, number> = {
  id: 6,
  name: 34,
  unit: 8,
  standard: 26,
  binding: 9,
  better: 10,
  baseline: 14,
  near_term: 16,
  long_term: 16,
  measure: 9,
  reference: 10,
  tolerance: 9,
  domain: 10,
  note: 30,
  extra: 48,
};

/** The indicator sheet: a row per indicator, a column per field and per observed year, the YAML column last. */
function addIndicatorSheet(workbook: ExcelJSType.Workbook, rows: readonly TemplateRow[], years: PlanYears, lang: Lang) {
  const columns: ColumnKey[] = [
    ...ROW_FIELDS,
    ...yearColumns(rows, years).map((year) => ({ year })),
    ...HOW_FIELDS,
    "note",
    "extra",
  ];
  const sheet = workbook.addWorksheet(t(lang, "sheet.indicators"), {
    views: [{ state: "frozen", xSplit: 2, ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({ width: typeof c === "object" ? 10 : WIDTH[c] }));
  const head = sheet.addRow(columns.map((c) => header(lang, c, years)));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "middle" };
  head.eachCell((cell) => (cell.fill = HEAD));
  head.getCell(columns.length).note = t(lang, "sheet.hint.extra");
  head.getCell(columns.indexOf("tolerance") + 1).note = t(lang, "sheet.hint.tolerance");
  const yaml = yamlLib();
  for (const r of rows) {
    const values = columns.map((c): Cell => {
      if (typeof c === "object") return r.years.get(c.year);
      if (c === "extra")
        return Object.keys(r.extra).length ? yaml.stringify(r.extra, { lineWidth: 0 }).trimEnd() : undefined;
      const v = r.cells.get(c);
      return c === "binding" || c === "better" || c === "measure" || c === "reference" ? shownWord(lang, c, v) : v;
    });
    const row = sheet.addRow(values.map((v) => (v === undefined ? null : v)));
    row.alignment = { vertical: "top", wrapText: true };
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const key = typeof c === "object" ? "year" : c;
      // Text cells stay text (an id 5.10, a rule "100"): exceljs writes a string as a string.
      cell.fill = key === "id" || r.given.has(key) ? GIVEN : INPUT;
      const validation = columnValidation(lang, key);
      if (validation) cell.dataValidation = validation;
    });
  }
}

/** A coded value as the sheet shows it: in the words of the column's dropdown. */
function shownWord(lang: Lang, key: "binding" | "better" | "measure" | "reference", v: Cell): Cell {
  switch (key) {
    case "binding":
      return v === true ? t(lang, "sheet.kind.binding") : v === false ? t(lang, "sheet.kind.reference") : v;
    case "better":
      return v === "higher" || v === "lower" ? t(lang, `sheet.better.${v}`) : v;
    case "measure":
      return v === "level" || v === "delta" ? t(lang, `sheet.measure.${v}`) : v;
    case "reference":
      return v === "previous" || v === "first" || v === "base_year" ? t(lang, `sheet.reference.${v}`) : v;
  }
}

/** The dropdown of an indicator sheet's column (`year` for every year column), if it has one. */
function columnValidation(lang: Lang, key: string): ExcelJSType.DataValidation | undefined {
  switch (key) {
    case "binding":
      return list([t(lang, "sheet.kind.binding"), t(lang, "sheet.kind.reference")], true);
    case "better":
      return list([t(lang, "sheet.better.higher"), t(lang, "sheet.better.lower")], true);
    case "measure":
      return list(
        ["level", "delta"].map((m) => t(lang, `sheet.measure.${m}`)),
        true,
      );
    case "reference":
      return list(
        ["previous", "first", "base_year"].map((m) => t(lang, `sheet.reference.${m}`)),
        true,
      );
    case "baseline":
    case "year":
      return {
        ...list(["不涉及", "已建立", "已开展"], false),
        showInputMessage: true,
        prompt: t(lang, "sheet.hint.value"),
      };
    default:
      return undefined;
  }
}

/** The region sheet: field | value | about, one row a field of the region, the standard and the plan. */
function addRegionSheet(workbook: ExcelJSType.Workbook, file: RawFile, lang: Lang): void {
  const region = workbook.addWorksheet(t(lang, "sheet.region"), { views: [{ state: "frozen", ySplit: 1 }] });
  region.columns = [{ width: 24 }, { width: 24 }, { width: 60 }];
  const regionHead = region.addRow([
    t(lang, "sheet.header.field"),
    t(lang, "sheet.header.value"),
    t(lang, "sheet.header.about"),
  ]);
  regionHead.font = { bold: true };
  regionHead.eachCell((cell) => (cell.fill = HEAD));
  // The region's attributes in the file's order, then the usual ones it lacks, then the standard and the plan.
  const own = Object.keys(file.region).map((k) => `region.${k}`);
  const paths = [
    ...own,
    ...REGION_FIELDS.filter((p) => p.startsWith("region.") && !own.includes(p)),
    ...REGION_FIELDS.filter((p) => !p.startsWith("region.")),
  ];
  for (const path of paths) {
    const { scope, key } = fieldPath(path);
    const value =
      scope === "region"
        ? file.region[key]
        : scope === "plan"
          ? file.plan[key as keyof RawFile["plan"]]
          : scope === "projects"
            ? file.projects?.[key]
            : file.standard;
    const row = region.addRow([path, regionCell(value), regionFieldAbout(lang, path)]);
    const cell = row.getCell(2);
    cell.fill = INPUT;
    if (path === "region.zone")
      cell.dataValidation = list(["east", "central", "west", "northeast", "东部", "中部", "西部", "东北"], false);
    if (path === "region.level") cell.dataValidation = list(["county", "city"], true);
    if (path === "region.urban_district") cell.dataValidation = list(["是", "否"], false);
  }
}
