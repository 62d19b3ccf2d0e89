/**
 * The one spreadsheet reader of `import` and `record --from`: a workbook's bytes → its visible
 * sheets, and a cell → what the spreadsheet shows, or a problem at that cell.
 *
 * The zip is listed first (yauzl reads the central directory without inflating anything): too many
 * parts, or a part that declares more bytes than a workbook of values needs, is refused before a
 * byte is inflated, and yauzl stops any part that inflates past what it declared. Only the parts
 * that hold values (the workbook, its relationships, styles, shared strings and sheets) reach
 * exceljs, in a zip rebuilt from them: comments, drawings and images are no values, and exceljs
 * finds comments only under the part names it writes itself (openpyxl's `xl/comments/comment1.xml`
 * stops it), so a third-party workbook never fails on a part this tool does not read.
 */
import { TABLE_CELLS, TABLE_ROWS } from "../load/limits.js";
import { createRequire } from "node:module";
import type ExcelJSType from "exceljs";
import type JSZipType from "jszip";
import type * as Yauzl from "yauzl";
import type * as Saxes from "saxes";
import { DATE_1904, readableParts, unprefixed } from "./foreignParts.js";
import type { Message } from "../i18n/message.js";
import { exceljs } from "../record/exceljs.js";
import { isAmountUnit, shareWhole, unitKey } from "../rules/units.js";
import { yearOfText } from "../model/year.js";

// Through require, as exceljs (record/exceljs.ts): loaded when a workbook is read, never at start-up.
const load = <T>(name: string): T => createRequire(import.meta.url)(name) as T;

/** What a cell shows: text, a number, or TRUE/FALSE. */
type Shown = string | number | boolean;

/** An empty cell is undefined; a percent-formatted number is the fraction it holds, marked (see inUnit). */
export type CellRead = { value: Shown; percent?: true } | { problem: Message } | undefined;

/** Bounds on a workbook of values: the template is a few dozen KB, a year's sheet less. */
const WORKBOOK_LIMITS = {
  entries: 500,
  /** Declared uncompressed bytes of one part, and of all of them (Gnumeric writes 16,384 styled empty cells a row: our template with its fact sheets declares 88 MB). */
  partBytes: 32 * 1024 * 1024,
  totalBytes: 128 * 1024 * 1024,
  /** Rows of one sheet, and cells with something in them in the whole workbook. */
  rows: TABLE_ROWS,
  cells: TABLE_CELLS,
  /**
   * The XML of a part, read by the XML parser before exceljs builds anything of it: elements of one
   * part (a sheet of 50,000 cells has some 300,000), nesting (a sheet's cell text is seven deep), and
   * attributes of one element (a row has at most a dozen). exceljs took 10 s over 500,000 number
   * formats, 11 s over a cell nested a million deep, 13 s over a row of two million attributes.
   */
  elements: 300_000,
  depth: 64,
  attributes: 256,
  /**
   * Columns (IV, as Excel 97 had): exceljs makes each row as wide as its last cell, so one stray
   * cell in column XFD a row cost 16,384 slots a row (20,000 such rows: 37 s).
   */
  columns: 256,
} as const;

/** The parts a cell's value depends on; every other part is left out before exceljs reads the zip. */
const VALUE_PART =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/i;

/**
 * A cell element that closes itself holds no value (a value is a child: <v>, <is>, <f>), only a
 * style: Gnumeric writes one for each of the 16,384 columns of a styled row, which would make exceljs
 * build 16,384 cells a row (30 s and 600 MB for our own template). A tag has no "<" or ">" inside it
 * (attribute values escape them, and a cell's attributes hold none), so this finds exactly those.
 */
const EMPTY_CELL = /<(?:[A-Za-z_][\w.-]*:)?c\b[^<>]*\/>/g;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
/** A cell element left after the empty ones are gone: what exceljs would build an object for. */
const CELL = /<(?:[A-Za-z_][\w.-]*:)?c[\s>]/g;

/** Sheet elements that point at parts left out (their relationships are gone too). */
const IGNORED_NODES = [
  "hyperlinks",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "tableParts",
  "oleObjects",
  "controls",
  "extLst",
];

