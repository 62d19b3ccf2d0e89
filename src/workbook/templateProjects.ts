/**
 * The fill-in workbook's key projects sheet (附表1): a row per project of the file with every field,
 * its progress for each year the file records and for the template's year, and the 合计 row. A file
 * without projects gets the sheet with its headers and an empty 合计 row, for the plan's projects to
 * be entered (import reads an empty sheet as no `projects:`).
 */
import type ExcelJSType from "exceljs";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { PROJECT_KIND_WORDS, PROJECT_STATUS_WORDS, projectWord } from "../model/projectSchema.js";
import { leadCell } from "../report/projects/sheet.js";
import { projectColumns, projectHeader, projectWidth, type ProjectColumn } from "./projectLayout.js";
import { isObject, type Raw } from "./rawFile.js";

type Cell = string | number | null;

export interface SheetStyle {
  head: ExcelJSType.Fill;
  input: ExcelJSType.Fill;
}

/** The years with progress columns: those the file records, and the template's year. */
function progressYears(items: readonly Raw[], year: number | undefined): number[] {
  const years = new Set(items.flatMap((p) => (isObject(p.progress) ? Object.keys(p.progress).map(Number) : [])));
  if (year !== undefined) years.add(year);
  return [...years].sort((a, b) => a - b);
}

const text = (v: unknown): Cell => (v === undefined || v === null ? null : typeof v === "number" ? v : String(v));
const list = (v: unknown): Cell => (Array.isArray(v) ? leadCell(v.map(String)) : text(v));

/** A project's cell in a column, in the workbook's language where the file's word has a label. */
function cellOf(p: Raw, c: ProjectColumn, lang: Lang): Cell {
  if (typeof c === "object") {
    const progress = isObject(p.progress) ? p.progress[String(c.year)] : undefined;
    if (c.field === "reported") return isObject(progress) ? t(lang, "sheet.yes") : null;
    const v = isObject(progress) ? progress[c.field] : undefined;
    const word = c.field === "status" && typeof v === "string" ? projectWord(PROJECT_STATUS_WORDS, v) : undefined;
    if (word !== undefined) return t(lang, `project.status.${PROJECT_STATUS_WORDS[word]}`);
    return text(v);
  }
  const v = p[c];
  const kind = c === "kind" && typeof v === "string" ? projectWord(PROJECT_KIND_WORDS, v) : undefined;
  if (kind !== undefined) return t(lang, `project.kind.${PROJECT_KIND_WORDS[kind]}`);
  if (c === "lead" || c === "indicators") return list(v);
  return text(v);
}

export function addProjectSheet(
  workbook: ExcelJSType.Workbook,
  projects: unknown,
  year: number | undefined,
  lang: Lang,
  style: SheetStyle,
): void {
  const block = isObject(projects) ? projects : {};
  const items = (Array.isArray(block.items) ? block.items : []).filter(isObject);
  const columns = projectColumns(progressYears(items, year));
  const sheet = workbook.addWorksheet(t(lang, "project.title"), { views: [{ state: "frozen", xSplit: 4, ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: projectWidth(c) }));
  const head = sheet.addRow(columns.map((c) => projectHeader(lang, c)));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "middle" };
  head.eachCell((cell) => (cell.fill = style.head));
  head.getCell(columns.indexOf("lead") + 1).note = t(lang, "sheet.hint.projectLead");
  columns.forEach((c, i) => {
    if (typeof c === "object" && c.field === "reported") head.getCell(i + 1).note = t(lang, "sheet.hint.reported");
  });
  const choices = (words: string[]): ExcelJSType.DataValidation => ({
    type: "list",
    allowBlank: true,
    formulae: [`"${words.join(",")}"`],
    showErrorMessage: true,
  });
  const kinds = choices(["new", "continued"].map((k) => t(lang, `project.kind.${k}`)));
  const states = choices(["not_started", "in_progress", "completed"].map((s) => t(lang, `project.status.${s}`)));
  const reported = choices([t(lang, "sheet.yes"), t(lang, "sheet.no")]);
  for (const p of items) {
    const row = sheet.addRow(columns.map((c) => cellOf(p, c, lang)));
    row.alignment = { vertical: "top", wrapText: true };
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.fill = style.input;
      if (c === "kind") cell.dataValidation = kinds;
      if (typeof c === "object" && c.field === "status") cell.dataValidation = states;
      if (typeof c === "object" && c.field === "reported") cell.dataValidation = reported;
    });
  }
  // 合计: the plan's stated total, in the investment column.
  const total = sheet.addRow(
    columns.map((c) =>
      c === "domain" ? t(lang, "project.total") : c === "investment" ? text(block.stated_total) : null,
    ),
  );
  total.font = { bold: true };
  const cell = total.getCell(columns.indexOf("investment") + 1);
  cell.fill = style.input;
  cell.note = t(lang, "sheet.hint.projectTotal");
}
