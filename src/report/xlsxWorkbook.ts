/**
 * The workbook of `-f xlsx`, written with exceljs's streaming WorkbookWriter so a national batch
 * keeps memory flat: each file's rows are written and flushed as the file arrives.
 *
 * Layout: per file a sheet laid out as the plan's 表1 (ID, indicator, unit, national standard,
 * binding or reference, baseline, targets, the assessed year's value, then the verdict of each
 * check, filled by verdict); a batch gets a first summary sheet, one row per file; a large batch
 * (more than LONG_LAYOUT files) gets one long sheet of every file's rows with a region column and
 * an autofilter instead of a sheet per file; last, the reasons of every check that did not pass.
 */
import { createRequire } from "node:module";
import { Writable } from "node:stream";
import type ExcelJSType from "exceljs";
import { CHECKS, type CheckName } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import type { Verdict } from "../model/verdict.js";
import { COUNT_ORDER } from "./summaryLines.js";
import { HEADER_FILL, solidFill, VERDICT_FILL } from "./fills.js";
import { CHECK_LABEL } from "./columns.js";
import type { ByteOutput, Encoder, FormatOptions } from "./index.js";
import type { CellValue, SheetFile } from "./sheetData.js";
import { sheetName, workbookText } from "./workbookText.js";
import { columnWidth, type PrintHeading, printOptions, rowHeight } from "./xlsxPrint.js";

/**
 * A file's part, as JSON, with every text made fit for a workbook (workbookText): all the text a
 * file brings into the workbook arrives here. JSON writes the characters XML forbids as escapes
 * (`\u0001`, `\b`, `\ud800`) or, for U+FFFE, U+FFFF and DEL, as they are: a part with none of
 * them is parsed as it is.
 */
const MAYBE_NOT_XML = /\\(?:u00[01]|u(?:d[89a-f]|fff[ef])|[bf])|[\u007f\ufffe\uffff]/i;
const parsePart = (text: string): unknown =>
  MAYBE_NOT_XML.test(text)
    ? JSON.parse(text, (_key, v: unknown) => (typeof v === "string" ? workbookText(v) : v))
    : JSON.parse(text);

/** A part as the workbook and the Word chapter receive it (text, or a worker's UTF-8 bytes): a file's, or undefined for the foot. */
export function sheetFileOf(part: string | Uint8Array): SheetFile | undefined {
  // A binary format's parts are text, wherever they were made (src/cli/worker.ts).
  const data = parsePart(typeof part === "string" ? part : Buffer.from(part).toString("utf8")) as
    | SheetFile
    | { kind: "foot" };
  return data.kind === "file" ? data : undefined;
}

/**
 * exceljs, loaded on first use. Through require, not import(): the bundle runs as a script compiled
 * with a code cache, which has no dynamic-import hook.
 */
export const exceljs = (): typeof ExcelJSType => createRequire(import.meta.url)("exceljs") as typeof ExcelJSType;

/** Above this many files, one long sheet instead of a sheet per file. */
export const LONG_LAYOUT = 50;

const HEADER_STYLE_FILL = solidFill(HEADER_FILL);
const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
const BORDER: Partial<ExcelJSType.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/**
 * Cell styles, shared: exceljs recognises a style object it has seen and skips re-serialising it,
 * which is most of the time a large batch takes.
 */
const CELL_STYLE: Partial<ExcelJSType.Style> = { border: BORDER, alignment: { vertical: "top", wrapText: true } };
const VERDICT_STYLE = Object.fromEntries(
  Object.entries(VERDICT_FILL).map(([v, argb]) => [v, { ...CELL_STYLE, fill: solidFill(argb) }]),
) as Record<Verdict | "INCOMPLETE", Partial<ExcelJSType.Style>>;

export interface Column<Row = SheetFile["rows"][number]> {
  header: string;
  /** The widest the column grows (measured from its cells, xlsxPrint.ts): longer text wraps. */
  width: number;
  /** The cell of one row (an indicator's, or a reason's). */
  value: (file: SheetFile, row: Row) => CellValue;
  /** The verdict that colours the cell. */
  verdict?: (row: Row) => Verdict | undefined;
}