export type Opened = { ok: true; workbook: ExcelJSType.Workbook } | { ok: false; message: Message };

interface Listed {
  name: string;
  size: number;
  entry: Yauzl.Entry;
}

/** The zip's entries as its central directory declares them, nothing inflated. */
async function list(bytes: Buffer): Promise<{ zip: Yauzl.ZipFile; entries: Listed[] }> {
  const yauzl = load<typeof Yauzl>("yauzl");
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true },
      (error, zip) => {
        if (error || !zip) return reject(error ?? new Error("no zip"));
        const entries: Listed[] = [];
        zip.on("entry", (entry: Yauzl.Entry) => {
          entries.push({ name: entry.fileName.replace(/^\//, ""), size: entry.uncompressedSize, entry });
          // Counted as they are listed: a directory of a million entries is not listed to its end.
          if (entries.length > WORKBOOK_LIMITS.entries) resolve({ zip, entries });
          else zip.readEntry();
        });
        zip.on("end", () => resolve({ zip, entries }));
        zip.on("error", reject);
        zip.readEntry();
      },
    );
  });
}

async function inflate(zip: Yauzl.ZipFile, entry: Yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error("no stream"));
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => resolve(Buffer.concat(chunks)));
      stream.on("error", reject);
    });
  });
}

/**
 * What is wrong with a workbook that does not open: the zip library's sentence (a corrupt zip, a
 * part missing); where the XML parser stopped in a part (its words, `1:374: undefined entity`,
 * place the fault in a part it does not name); a TypeError or the like is the workbook library
 * tripping over a damaged part, whose words (a property of undefined) say nothing to the user.
 */
function damage(e: unknown, file: string): Message {
  if (!(e instanceof Error) || e.constructor !== Error) return { id: "error.workbook.damaged", data: { file } };
  const xml = /^(\d+):(\d+): /.exec(e.message);
  if (xml) return { id: "error.workbook.xml", data: { file, line: Number(xml[1]), column: Number(xml[2]) } };
  return { id: "error.workbook.zip", data: { file, detail: e.message } };
}

/** The workbook in `bytes` (a zip), bounded as above; `file` names it in the sentences. */
export async function openWorkbook(bytes: Uint8Array, file: string): Promise<Opened> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unreadable = (e: unknown): Opened => ({ ok: false, message: damage(e, file) });
  let listed: Awaited<ReturnType<typeof list>>;
  try {
    listed = await list(buffer);
  } catch (e) {
    return unreadable(e);
  }
  const { zip, entries } = listed;
  try {
    // A zip that is no workbook of Excel's: an OpenDocument file (LibreOffice's and WPS's own) says so in its mimetype.
    if (!entries.some((e) => e.name === "xl/workbook.xml")) {
      const mimetype = entries.find((e) => e.name === "mimetype" && e.size < 200);
      const kind = mimetype && (await inflate(zip, mimetype.entry)).toString("latin1");
      if (kind?.startsWith("application/vnd.oasis.opendocument"))
        return { ok: false, message: { id: "error.workbook.openDocument", data: { file } } };
      // Excel reads no other part as its workbook, nor does exceljs: a Word document, or another zip.
      const word = entries.some((e) => e.name === "word/document.xml");
      return { ok: false, message: { id: word ? "error.workbook.word" : "error.workbook.noWorkbook", data: { file } } };
    }
    const parts = entries.filter((e) => VALUE_PART.test(e.name));
    const tooLarge = declaredTooLarge(entries, parts, file);
    if (tooLarge) return { ok: false, message: tooLarge };
    const rebuilt = await valuesOnly(zip, parts, file);
    if ("message" in rebuilt) return { ok: false, message: rebuilt.message };
    return await loadWithinRows(rebuilt.stored, file);
  } catch (e) {
    return unreadable(e);
  } finally {
    zip.close();
  }
}

