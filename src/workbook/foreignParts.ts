/**
 * Parts of a workbook as other programs write them, made into what exceljs reads before it reads
 * them: number formats with escaped literals and East-Asian built-in dates, a prefixed spreadsheet
 * namespace (the .NET Open XML SDK), formulas whose text result is a shared string (Gnumeric), ISO
 * date cells, and inline strings with Excel's escapes. Each rewrite is the XML another program
 * means, as Excel itself would have written it; tests make each workbook with the program named.
 */
import { createRequire } from "node:module";
import type * as Saxes from "saxes";
import { xmlEscape } from "../report/xmlEscape.js";

const load = <T>(name: string): T => createRequire(import.meta.url)(name) as T;

const FORMAT_CODE = /(\sformatCode=)("[^"]*"|'[^']*')/g;
/** A quoted section of a number format (kept), or one character escaped (`\%`, `\&amp;`), as XML writes them. */
const QUOTED_OR_ESCAPED = /(?:&quot;|")[\s\S]*?(?:&quot;|"|$)|\\(&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[^&])/g;

/**
 * The number formats with each escaped character (`0.0\%`, `0 \m`) written as the quoted literal it
 * is (`0.0"%"`): exceljs drops the backslash when it reads a format, which turns a literal `%` into a
 * percentage (96.5 shown as "96.5%" read as 9650) and a literal `m` into a date. Quoted sections are
 * left as they are.
 */
function literalsQuoted(xml: string): string {
  return xml.replace(FORMAT_CODE, (_, name: string, quoted: string) => {
    const body = quoted
      .slice(1, -1)
      .replace(QUOTED_OR_ESCAPED, (m, c: string | undefined) =>
        c === undefined || c === "&quot;" ? m : `&quot;${c}&quot;`,
      );
    return `${name}${quoted[0]}${body}${quoted[0]}`;
  });
}

/**
 * The built-in number formats Chinese, Japanese and Korean Excel store by number alone (ECMA-376
 * 18.8.30: 27–36 and 50–58, `yyyy"年"m"月"d"日"`, `m"月"d"日"`, `h"时"mm"分"` …): all dates or times.
 * exceljs knows only the formats every locale shares, so a date in one of these read as its serial
 * number (45627 for 2024-12-01).
 */
const EAST_ASIAN_DATES = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const FORMAT_ID = /\snumFmtId="(\d+)"/g;
const NUM_FMTS_OPEN = /<((?:[A-Za-z_][\w.-]*:)?)numFmts\b[^>]*?(\/?)>/;
const NUM_FMT_TAG = /^<(?:[A-Za-z_][\w.-]*:)?numFmt\b/;
const STYLE_SHEET_OPEN = /<((?:[A-Za-z_][\w.-]*:)?)styleSheet\b[^>]*>/;

/**
 * The styles with a date format defined for each East-Asian built-in the workbook uses and does not
 * define itself, so that exceljs reads those cells as the dates they show. (Which date is kept: the
 * reader names a date as a date, whatever its format shows.)
 */
function eastAsianDates(xml: string): string {
  const used = new Set<number>();
  const defined = new Set<number>();
  for (const m of xml.matchAll(FORMAT_ID)) {
    const n = Number(m[1]);
    if (!EAST_ASIAN_DATES.has(n)) continue;
    // In a <numFmt> the workbook defines the format; in an <xf> a cell style uses it.
    const tag = xml.slice(xml.lastIndexOf("<", m.index), m.index);
    (NUM_FMT_TAG.test(tag) ? defined : used).add(n);
  }
  const missing = [...used].filter((n) => !defined.has(n));
  if (missing.length === 0) return xml;
  const formats = (prefix: string) =>
    missing.map((n) => `<${prefix}numFmt numFmtId="${n}" formatCode="yyyy-mm-dd"/>`).join("");
  const open = NUM_FMTS_OPEN.exec(xml);
  if (open) {
    const [tag, prefix = "", selfClosing] = open;
    const at = open.index + tag.length;
    return selfClosing
      ? `${xml.slice(0, open.index)}<${prefix}numFmts>${formats(prefix)}</${prefix}numFmts>${xml.slice(at)}`
      : `${xml.slice(0, at)}${formats(prefix)}${xml.slice(at)}`;
  }
  const sheet = STYLE_SHEET_OPEN.exec(xml);
  if (!sheet) return xml;
  const [tag, prefix = ""] = sheet;
  const at = sheet.index + tag.length;
  return `${xml.slice(0, at)}<${prefix}numFmts>${formats(prefix)}</${prefix}numFmts>${xml.slice(at)}`;
}