/** The columns of a file's sheet (or of the long sheet, with `long`: file and region first, no years in headers). */
export function indicatorColumns(lang: Lang, f: SheetFile | undefined, long: boolean): Column[] {
  const years = long || !f ? {} : { base: f.baseYear, near: f.nearYear, long: f.longYear, actual: f.year };
  const checks: readonly CheckName[] = long || !f ? CHECKS : f.checkNames;
  const h = (id: string, data = {}) => t(lang, `sheet.header.${id}`, data);
  return [
    ...(long
      ? [
          { header: h("region"), width: 16, value: (file: SheetFile) => file.region },
          { header: h("file"), width: 22, value: (file: SheetFile) => file.file },
          { header: h("year"), width: 8, value: (file: SheetFile) => file.year },
        ]
      : []),
    { header: h("id"), width: 6, value: (_, r) => r.id },
    { header: h("name"), width: 34, value: (_, r) => r.name },
    { header: h("unit"), width: 8, value: (_, r) => r.unit },
    { header: h("standard"), width: 26, value: (_, r) => r.standard },
    {
      header: h("kind"),
      width: 9,
      value: (_, r) => t(lang, r.binding ? "sheet.kind.binding" : "sheet.kind.reference"),
    },
    { header: h("baseline", { year: years.base }), width: 14, value: (_, r) => r.baseline },
    { header: h("nearTerm", { year: years.near }), width: 18, value: (_, r) => r.nearTerm },
    { header: h("longTerm", { year: years.long }), width: 18, value: (_, r) => r.longTerm },
    ...(long || f?.withActual
      ? [
          {
            header: h("actual", { year: years.actual }),
            width: 12,
            value: (_: SheetFile, r: SheetFile["rows"][number]) => r.actual,
          },
        ]
      : []),
    ...checks.map((name) => ({
      header: h("check", { check: CHECK_LABEL[lang][name] }),
      width: 13,
      value: (_: SheetFile, r: SheetFile["rows"][number]) => r.checks[name]?.label ?? "",
      verdict: (r: SheetFile["rows"][number]) => r.checks[name]?.verdict,
    })),
    ...(long || checks.includes("progress")
      ? [{ header: h("forecast"), width: 22, value: (_: SheetFile, r: SheetFile["rows"][number]) => r.forecast }]
      : []),
  ];
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The summary sheet's columns: the file, its overall verdict, then its binding and reference rows counted by verdict. */
function summaryColumns(lang: Lang): Array<{ header: string; width: number }> {
  const counted = (kind: string) => [
    { header: t(lang, "sheet.header.total", { kind }), width: 9 },
    ...COUNT_ORDER.map((v) => ({
      header: t(lang, "sheet.header.count", { kind, verdict: t(lang, `verdict.${v}`) }),
      width: 9,
    })),
  ];
  return [
    { header: t(lang, "sheet.header.region"), width: 18 },
    { header: t(lang, "sheet.header.file"), width: 26 },
    { header: t(lang, "sheet.header.mode"), width: 14 },
    { header: t(lang, "sheet.header.year"), width: 8 },
    { header: t(lang, "sheet.header.overall"), width: 18 },
    ...counted(t(lang, "sheet.kind.binding")),
    ...counted(t(lang, "sheet.kind.reference")),
  ];
}

/** A file's row of the summary sheet, in summaryColumns' order. */
function summaryCells(f: Omit<SheetFile, "rows" | "reasons">): CellValue[] {
  const counts = (c: SheetFile["binding"]) => [c.total, ...COUNT_ORDER.map((v) => c[v])];
  return [f.region, f.file, f.mode, f.year, f.overallLabel, ...counts(f.binding), ...counts(f.reference)];
}

type Reason = SheetFile["reasons"][number];

/**
 * The columns of the checks that need attention: where each reason stands (file, with `withFile`;
 * row, check), its verdict, and the reason. The reasons sheet and the Word chapter's 表2 both list these.
 */
export function reasonColumns(lang: Lang, withFile: boolean): Array<Column<Reason>> {
  const h = (id: string) => t(lang, `sheet.header.${id}`);
  return [
    ...(withFile
      ? [
          { header: h("region"), width: 16, value: (f: SheetFile) => f.region },
          { header: h("file"), width: 22, value: (f: SheetFile) => f.file },
        ]
      : []),
    { header: h("id"), width: 6, value: (_, r) => r.id },
    { header: h("name"), width: 30, value: (_, r) => r.name },
    { header: h("check1"), width: 14, value: (_, r) => r.check },
    { header: h("verdict"), width: 12, value: (_, r) => t(lang, `verdict.${r.verdict}`), verdict: (r) => r.verdict },
    { header: h("reason"), width: 70, value: (_, r) => r.reason },
  ];
}

export async function workbookEncoder(out: ByteOutput, options: FormatOptions): Promise<Encoder> {
  const { lang } = options;
  const { workbook, failed } = streamingWorkbook(out);
  const sheets = new SheetWriter(workbook, lang);
  const long = (options.files ?? 1) > LONG_LAYOUT;
  const files: FileEntry[] = [];
  const reasons: CellValue[][] = [];
  const reasonsSheetColumns = reasonColumns(lang, true);
  let longSheet: LongSheet | undefined;
  // 附表1's layout: a sheet per file that lists projects, after the reasons (small, so held until then).
  const projectSheets: ProjectsEntry[] = [];

  const fileArrived = (f: SheetFile) => {
    const { rows: _rows, reasons: why, projects, ...data } = f;
    for (const r of why) reasons.push(reasonsSheetColumns.map((c) => c.value(f, r)));
    if (long) {
      if (!longSheet) {
        const columns = indicatorColumns(lang, undefined, true);
        const sheet = sheets.addSheet(t(lang, "sheet.rows"), columns, 5, {}, cellsOf(columns, f));
        longSheet = { sheet, columns, rows: 1 };
      }
      sheets.writeRows(longSheet.sheet, longSheet.columns, f);
      longSheet.rows += f.rows.length;
      // A sheet per file would be thousands of tabs: the long layout leaves the projects to the other formats.
      files.push({ data });
      return;
    }
    const columns = indicatorColumns(lang, f, false);
    const cells = cellsOf(columns, f);
    const heading = { region: f.region || f.file, question: f.mode };
    const sheet = sheets.addSheet(f.region || f.file, columns, 2, heading, cells);
    sheets.writeRows(sheet, columns, f, cells);
    sheet.commit();
    files.push({ data, sheet: sheet.name });
    if (projects) projectSheets.push({ p: projects, heading });
  };

  return {
    async write(part) {
      if (part.length === 0) return;
      const file = sheetFileOf(part);
      if (file) fileArrived(file);
      // Let the zip compress what was written before taking the next file.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    async finish() {
      if (longSheet) finishLongSheet(longSheet);
      // Written last, so the big sheets before them stream out instead of waiting in memory.
      const summary = files.length > 1 ? writeSummarySheet(sheets, lang, files) : undefined;
      writeReasonsSheet(sheets, lang, files, reasons);
      for (const p of projectSheets) writeProjectsSheet(sheets, p);
      if (summary) putFirst(workbook, summary);
      await Promise.race([workbook.commit(), failed]);
    },
  };
}

/** A file as the summary sheet lists it, and its own sheet (none in the long layout). */
interface FileEntry {
  data: Omit<SheetFile, "rows" | "reasons">;
  sheet?: string;
}
/** The long layout's one sheet of every file's rows, and how many rows it has so far (the header's included). */
interface LongSheet {
  sheet: ExcelJSType.Worksheet;
  columns: Column[];
  rows: number;
}
type ProjectsEntry = { p: NonNullable<SheetFile["projects"]>; heading: PrintHeading };

/**
 * A streaming workbook whose bytes go to `out` as the zip makes them, and the first write that
 * failed (a full disk): exceljs's commit waits for a stream that has stopped, and would never end.
 */
function streamingWorkbook(out: ByteOutput): {
  workbook: ExcelJSType.stream.xlsx.WorkbookWriter;
  failed: Promise<never>;
} {
  const ExcelJS = exceljs();
  let fail: (error: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Only awaited at the commit: a failure before it is not left unhandled.
  failed.catch(() => {});
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.write(chunk).then(
        () => done(),
        (error: unknown) => {
          fail(error);
          done(error as Error);
        },
      );
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "lingling-check";
  return { workbook, failed };
}

const cellsOf = (columns: Column[], f: SheetFile) => f.rows.map((r) => columns.map((c) => c.value(f, r)));

/**
 * Adds sheets and rows to the workbook: it keeps the sheet names taken (each unique) and each
 * sheet's column widths, which a row's height is measured against.
 */
class SheetWriter {
  private readonly taken = new Set<string>();
  private readonly widthsOf = new Map<ExcelJSType.Worksheet, number[]>();

  constructor(
    private readonly workbook: ExcelJSType.stream.xlsx.WorkbookWriter,
    private readonly lang: Lang,
  ) {}

  /** A row, as tall as its wrapped text needs. */
  addRow(sheet: ExcelJSType.Worksheet, values: CellValue[]): ExcelJSType.Row {
    const row = sheet.addRow(values);
    const height = rowHeight(values, this.widthsOf.get(sheet)!);
    if (height) row.height = height;
    return row;
  }

  /**
   * A sheet with its header row, set up to print (xlsxPrint.ts); `cells` are the rows it will hold
   * (or, for the long sheet, its first file's), which the column widths are measured from.
   */
  addSheet(
    name: string,
    columns: ReadonlyArray<{ header: string; width: number }>,
    frozenColumns: number,
    heading: PrintHeading,
    cells: readonly (readonly unknown[])[],
  ): ExcelJSType.Worksheet {
    const unique = sheetName(name, this.taken);
    const sheet = this.workbook.addWorksheet(unique, {
      views: [{ state: "frozen", xSplit: frozenColumns, ySplit: 1 }],
      ...printOptions(this.lang, unique, heading),
    });
    const widths = columns.map((c, i) =>
      columnWidth(
        c.header,
        cells.map((row) => row[i]),
        c.width,
      ),
    );
    sheet.columns = widths.map((width) => ({ width }));
    this.widthsOf.set(sheet, widths);
    const header = this.addRow(
      sheet,
      columns.map((c) => c.header),
    );
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_STYLE_FILL;
      cell.border = BORDER;
    });
    header.commit();
    return sheet;
  }

  /** A file's indicator rows, each check's cell filled by its verdict. */
  writeRows(sheet: ExcelJSType.Worksheet, columns: Column[], f: SheetFile, cells = cellsOf(columns, f)): void {
    f.rows.forEach((r, n) => {
      const row = this.addRow(sheet, cells[n]!);
      columns.forEach((c, i) => {
        const v = c.verdict?.(r);
        row.getCell(i + 1).style = v ? VERDICT_STYLE[v] : CELL_STYLE;
      });
      row.commit();
    });
  }
}