/** What the zip declares, against the limits, before a byte is inflated: the first limit it passes. */
function declaredTooLarge(entries: readonly Listed[], parts: readonly Listed[], file: string): Message | undefined {
  if (entries.length > WORKBOOK_LIMITS.entries)
    return { id: "error.workbook.entries", data: { file, max: WORKBOOK_LIMITS.entries } };
  const large = parts.find((e) => e.size > WORKBOOK_LIMITS.partBytes);
  if (large)
    return {
      id: "error.workbook.part",
      data: { file, part: large.name, size: large.size, max: WORKBOOK_LIMITS.partBytes },
    };
  const total = parts.reduce((n, e) => n + e.size, 0);
  if (total > WORKBOOK_LIMITS.totalBytes)
    return { id: "error.workbook.total", data: { file, size: total, max: WORKBOOK_LIMITS.totalBytes } };
  return undefined;
}

/** The value parts in a zip of their own, stored, the sheets without their empty cells; too many cells is refused. */
async function valuesOnly(
  zip: Yauzl.ZipFile,
  parts: readonly Listed[],
  file: string,
): Promise<{ stored: Buffer } | { message: Message }> {
  const JSZip = load<typeof JSZipType>("jszip");
  const rebuilt = new JSZip();
  let cells = 0;
  // The sheets are put in after every part is read: a formula's text result may be a shared string.
  const sheets: Array<{ name: string; xml: string }> = [];
  let sharedStrings: string | undefined;
  // The styles and the workbook's part are put in last too: a sheet's ISO date cells need a date style (see isoDates).
  let styles: { name: string; xml: string } | undefined;
  let date1904 = false;
  for (const part of parts) {
    const bytes = await inflate(zip, part.entry);
    const sheet = SHEET_PART.test(part.name);
    const written = bytes.toString("utf8");
    const plain = unprefixed(written);
    // A sheet's empty cells are gone before its shape is measured: Gnumeric writes 16,384 a row.
    const text = sheet ? plain.replace(EMPTY_CELL, "") : plain;
    const shape = shapeProblem(text, part.name, file);
    if (shape) return { message: shape };
    if (STYLES_PART.test(part.name)) {
      styles = { name: part.name, xml: text };
      continue;
    }
    if (WORKBOOK_PART.test(part.name)) date1904 = DATE_1904.test(text);
    if (!sheet) {
      if (SHARED_STRINGS_PART.test(part.name)) sharedStrings = text;
      rebuilt.file(part.name, plain === written ? bytes : plain);
      continue;
    }
    const xml = text;
    // Counted before exceljs builds an object for each: the memory a workbook costs is its cells'.
    cells += xml.match(CELL)?.length ?? 0;
    if (cells > WORKBOOK_LIMITS.cells)
      return { message: { id: "error.workbook.cells", data: { file, max: WORKBOOK_LIMITS.cells } } };
    const wide = beyondColumns(xml);
    if (wide !== undefined)
      return { message: { id: "error.workbook.columns", data: { file, cell: wide, max: WORKBOOK_LIMITS.columns } } };
    sheets.push({ name: part.name, xml });
  }
  const readable = readableParts({ styles: styles?.xml, sheets, sharedStrings, date1904 });
  if (styles && readable.styles !== undefined) rebuilt.file(styles.name, readable.styles);
  for (const { name, xml } of readable.sheets) rebuilt.file(name, xml);
  return { stored: await rebuilt.generateAsync({ type: "nodebuffer", compression: "STORE" }) };
}

/**
 * What in a part's XML is past WORKBOOK_LIMITS' elements, depth or attributes, found by the XML
 * parser as it reads (it stops at the first); XML that is not well-formed is left to exceljs, which
 * says where.
 */
