/**
 * A workbook's sheet as rows of cell texts, read by the one spreadsheet reader (workbook/sheetReader):
 * a cell is what the spreadsheet shows, and a cell that cannot be read carries its problem.
 */
import type { Worksheet } from "exceljs";
import type { Message } from "../i18n/message.js";
import { refusedFile } from "../load/errors.js";
import { plainNumber } from "../rules/numbers.js";
import { openWorkbook, readCell, visibleSheets } from "../workbook/sheetReader.js";
import type { RawCell, RawRow } from "./sources.js";

export async function workbookRows(
  bytes: Uint8Array,
  file: string,
  sheetName: string | undefined,
): Promise<{ rows: RawRow[]; notices: Message[] }> {
  const opened = await openWorkbook(bytes, file);
  if (!opened.ok) throw refusedFile(file, "unreadable-workbook", opened.message);
  const sheets = visibleSheets(opened.workbook);
  const names = sheets.map((s) => `“${s.name}”`).join(", ");
  let sheet: Worksheet | undefined;
  if (sheetName !== undefined) {
    sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet)
      throw refusedFile(file, "no-such-sheet", {
        id: "error.record.source.sheet",
        data: { file, sheet: sheetName, sheets: names },
      });
  } else {
    sheet = sheets[0];
    if (!sheet) throw refusedFile(file, "no-sheet", { id: "error.record.source.noSheet", data: { file } });
  }
  const notices: Message[] =
    sheetName === undefined && sheets.length > 1
      ? [{ id: "notice.record.sheet", data: { file, sheet: sheet.name, count: sheets.length } }]
      : [];
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
  return { rows, notices };
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
