/**
 * A workbook's sheet as rows of cell texts, read by exceljs (loaded only when a workbook is read).
 * Numbers stay the numbers Excel shows: a formula gives its saved result, and a number is written
 * with at most 15 significant digits, as Excel displays it (0.1+0.2 is 0.3, not 0.30000000000000004).
 */
import type { CellValue, Worksheet } from "exceljs";
import type { Message } from "../i18n/message.js";
import { CliError } from "../cli/errors.js";
import { exceljs } from "./exceljs.js";
import type { RawCell, RawRow } from "./sources.js";

export const numberText = (n: number): string => String(Number(n.toPrecision(15)));

/** A number format that shows a percentage (0.0%, not a literal "%" in quotes or escaped). */
const isPercent = (format: string | undefined) => !!format && format.replace(/"[^"]*"|\\./g, "").includes("%");

type Read = { text: string; number?: number; problem?: Message };

function read(value: CellValue, address: string): Read {
  if (value === null || value === undefined) return { text: "" };
  if (typeof value === "number") return { text: numberText(value), number: value };
  if (typeof value === "string") return { text: value };
  if (typeof value === "boolean") return { text: String(value) };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) {
      const formula = "formula" in value ? value.formula : value.sharedFormula;
      return { text: `=${formula}`, problem: { id: "error.record.source.noResult", data: { formula: `=${formula}`, cell: address } } };
    }
    return read(result as CellValue, address);
  }
  if ("richText" in value) return { text: value.richText.map((r) => r.text).join("") };
  if ("error" in value) return { text: value.error };
  if ("text" in value) return { text: String(value.text) };
  return { text: "" };
}

export async function workbookRows(bytes: Uint8Array, file: string, sheetName: string | undefined): Promise<{ rows: RawRow[]; notices: Message[] }> {
  const ExcelJS = exceljs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new CliError({ id: "error.record.source.xlsx", data: { file, detail: (e as Error).message } });
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => `“${s.name}”`).join(", ");
  let sheet: Worksheet | undefined;
  if (sheetName !== undefined) {
    sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new CliError({ id: "error.record.source.sheet", data: { file, sheet: sheetName, sheets: names } });
  } else {
    // The first sheet the analyst sees: hidden sheets hold lookups, not values.
    sheet = sheets.find((s) => s.state === "visible" || s.state === undefined) ?? sheets[0];
    if (!sheet) throw new CliError({ id: "error.record.source.noSheet", data: { file } });
  }
  const notices: Message[] = sheetName === undefined && sheets.length > 1 ? [{ id: "notice.record.sheet", data: { file, sheet: sheet.name, count: sheets.length } }] : [];
  const width = sheet.columnCount;
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const { text, number, problem } = read(cell.value, cell.address);
      const at = { file, line, sheet: sheet.name, column: cell.address.replace(/\d+$/, "") };
      cells.push({ text, at, ...(number !== undefined && isPercent(cell.numFmt) ? { percentOf: number } : {}), ...(problem ? { problem } : {}) });
    }
    rows.push({ line, cells });
  });
  return { rows, notices };
}