/** The spreadsheet namespace bound to a prefix (`xmlns:x="…/spreadsheetml/2006/main"`), as the .NET Open XML SDK writes it. */
const PREFIXED_MAIN = /\sxmlns:([A-Za-z_][\w.-]*)="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/;

/**
 * A part whose elements name the spreadsheet namespace by a prefix (`<x:worksheet>`, `<x:c>`) with
 * that namespace as the default instead, as Excel writes it: exceljs knows the elements by their
 * plain names only, and refused such a workbook as damaged. A part that also has a default
 * namespace is left as it is.
 */
export function unprefixed(xml: string): string {
  const bound = PREFIXED_MAIN.exec(xml);
  if (!bound || /\sxmlns="/.test(xml)) return xml;
  const prefix = bound[1]!.replace(/[.-]/g, "\\$&");
  return xml
    .replace(bound[0], bound[0].replace(`xmlns:${bound[1]}=`, "xmlns="))
    .replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1");
}
/** An inline string (`<is>`), as XlsxWriter's constant_memory mode and SheetJS write text. */
const INLINE_STRING = /<((?:[A-Za-z_][\w.-]*:)?)is>(?:[^<]|<(?!\/?\1is>))*?<\/\1is>/g;

/**
 * Inline strings with Excel's escapes (`_x000D_` for a carriage return) read as the characters they
 * stand for, as exceljs reads them in the shared strings: a note read `统计局_x000D_` otherwise. One
 * XML cannot hold (`_x0000_`) is left as written.
 */
function inlineEscapes(xml: string): string {
  return xml.replace(INLINE_STRING, (inline) =>
    inline.replace(ESCAPED_CHARACTER, (written, hex: string) => {
      const code = Number.parseInt(hex, 16);
      const allowed =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code < 0xd800) ||
        (code > 0xdfff && code < 0xfffe);
      return allowed ? `&#x${hex};` : written;
    }),
  );
}
/** A workbook whose dates count from 1904 (Excel for Mac's old default). */
export const DATE_1904 = /\sdate1904="(?:1|true)"/;
/** A cell whose value is an ISO 8601 date (`t="d"`: Excel's Strict Open XML, openpyxl's iso_dates, SheetJS's cellDates). */
const ISO_DATE_CELL = /<(?:[A-Za-z_][\w.-]*:)?c\b[^<>]*\st="d"/;
const CELL_XFS_END = /<\/((?:[A-Za-z_][\w.-]*:)?)cellXfs>/;
const CELL_XFS_START = /<(?:[A-Za-z_][\w.-]*:)?cellXfs\b[^>]*>/;