function shapeProblem(xml: string, part: string, file: string): Message | undefined {
  const { SaxesParser } = load<typeof Saxes>("saxes");
  const parser = new SaxesParser();
  let elements = 0;
  let depth = 0;
  let attributes = 0;
  let problem: Message | undefined;
  const stop = (found: Message) => {
    problem = found;
    throw STOP;
  };
  parser.on("opentagstart", () => {
    attributes = 0;
    if (++elements > WORKBOOK_LIMITS.elements)
      stop({ id: "error.workbook.elements", data: { file, part, max: WORKBOOK_LIMITS.elements } });
    if (++depth > WORKBOOK_LIMITS.depth)
      stop({ id: "error.workbook.depth", data: { file, part, max: WORKBOOK_LIMITS.depth } });
  });
  parser.on("attribute", () => {
    if (++attributes > WORKBOOK_LIMITS.attributes)
      stop({ id: "error.workbook.attributes", data: { file, part, max: WORKBOOK_LIMITS.attributes } });
  });
  parser.on("closetag", () => {
    depth--;
  });
  parser.on("error", () => {
    throw STOP;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return problem;
}

/** Thrown from the XML parser's handlers to stop it. */
const STOP = Symbol("stop");

const STYLES_PART = /^xl\/styles\.xml$/i;
const SHARED_STRINGS_PART = /^xl\/sharedStrings\.xml$/i;
const WORKBOOK_PART = /^xl\/workbook\.xml$/i;

/** A cell's reference past WORKBOOK_LIMITS.columns, if a sheet has one (`r="XFD2"`). */
function beyondColumns(xml: string): string | undefined {
  for (const [, ref, letters] of xml.matchAll(CELL_REF)) {
    if (letters!.length < 2) continue;
    let column = 0;
    for (const c of letters!) column = column * 26 + (c.charCodeAt(0) - 64);
    if (column > WORKBOOK_LIMITS.columns) return ref;
  }
  return undefined;
}

const CELL_REF = /<(?:[A-Za-z_][\w.-]*:)?c\b[^<>]*?\sr="(([A-Z]{1,3})\d+)"/g;

/** exceljs reads the rebuilt zip; a sheet of too many rows is refused. */
async function loadWithinRows(stored: Buffer, file: string): Promise<Opened> {
  const workbook = new (exceljs().Workbook)();
  // maxRows is exceljs's own cap (WorksheetXform), checked while a sheet is parsed: empty rows cost too.
  const options = { ignoreNodes: IGNORED_NODES, maxRows: WORKBOOK_LIMITS.rows };
  try {
    await workbook.xlsx.load(stored as unknown as ArrayBuffer, options);
  } catch (e) {
    const capped = /^Max row count \((\d+)\) exceeded$/.exec((e as Error).message);
    if (capped) return { ok: false, message: { id: "error.workbook.rows", data: { file, max: Number(capped[1]) } } };
    throw e;
  }
  return { ok: true, workbook };
}

/** The sheets an analyst sees: a hidden sheet holds lookups or old data, not the values meant. */
export const visibleSheets = (workbook: ExcelJSType.Workbook): ExcelJSType.Worksheet[] =>
  workbook.worksheets.filter((s) => s.state === undefined || s.state === "visible");

/** A number as Excel shows it: 15 significant digits (0.1+0.2 is 0.3). */
export const numberText = (n: number): string => String(shownNumber(n));
const shownNumber = (n: number): number => Number(n.toPrecision(15));

/**
 * The one rule for a percent-formatted cell: it shows a quantity (27% is 0.27), and the value is that
 * quantity in the unit of the field it fills — 27 where the unit is % (or ％), 270 where it is ‰, the
 * fraction 0.27 where the field has no such unit (a coefficient shown as 55% is 0.55). Where the
 * field holds an amount (万元, μg/m³, a count), a percentage is none: undefined, for the caller to
 * refuse at its cell.
 */
export function inUnit(fraction: number, unit: string | undefined): number | undefined {
  const key = unitKey(unit ?? "");
  if (isAmountUnit(key)) return undefined;
  // A share's whole is the quantity 1 in its unit (100 %, 1000 ‰).
  return shownNumber(fraction * (shareWhole(key) ?? 1));
}

/** A year as a cell holds one, read as every year is (model/year.ts), with 年 after it as people write it (`2022年`). */
export function yearCell(value: Shown | undefined): string | undefined {
  if (typeof value !== "number" && typeof value !== "string") return undefined;
  const year = yearOfText(String(value).replace(/年\s*$/, ""));
  return year === undefined ? undefined : String(year);
}

/** A percent-formatted cell's fraction as the percentage it shows: 0.8 → "80%". */
export const percentText = (fraction: number): string => `${shownNumber(fraction * 100)}%`;

/** A number format that shows a percentage (0.0%, not a literal "%": an escaped one reaches here quoted, see literalsQuoted). */
const isPercent = (format: string | undefined) => !!format && format.replace(/"[^"]*"/g, "").includes("%");

/** LibreOffice saves a TRUE/FALSE cell as the formula =TRUE() / =FALSE(), with no result exceljs keeps. */
const CONSTANT = /^=?\s*(TRUE|FALSE)\s*\(\s*\)\s*$/i;

/**
 * What `cell` shows, or why it cannot be read. A cell a merged range covers shows nothing: the
 * range's value is its first cell's (exceljs hands it to every cell covered, which would give a value
 * typed once to the next year's or the next row's cell too).
 */
export function readCell(cell: ExcelJSType.Cell): CellRead {
  if (cell.isMerged && cell.master !== cell) return undefined;
  return shown(cell.value, cell.numFmt);
}

function shown(value: ExcelJSType.CellValue, numFmt: string | undefined): CellRead {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : { value: value.trim() };
  if (typeof value === "number")
    return isPercent(numFmt) ? { value: shownNumber(value), percent: true } : { value: shownNumber(value) };
  if (typeof value === "boolean") return { value };
  if (value instanceof Date)
    return { problem: { id: "workbook.cell.date", data: { date: value.toISOString().slice(0, 10) } } };
  if ("error" in value) return { problem: { id: "workbook.cell.error", data: { error: String(value.error) } } };
  if ("richText" in value) return shown(value.richText.map((r) => r.text).join(""), numFmt);
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) {
      // A cell that shares another's formula holds only that cell's address (exceljs's sharedFormula): named as such.
      if (!("formula" in value && value.formula)) {
        const from = (value as { sharedFormula?: string }).sharedFormula ?? "";
        return { problem: { id: "workbook.cell.noResultShared", data: { cell: from } } };
      }
      const constant = CONSTANT.exec(value.formula);
      if (constant) return { value: constant[1]!.toUpperCase() === "TRUE" };
      return { problem: { id: "workbook.cell.noResult", data: { formula: `=${value.formula}` } } };
    }
    return shown(result as ExcelJSType.CellValue, numFmt);
  }
  if ("text" in value) return shown(String(value.text), numFmt);
  return undefined;
}