function finishLongSheet(longSheet: LongSheet): void {
  longSheet.sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: longSheet.rows, column: longSheet.columns.length },
  };
  longSheet.sheet.commit();
}

/** A file's key projects (附表1), its verdict column filled by verdict. */
function writeProjectsSheet(sheets: SheetWriter, { p, heading }: ProjectsEntry): void {
  const sheet = sheets.addSheet(p.title, p.columns, 4, heading, p.rows);
  p.rows.forEach((values, i) => {
    const row = sheets.addRow(sheet, values);
    row.eachCell(
      { includeEmpty: true },
      (cell, col) =>
        (cell.style = col === p.verdictColumn + 1 && p.verdicts[i] ? VERDICT_STYLE[p.verdicts[i]!] : CELL_STYLE),
    );
    row.commit();
  });
  sheet.commit();
}

function writeSummarySheet(sheets: SheetWriter, lang: Lang, files: readonly FileEntry[]): ExcelJSType.Worksheet {
  const columns = summaryColumns(lang);
  const cells = files.map(({ data }) => summaryCells(data));
  const sheet = sheets.addSheet(t(lang, "sheet.summary"), columns, 2, {}, cells);
  files.forEach(({ data: f, sheet: target }, n) => {
    const row = sheets.addRow(sheet, cells[n]!);
    row.eachCell((cell) => (cell.style = CELL_STYLE));
    // The region links to its sheet.
    if (target) row.getCell(1).value = { text: f.region, hyperlink: `#${quoteSheet(target)}!A1` };
    row.getCell(5).style = VERDICT_STYLE[f.overall];
    row.commit();
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: files.length + 1, column: columns.length } };
  sheet.commit();
  return sheet;
}

