/**
 * `lingling-check record FILE --template --year Y [-o values.csv|values.xlsx]`: the fill-in sheet
 * for a year, as a CSV (csvRecords.ts; UTF-8 with a BOM in a file, so Excel shows the Chinese) or a workbook (exceljs:
 * frozen header, widths to fit, the value column highlighted). Written whole or not at all, never
 * over an existing file without --force, never over the indicator file.
 */
import { TABLE_ROWS } from "../../load/limits.js";
import type { Lang } from "../../i18n/lang.js";
import { noticeEncoding } from "../inputs.js";
import { loadIndicatorBytes } from "../../read.js";
import { exceljs } from "../../record/exceljs.js";
import { TEMPLATE_COLUMNS, templateSheet, type TemplateSheet } from "../../record/template.js";
import { BOM, csvRecords, wantsBom } from "../../report/csvRecords.js";
import { sheetName, workbookBytes } from "../../report/workbookText.js";
import { CliError, InputFileError } from "../errors.js";
import { fifoTimeout, readInput } from "../../load/readInput.js";
import { textWidth } from "../../report/wrap.js";
import { checkOutputs, emit } from "../sink.js";
import { sizeOption } from "../sizeOption.js";

export interface TemplateOptions {
  set?: string[];
  from?: string;
  output?: string;
  force: boolean;
  lang: Lang;
  /** --bom / --no-bom: see wantsBom. */
  bom?: boolean;
  maxFileSize?: string;
}

function workbook(sheet: TemplateSheet) {
  const ExcelJS = exceljs();
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheetName(sheet.name, new Set()), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = TEMPLATE_COLUMNS.map((key) => {
    // Columns wide enough for their text (a Chinese character counting two, as a terminal does).
    // Folded, not spread: a sheet of 180,000 rows as arguments of one call overflowed the stack.
    const widest = sheet.rows.reduce(
      (w, r) => Math.max(w, textWidth(String(r[key] ?? ""))),
      textWidth(sheet.headers[key]),
    );
    return { header: sheet.headers[key], key, width: Math.min(60, Math.max(8, widest + 2)) };
  });
  ws.addRows(sheet.rows);
  ws.getRow(1).font = { bold: true };
  const value = ws.getColumn("value");
  value.eachCell({ includeEmpty: true }, (cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  });
  // Ids are text (5.1 stays 5.1, 7.10 would not stay 7.10 as a number).
  ws.getColumn("id").numFmt = "@";
  return book;
}

export async function templateBytes(sheet: TemplateSheet, kind: "csv" | "xlsx", bom: boolean): Promise<Uint8Array> {
  // A sheet to fill in and give back: never longer than record --from reads (its header too).
  if (sheet.rows.length + 1 > TABLE_ROWS)
    throw new CliError({ id: "error.record.templateRows", data: { rows: sheet.rows.length + 1, max: TABLE_ROWS } });
  if (kind === "xlsx") return workbookBytes(workbook(sheet));
  const text = csvRecords([
    TEMPLATE_COLUMNS.map((key) => sheet.headers[key]),
    ...sheet.rows.map((r) => TEMPLATE_COLUMNS.map((key) => r[key])),
  ]);
  return new Uint8Array(Buffer.from(`${bom ? BOM : ""}${text}`, "utf8"));
}

export async function runTemplate(
  file: string,
  year: number,
  options: TemplateOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  if (options.set?.length || options.from !== undefined) throw new CliError({ id: "error.record.templateWith" });
  const output = options.output === "-" ? undefined : options.output;
  checkOutputs(output === undefined ? [] : [output], [{ name: file, path: file }], options.force);
  const maxBytes = sizeOption(options.maxFileSize);
  const read = readInput(file, file, { maxBytes, fifoSeconds: fifoTimeout(process.env) });
  if (!read.ok) throw new InputFileError(read.error);
  const bytes = read.bytes;
  const loaded = loadIndicatorBytes(bytes, file, maxBytes);
  if (!loaded.ok) throw new CliError({ id: "error.record.invalidFile", data: { file } });
  noticeEncoding(loaded, file, options.lang, io.stderr);
  const sheet = templateSheet(loaded.value, year, options.lang);
  const format = output !== undefined && /\.xlsx$/i.test(output) ? "xlsx" : "csv";
  // CSV on a terminal is guarded as the check's is (names holding escape sequences).
  await emit(
    await templateBytes(sheet, format, wantsBom(options.bom, output !== undefined)),
    output,
    io.stdout,
    format,
  );
  return 0;
}
