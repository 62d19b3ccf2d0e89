/**
 * The fill-in workbook's long tables: one row per fact (a year's basic condition, an indicator's
 * superior target for a year, a note on a value…) under headers in the workbook's language. Each
 * concept's sheet (vetoSheet.ts, rowSheets.ts) declares its columns here once; `template` writes
 * them and `import` finds the sheet and its columns by either language's words.
 */
import { visibleSheets } from "./sheetReader.js";
import { sheetTitled, type SheetTitle } from "./sheetTitles.js";
import type ExcelJSType from "exceljs";
import { LANGS, type Lang } from "../i18n/lang.js";
import type { Message } from "../i18n/message.js";
import { t } from "../i18n/translate.js";
import { wordTable } from "../words.js";

export type Cell = string | number | boolean | null | undefined;
export type Value = string | number | boolean | undefined;

interface ListColumn<K extends string> {
  key: K;
  /** Catalogue id of the header. */
  header: string;
  width: number;
  /** A column of dates: a date cell (what a spreadsheet makes of a typed 2024-12-01) is that date, as YYYY-MM-DD. */
  date?: true;
}

export interface ListSheet<K extends string> {
  /** Catalogue id of the sheet's name. */
  title: SheetTitle;
  /** Catalogue id of the note on the first header cell: what a row says. */
  hint: string;
  columns: ReadonlyArray<ListColumn<K>>;
}

export interface ListStyle {
  head: ExcelJSType.Fill;
  input: ExcelJSType.Fill;
}

export function addListSheet<K extends string>(
  workbook: ExcelJSType.Workbook,
  def: ListSheet<K>,
  lang: Lang,
  rows: ReadonlyArray<Partial<Record<K, Cell>>>,
  style: ListStyle,
  validation: Partial<Record<K, ExcelJSType.DataValidation>> = {},
): void {
  const sheet = workbook.addWorksheet(t(lang, def.title), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = def.columns.map((c) => ({ width: c.width }));
  const head = sheet.addRow(def.columns.map((c) => t(lang, c.header)));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: "middle" };
  head.eachCell((cell) => (cell.fill = style.head));
  head.getCell(1).note = t(lang, def.hint);
  // Rows to fill come after the file's own: a few empty ones carry the lists too.
  const blanks: Array<Partial<Record<K, Cell>>> = Array.from({ length: Math.max(5, 20 - rows.length) }, () => ({}));
  for (const r of [...rows, ...blanks]) {
    const row = sheet.addRow(def.columns.map((c) => (r[c.key] === undefined ? null : r[c.key])));
    row.alignment = { vertical: "top", wrapText: true };
    def.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.fill = style.input;
      const v = validation[c.key];
      if (v) cell.dataValidation = v;
    });
  }
}

interface ListRow<K extends string> {
  row: number;
  cells: Map<K, Value>;
  /** The row's cell in a column. */
  at(key: K): string;
}

export interface ListRead<K extends string> {
  sheet: string;
  rows: Array<ListRow<K>>;
}

/**
 * The sheet's filled rows, or undefined when the workbook lacks the sheet (one made before it
 * existed). A header it does not know is a problem at its cell: what is under it would be lost.
 */
export function readListSheet<K extends string>(
  workbook: ExcelJSType.Workbook,
  def: ListSheet<K>,
  plain: (sheet: ExcelJSType.Worksheet, cell: ExcelJSType.Cell) => Value,
  problem: (sheet: ExcelJSType.Worksheet, cell: string, m: Message) => void,
): ListRead<K> | undefined {
  // A hidden sheet is not the analyst's: never read.
  const sheet = sheetTitled(visibleSheets(workbook), def.title);
  if (!sheet) return undefined;
  const columns = new Map<number, K>();
  sheet.getRow(1).eachCell((cell, n) => {
    const text = plain(sheet, cell);
    if (text === undefined) return;
    const column = def.columns.find((c) => LANGS.some((lang) => t(lang, c.header) === String(text).trim()));
    if (column) columns.set(n, column.key);
    else problem(sheet, cell.address, { id: "import.cell.header", data: { found: String(text) } });
  });
  const dates = new Set(def.columns.filter((c) => c.date).map((c) => c.key));
  const rows: Array<ListRow<K>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells = new Map<K, Value>();
    for (const [col, key] of columns) {
      const cell = row.getCell(col);
      const v =
        dates.has(key) && cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : plain(sheet, cell);
      if (v !== undefined) cells.set(key, v);
    }
    if (cells.size === 0) return;
    const at = (key: K) => {
      const col = [...columns].find(([, k]) => k === key)?.[0];
      return col === undefined ? String(n) : row.getCell(col).address;
    };
    rows.push({ row: n, cells, at });
  });
  return { sheet: sheet.name, rows };
}

/** A word of the workbook (the label `ids[w]` in either language, or the file's own `w`) → the file's word. */
export function wordsOf<W extends string>(ids: Record<W, string>): Readonly<Record<string, W>> {
  const words = Object.keys(ids) as W[];
  return wordTable(
    Object.fromEntries([
      ...words.map((w) => [w, w] as const),
      ...LANGS.flatMap((lang) => words.map((w) => [t(lang, ids[w]), w] as const)),
    ]),
  );
}