function writeReasonsSheet(
  sheets: SheetWriter,
  lang: Lang,
  files: readonly FileEntry[],
  reasons: readonly CellValue[][],
): void {
  const columns = reasonColumns(lang, true);
  // One file's reasons print under its region and question; a batch's under the sheet's name only.
  const only = files.length === 1 ? files[0]!.data : undefined;
  const heading = only ? { region: only.region || only.file, question: only.mode } : {};
  const sheet = sheets.addSheet(t(lang, "sheet.reasons"), columns, 0, heading, reasons);
  for (const values of reasons) {
    const row = sheets.addRow(sheet, values);
    row.eachCell((cell) => (cell.style = CELL_STYLE));
    row.commit();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: reasons.length + 1, column: columns.length } };
  sheet.commit();
}

/**
 * The summary is the first tab though it is written last: a zip entry cannot be reopened, and one
 * written first would hold every later sheet in memory until it closed. The WorkbookWriter lists
 * its sheets (workbook.xml, the tab order) in the order of its `_worksheets` array (exceljs 4.4).
 */
function putFirst(workbook: ExcelJSType.stream.xlsx.WorkbookWriter, sheet: ExcelJSType.Worksheet): void {
  const holder = workbook as unknown as { _worksheets: Array<ExcelJSType.Worksheet | undefined> };
  const others = holder._worksheets.filter((s): s is ExcelJSType.Worksheet => s !== undefined && s !== sheet);
  holder._worksheets = [sheet, ...others];
}
