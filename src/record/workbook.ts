/**
 * A workbook's sheet as rows of cell texts, read by the one spreadsheet reader (workbook/sheetReader):
 * a cell is what the spreadsheet shows, and a cell that cannot be read carries its problem.
 */
import type { Worksheet } from "exceljs";
import { refusedFile } from "../load/errors.js";
import { plainNumber } from "../rules/numbers.js";
import { openWorkbook, readCell, visibleSheets } from "../workbook/sheetReader.js";
import type { RawCell, RawRow } from "./sources.js";

/**
 * The sheets a table may be read from, each as rows: the one `--sheet` names, or every visible one
 * in order (the caller reads the first that has a header).
 */
export async function workbookSheets(
  bytes: Uint8Array,
  file: string,
  sheetName: string | undefined,
): Promise<Array<{ name: string; rows: () => RawRow[] }>> {
  const opened = await openWorkbook(bytes, file);
  if (!opened.ok) throw refusedFile(file, "unreadable-workbook", opened.message);
  const sheets = visibleSheets(opened.workbook);
  if (sheetName === undefined) {
    if (sheets.length === 0) throw refusedFile(file, "no-sheet", { id: "error.record.source.noSheet", data: { file } });
    // Each read when asked for: the first sheet with a table is most often the first.
    return sheets.map((sheet) => ({ name: sheet.name, rows: () => sheetRows(sheet, file) }));
  }
  const sheet = sheets.find((s) => s.name === sheetName);
  if (!sheet)
    throw refusedFile(file, "no-such-sheet", {
      id: "error.record.source.sheet",
      data: { file, sheet: sheetName, sheets: sheets.map((s) => `“${s.name}”`).join(", ") },
    });
  return [{ name: sheet.name, rows: () => sheetRows(sheet, file) }];
}

function sheetRows(sheet: Worksheet, file: string): RawRow[] {
  const rows: RawRow[] = [];
  const name = sheet.name;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    // Only the cells the row has: a stray cell in column XFD makes no row 16,384 cells wide.
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = readCell(cell);
      const at = { file, line, sheet: name, column: cell.address.replace(/\d+$/, "") };
      const text = read && "value" in read ? cellText(read.value) : "";
      cells[column - 1] = {
        text,
        at,
        ...(read && "percent" in read ? { percent: true } : {}),
        ...(read && "problem" in read ? { problem: read.problem } : {}),
      };
    });
    if (cells.some((c) => c !== undefined)) rows.push({ line, cells });
  });
  return rows;
}

/**
 * A cell's value as the text a value is read from: a number cell as its digits (0.0000001, which
 * Excel shows and the grammar reads; String gives 1e-7, which is no number to it), unless the
 * digits would not give the number back (1e-320 to twenty places is 0): then as it is, refused.
 */
function cellText(value: string | number | boolean): string {
  if (typeof value !== "number") return String(value);
  const digits = plainNumber(value);
  return Number(digits) === value ? digits : String(value);
}
