/**
 * How every sheet of `-f xlsx` prints: A4 landscape, one page wide (as many pages tall as it
 * takes), the header row repeated on each page, a header and footer naming the region, the
 * question, the printing date and the page; and column widths measured from what the cells hold.
 */
import type ExcelJSType from "exceljs";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { textWidth } from "./wrap.js";

/** What the header of a sheet's pages names: the region and the question, or (a batch's own sheets) neither. */
export interface PrintHeading {
  region?: string;
  question?: string;
}

/** In a header or footer `&` starts a code (&P, &D): a region's own `&` is doubled to stay text. */
const literal = (text: string) => text.replace(/&/g, "&&");

/**
 * The options a sheet is added with. Print titles are stored in a defined name that exceljs 4.4
 * quotes as `'name'` without doubling an apostrophe inside, which would corrupt the workbook: a
 * sheet so named prints without them.
 */
export function printOptions(
  lang: Lang,
  sheetName: string,
  heading: PrintHeading,
): Pick<Partial<ExcelJSType.AddWorksheetOptions>, "pageSetup" | "headerFooter" | "properties"> {
  const left = heading.region ? `&L${literal(heading.region)}` : "";
  const centre = heading.question ? `&C${literal(heading.question)}` : "";
  return {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(sheetName.includes("'") ? {} : { printTitlesRow: "1:1" }),
    },
    headerFooter: {
      oddHeader: `${left}${centre}&R&A`,
      oddFooter: `&L${t(lang, "print.printed")}&R${t(lang, "print.page")}`,
    },
    // exceljs's streaming writer declares a text descent of 55 points by default, which LibreOffice
    // takes at its word: wrapped lines then overlap. 0.25 is what Excel itself writes.
    properties: { dyDescent: 0.25 } as ExcelJSType.WorksheetProperties,
  };
}

/** Columns a cell's text measures in: a CJK character counts two, as Excel and LibreOffice draw it. */
const measure = (value: unknown): number =>
  value === undefined || value === null || value === ""
    ? 0
    : Math.max(
        ...String(value)
          .split("\n")
          .map((line) => textWidth(line)),
      );

/** A header wraps: beyond this many columns it alone does not widen its column. */
const HEADER_COLUMNS = 12;
const MIN_WIDTH = 5;

/**
 * A column's width from its header and its cells: wide enough for the longest line (plus a margin),
 * never narrower than MIN_WIDTH nor wider than `max`, past which the cell wraps.
 */
export function columnWidth(header: string, cells: Iterable<unknown>, max: number): number {
  let widest = Math.min(measure(header), HEADER_COLUMNS);
  for (const cell of cells) widest = Math.max(widest, measure(cell));
  return Math.min(max, Math.max(MIN_WIDTH, widest + 2));
}

/** A line of text in a sheet's default font (11 points), in points, with a little leading. */
const LINE_HEIGHT = 15;
/** A run kept on one line when it fits (a word, a number, a path); anything else may break after any character, as CJK text does. */
const TOKEN = /[\p{L}\p{N}_.,:;%'"()\-+/\\]+|\s+|./gsu;
const LATIN_RUN = /^[\p{Script=Latin}\p{N}_.,:;%'"()\-+/\\]+$/u;

/** How many lines `text` takes wrapped in a column `width` wide (a conservative greedy estimate). */
function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const token of paragraph.match(TOKEN) ?? []) {
      // A run of CJK characters is not one word: each may start a line.
      const pieces = LATIN_RUN.test(token) || /^\s+$/.test(token) ? [token] : [...token];
      for (const piece of pieces) {
        const w = textWidth(piece);
        if (used + w <= room) {
          used += w;
          continue;
        }
        if (/^\s+$/.test(piece)) continue;
        if (used > 0) lines++;
        // A word wider than the column breaks inside it.
        lines += Math.ceil(w / room) - 1;
        used = w - (Math.ceil(w / room) - 1) * room;
      }
    }
  }
  return lines;
}

/**
 * The height a row of wrapped text needs, in points, or undefined for one line. Spreadsheets do not
 * all grow a row to fit its text when they open a file (LibreOffice does not, for a streamed
 * workbook): without it the second line of a cell is drawn over the next row.
 */
export function rowHeight(cells: readonly unknown[], widths: readonly number[]): number | undefined {
  let lines = 1;
  cells.forEach((cell, i) => {
    if (typeof cell === "string" && cell !== "") lines = Math.max(lines, wrappedLines(cell, widths[i] ?? 8));
  });
  return lines > 1 ? lines * LINE_HEIGHT + 2 : undefined;
}