/** The styles with one more cell style, of a date format (14, yyyy-mm-dd's built-in), and its index. */
function withDateStyle(xml: string): { xml: string; style: number } | undefined {
  const start = CELL_XFS_START.exec(xml);
  const end = CELL_XFS_END.exec(xml);
  if (!start || !end || end.index < start.index) return undefined;
  const prefix = end[1] ?? "";
  const style = [...xml.slice(start.index, end.index).matchAll(new RegExp(`<${prefix}xf\\b`, "g"))].length;
  const xf = `<${prefix}xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
  return { xml: `${xml.slice(0, end.index)}${xf}${xml.slice(end.index)}`, style };
}

/**
 * Each ISO date cell as a date cell Excel writes one: its serial number in a date style. exceljs read
 * the text's first number (2024-05-01 was recorded as the value 2024, with exit 0).
 */
function isoDates(xml: string, style: number, date1904: boolean): string {
  return xml.replace(CELL_ELEMENT, (cell, prefix: string, attributes = "", inside: string) => {
    if (!/\st="d"/.test(attributes)) return cell;
    const value = new RegExp(`<${prefix}v>([^<]*)</${prefix}v>`).exec(inside);
    // The date and time as the sheet shows them: a zone (Z, +08:00) is no part of a spreadsheet's date.
    const wall = value?.[1]?.trim().replace(/(?:[zZ]|[+-]\d{2}:?\d{2})$/, "");
    const time = wall === undefined ? Number.NaN : Date.parse(wall.includes("T") ? `${wall}Z` : `${wall}T00:00:00Z`);
    // Not a date JavaScript reads: left as it is.
    if (!value || Number.isNaN(time)) return cell;
    const serial = time / 86_400_000 + (date1904 ? 24_107 : 25_569);
    const rest = attributes.replace(/\st="d"/, "").replace(/\ss="\d*"/, "");
    return `<${prefix}c${rest} s="${style}">${inside.replace(value[0], () => `<${prefix}v>${serial}</${prefix}v>`)}</${prefix}c>`;
  });
}
/** A formula cell whose saved result is a shared string (`t="s"`), as Gnumeric writes a text result: one at least. */
const FORMULA_STRING = /\st="s"[^<>]*>\s*<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/;
/**
 * A cell element with what is inside it; a self-closing one holds nothing. What is inside never
 * reaches into another cell, so a cell left open costs no scan to the part's end (nor, many of them,
 * a scan each).
 */
const CELL_ELEMENT = /<((?:[A-Za-z_][\w.-]*:)?)c\b([^<>]*[^/<>])?>((?:[^<]|<(?!\/?\1c[\s>]))*?)<\/\1c>/g;
/** Excel's escape of a character XML cannot hold as it is (`_x000D_` for a carriage return). */
const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;

/** The shared strings' texts in order: each item's text runs joined, its phonetic guide (rPh) left out. */
function sharedStringTexts(xml: string): string[] {
  const { SaxesParser } = load<typeof Saxes>("saxes");
  const parser = new SaxesParser();
  const texts: string[] = [];
  let inText = false;
  let phonetic = 0;
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    if (name === "si") texts.push("");
    else if (name === "rPh") phonetic++;
    else if (name === "t") inText = phonetic === 0 && !tag.isSelfClosing;
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (name === "rPh") phonetic--;
    else if (name === "t") inText = false;
  });
  parser.on("text", (t) => {
    if (inText && texts.length > 0) texts[texts.length - 1] += t;
  });
  try {
    parser.write(xml).close();
  } catch {
    // A damaged part: what was read is what there is; exceljs says what is wrong with it.
  }
  return texts.map((t) =>
    t.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
  );
}

/**
 * Each formula cell whose saved result is a shared string (`<c t="s"><f>…</f><v>4</v></c>`, as
 * Gnumeric saves a formula that gives text) with that text as its result (`t="str"`), as Excel saves
 * one: exceljs took the string's number for the result, and 已建立 was recorded as 1.
 */
function formulaStringsInline(xml: string, strings: readonly string[]): string {
  return xml.replace(CELL_ELEMENT, (cell, prefix: string, attributes = "", inside: string) => {
    if (!/\st="s"/.test(attributes) || !new RegExp(`^\\s*<${prefix}f[\\s>/]`).test(inside)) return cell;
    const value = new RegExp(`<${prefix}v>\\s*(\\d+)\\s*</${prefix}v>`).exec(inside);
    const text = value && strings[Number(value[1])];
    // An index past the strings: left as it is, for the reader to say what it can.
    if (text === undefined || text === null || !value) return cell;
    return `<${prefix}c${attributes.replace(/\st="s"/, ' t="str"')}>${inside.replace(value[0], () => `<${prefix}v>${xmlEscape(text)}</${prefix}v>`)}</${prefix}c>`;
  });
}

/**
 * The styles and sheets as exceljs reads them: formats with their literals quoted and the East-Asian
 * built-in dates defined, formulas' text results in place, ISO date cells as serial numbers in a
 * date style (one more cell style, only where a sheet has such a cell), inline escapes decoded.
 */
export function readableParts(parts: {
  styles: string | undefined;
  sheets: ReadonlyArray<{ name: string; xml: string }>;
  sharedStrings: string | undefined;
  date1904: boolean;
}): { styles: string | undefined; sheets: Array<{ name: string; xml: string }> } {
  const styles = parts.styles === undefined ? undefined : eastAsianDates(literalsQuoted(parts.styles));
  const dated =
    styles !== undefined && parts.sheets.some((s) => ISO_DATE_CELL.test(s.xml)) ? withDateStyle(styles) : undefined;
  let strings: string[] | undefined;
  const sheets = parts.sheets.map(({ name, xml }) => {
    let read = xml;
    if (FORMULA_STRING.test(read))
      read = formulaStringsInline(read, (strings ??= sharedStringTexts(parts.sharedStrings ?? "")));
    if (dated && ISO_DATE_CELL.test(read)) read = isoDates(read, dated.style, parts.date1904);
    if (read.includes("_x")) read = inlineEscapes(read);
    return { name, xml: read };
  });
  return { styles: dated?.xml ?? styles, sheets };
}
