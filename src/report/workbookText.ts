/**
 * What every workbook the tool writes may hold (`-f xlsx`, `template`, `record --template`): the
 * text of its cells and notes, and its sheet names. exceljs writes U+FFFE, U+FFFF and lone
 * surrogates into the XML as they are, which makes a file no spreadsheet (nor our own `import`)
 * opens, and silently drops C0 controls and DEL. Each is shown instead as the terminal and JUnit
 * show it (`\x01`, `\u{fffe}`), so nothing vanishes and a reader sees what was there. Sheet names
 * follow Excel's rules, which exceljs's streaming writer does not check at all.
 */
import { CliError } from "../load/errors.js";
import { TABLE_CELLS } from "../load/limits.js";
import type ExcelJSType from "exceljs";
import { visible } from "./visible.js";
import { NOT_XML } from "./xmlEscape.js";

const NOT_IN_WORKBOOK = new RegExp(`${NOT_XML.source}|\\u007f`, "g");

/** Text for a cell or a note: characters XML cannot hold (and DEL, which exceljs drops) shown visibly. */
export const workbookText = (text: string): string => text.replace(NOT_IN_WORKBOOK, visible);

/** A character no sheet name may hold: Excel's `[]:*?/\`, control characters, and what XML forbids. */
const NOT_IN_SHEET_NAME = new RegExp(`[\\u0000-\\u001f\\u007f[\\]:*?/\\\\]|${NOT_XML.source}`, "g");
const MAX = 31;

/** At most `n` UTF-16 units (Excel's count), never half of a surrogate pair. */
const cut = (text: string, n: number) =>
  text.length <= n ? text : text.slice(0, /[\ud800-\udbff]/.test(text[n - 1]!) ? n - 1 : n);

/** No leading or trailing apostrophe: Excel refuses them (a reference quotes a name in apostrophes). */
const unquoted = (text: string) => text.replace(/^'+|'+$/g, "");

/**
 * The name a sheet wanted as `wanted` gets: Excel's rules — at most 31 characters, none of
 * `[]:*?/\` (each becomes `_`), no apostrophe first or last, not `History` (Excel's own), unique
 * in the workbook ignoring case (a second `零陵区` becomes `零陵区 (2)`). `taken` holds the names
 * given so far, in lower case; the new one is added.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = unquoted(cut(unquoted(wanted.replace(NOT_IN_SHEET_NAME, "_")), MAX)) || "Sheet";
  const free = (name: string) => !taken.has(name.toLowerCase()) && name.toLowerCase() !== "history";
  let name = base;
  for (let n = 2; !free(name); n++) name = `${unquoted(cut(base, MAX - ` (${n})`.length))} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

type CellValue = ExcelJSType.CellValue;

function cellValue(v: CellValue): CellValue {
  if (typeof v === "string") return workbookText(v);
  if (v === null || typeof v !== "object" || v instanceof Date) return v;
  if ("richText" in v) return { ...v, richText: v.richText.map((run) => ({ ...run, text: workbookText(run.text) })) };
  if ("hyperlink" in v) return { ...v, text: workbookText(v.text) };
  if ("formula" in v || "sharedFormula" in v)
    return typeof v.result === "string" ? ({ ...v, result: workbookText(v.result) } as CellValue) : v;
  return v;
}

/**
 * The bytes of a workbook built in memory (`template`, `record --template`), every sheet name,
 * cell text and note made fit for it first, every sheet set up to print. (exceljs refuses some names a sheet is added with —
 * `[]:*?/\`, a leading apostrophe —, so a name made from a file's text goes through sheetName then too.)
 */
export async function workbookBytes(workbook: ExcelJSType.Workbook): Promise<Uint8Array> {
  // Written to be filled in and read back: never more than import and record --from read.
  let cells = 0;
  workbook.eachSheet((sheet) => sheet.eachRow((row) => void (cells += row.actualCellCount)));
  if (cells > TABLE_CELLS)
    throw new CliError({ id: "error.workbook.tooLargeToRead", data: { cells, max: TABLE_CELLS } });
  const taken = new Set<string>();
  workbook.eachSheet((sheet) => {
    const name = sheetName(sheet.name, taken);
    if (name !== sheet.name) sheet.name = name;
    // Printed as the report's sheets are (xlsxPrint.ts): A4 landscape, one page wide, the frozen
    // header rows repeated on each page (not for a name with an apostrophe, which exceljs would corrupt).
    const frozen = sheet.views[0]?.state === "frozen" ? (sheet.views[0].ySplit ?? 0) : 0;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(frozen > 0 && !name.includes("'") ? { printTitlesRow: `1:${frozen}` } : {}),
    };
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cellValue(cell.value);
        if (value !== cell.value) cell.value = value;
        const note = cell.note;
        if (typeof note === "string" && workbookText(note) !== note) cell.note = workbookText(note);
        else if (typeof note === "object" && note.texts?.some((run) => workbookText(run.text) !== run.text)) {
          cell.note = { ...note, texts: note.texts.map((run) => ({ ...run, text: workbookText(run.text) })) };
        }
      });
    });
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