/** A header as text: what the cell shows, or nothing (a header that cannot be read names no column). */
export function headerText(cell: ExcelJSType.Cell): string {
  const read = readCell(cell);
  return read && "value" in read ? String(read.value) : "";
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
const letters = (n: number): string =>
  n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

/**
 * A sheet's header row → which column holds what. A header given twice is a problem at its second
 * cell (which one was meant?); a column whose header names nothing known but which holds values is
 * a problem at its header cell: values are never dropped unsaid.
 */
export function sheetColumns<K>(
  sheet: ExcelJSType.Worksheet,
  recognise: (header: string) => K | undefined,
  keyOf: (key: K) => string,
  problem: (cell: string, m: Message) => void,
): Map<number, K> {
  const columns = new Map<number, K>();
  const first = new Map<string, string>();
  const headers = new Map<number, string>();
  const reported = new Set<number>();
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, n) => {
    // A header that cannot be read (a date, an error value) is named for what it holds, once.
    const read = readCell(cell);
    if (read && "problem" in read) {
      reported.add(n);
      return problem(cell.address, read.problem);
    }
    const text = read ? String(read.value) : "";
    headers.set(n, text);
    const key = text === "" ? undefined : recognise(text);
    if (key === undefined) return;
    const seen = first.get(keyOf(key));
    if (seen !== undefined) {
      reported.add(n);
      problem(cell.address, { id: "import.cell.headerTwice", data: { header: text, first: seen } });
      return;
    }
    first.set(keyOf(key), cell.address);
    columns.set(n, key);
  });
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    row.eachCell({ includeEmpty: false }, (cell, n) => {
      if (columns.has(n) || reported.has(n) || readCell(cell) === undefined) return;
      reported.add(n);
      problem(`${letters(n)}1`, { id: "import.cell.unknownColumn", data: { header: headers.get(n) || "—" } });
    });
  });
  return columns;
}
