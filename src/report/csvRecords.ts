/**
 * Every CSV the tool writes is made here, by csv-stringify: RFC 4180, records ended by CRLF.
 * A field holding a line break is quoted whatever it is (a name with Alt+Enter in Excel holds a
 * bare LF): csv-stringify quotes only a field containing the record delimiter itself, CRLF, and a
 * reader would end the record at the lone LF. Text a spreadsheet would run as a formula (a rule
 * written `=100`, a name starting with `@`) is written with a leading apostrophe, which
 * spreadsheets show as text and do not run.
 */
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;
const guard = (v: Cell) => (typeof v === "string" && FORMULA.test(v) ? `'${v}` : v);

const OPTIONS = {
  record_delimiter: "windows",
  quoted_match: /[\r\n]/,
  cast: { boolean: (b: boolean) => String(b) },
} as const;

/** Records, each ended by CRLF: a file's records in one call, as csv-stringify sets up its options per call. */
export const csvRecords = (rows: ReadonlyArray<ReadonlyArray<Cell>>): string =>
  rows.length === 0
    ? ""
    : stringify(
        rows.map((values) => values.map(guard)),
        OPTIONS,
      );

/**
 * Whether a CSV starts with a byte-order mark, without which Excel on Chinese Windows reads UTF-8
 * as GBK: `--bom` / `--no-bom` when given, else a file gets one (it is opened in Excel) and
 * standard output does not (it is piped into programs, some of which take the mark for text).
 */
export const wantsBom = (option: boolean | undefined, toFile: boolean): boolean => option ?? toFile;

export const BOM = "\uFEFF";
