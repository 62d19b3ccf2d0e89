/**
 * A year's values from where analysts keep them: a CSV as Excel saves it (UTF-8 with or without a
 * BOM, GBK/GB18030 on Chinese Windows, UTF-16 "Unicode text") or a workbook (.xlsx, .xlsm). Every
 * entry keeps the cells it came from, so each problem names file, sheet, line and column.
 */
import { fifoTimeout, readInput } from "../load/readInput.js";
import { DEFAULT_MAX_BYTES, TABLE_ROWS } from "../load/limits.js";
import { excerpt } from "../compile/schemaErrors.js";
import type { Message } from "../i18n/message.js";
import { ref } from "../i18n/message.js";
import { decode, encodingError, encodingNotices } from "../load/decode.js";
import { CliError, InputFileError, refusedFile } from "../load/errors.js";
import type { Entry } from "./record.js";
import { accepted, headerKey, recognise, type Column } from "./columns.js";
import { LANGS } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { isOleFile, isZipFile, otherProgramsFile } from "../load/fileKind.js";
import { percentText } from "../workbook/sheetReader.js";

/** A cell of the table: a CSV line, or a workbook's sheet, row and column letter. */
export interface SourceCell {
  file: string;
  line: number;
  sheet?: string;
  column?: string;
}

export interface SourcedEntry extends Entry {
  /** The name the row gives, checked against the indicator file's row. */
  name?: string;
  /** A percent-formatted workbook cell: the value is the fraction it holds (93.5% → 0.935), read in the row's unit. */
  percent?: true;
  at: { id: SourceCell; value: SourceCell };
}

/** A key project's progress from a table row (项目编号/序号, 累计投资, 状态). */
interface SourcedProjectEntry {
  id: string;
  invested?: string;
  status?: string;
  note?: string;
  at: { id: SourceCell; value: SourceCell };
}

export interface SourceProblem {
  at: SourceCell;
  message: Message;
}

export interface ValueTable {
  entries: SourcedEntry[];
  /** A table of project rows gives these instead of entries. */
  projects: SourcedProjectEntry[];
  problems: SourceProblem[];
  notices: Message[];
}

/** `values.csv:7`, or `values.xlsx:Sheet1!C7` as a spreadsheet names a cell. */
export function where(at: SourceCell): string {
  if (at.sheet === undefined) return `${at.file}:${at.line}`;
  const sheet = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(at.sheet) ? at.sheet : `'${at.sheet.replaceAll("'", "''")}'`;
  return `${at.file}:${sheet}!${at.column ?? ""}${at.line}`;
}

/** One row as read: its cells' texts by column (a workbook's empty cells are holes), and where each cell is. */
export interface RawRow {
  line: number;
  cells: ReadonlyArray<RawCell | undefined>;
}

export interface RawCell {
  text: string;
  at: SourceCell;
  /** A percent-formatted number: `text` is the fraction it holds. */
  percent?: true;
  /** A problem the cell has on its own (an error value, a formula without a saved result, a date). */
  problem?: Message;
}

/** Where a row's cell in column `index` is, whether or not the row has that cell. */
function placeOf(row: RawRow, index: number): SourceCell {
  const cell = row.cells[index];
  if (cell) return cell.at;
  const any = row.cells.find((c) => c !== undefined)!.at;
  return {
    file: any.file,
    line: row.line,
    ...(any.sheet !== undefined ? { sheet: any.sheet, ...(index >= 0 ? { column: letter(index) } : {}) } : {}),
  };
}

/** Headers of the fill-in sheet that are there to help the one filling it, not to be read. */
const helpHeaders = () =>
  new Set(
    LANGS.flatMap((lang) =>
      (["unit", "latest", "latestYear"] as const).map((c) => headerKey(t(lang, `record.template.${c}`, { year: 0 }))),
    ),
  );

/** Rows searched for the header: a sheet may start with its title (表1 …) and a blank line. */
const HEADER_ROWS = 20;

/**
 * Rows → entries: the header found, empty rows skipped, every other row an entry or a problem. A row
 * with an id and no value is skipped too (a department fills its own rows of the shared sheet) and
 * named in one notice; values in a column that is not read are named in a notice, never dropped unsaid.
 */
export function tableOf(
  rows: readonly RawRow[],
  file: string,
  year: number,
): Omit<ValueTable, "notices"> & { notices: Message[] } {
  let header: { index: number; columns: Map<Column, number> } | undefined;
  for (const [index, row] of rows.slice(0, HEADER_ROWS).entries()) {
    const columns = new Map<Column, number>();
    for (const [i, cell] of row.cells.entries()) {
      if (!cell) continue;
      const found = recognise(cell.text);
      if (!found) continue;
      const other = columns.get(found.column);
      if (other !== undefined)
        throw new CliError({
          id: "error.record.source.twice",
          data: { at: where(cell.at), a: row.cells[other]!.text.trim(), b: cell.text.trim() },
        });
      if (
        (found.column === "value" || found.column === "invested") &&
        found.year !== undefined &&
        found.year !== year
      ) {
        throw new CliError({
          id: "error.record.source.year",
          data: { at: where(cell.at), header: cell.text.trim(), found: found.year, year },
        });
      }
      columns.set(found.column, i);
    }
    if (columns.has("id") && columns.has("value")) {
      header = { index, columns };
      break;
    }
    if ((columns.has("project") || columns.has("id")) && (columns.has("invested") || columns.has("status"))) {
      const read = projectRows(rows.slice(index + 1), columns);
      return { entries: [], ...read, notices: [...read.notices, ...unread(rows, index, columns, file)] };
    }
  }
  if (!header)
    throw refusedFile(file, "no-header", {
      id: "error.record.csvColumns",
      data: { file, ids: accepted("id"), values: accepted("value") },
    });

  const entries: SourcedEntry[] = [];
  const problems: SourceProblem[] = [];
  const empty: string[] = [];
  const seen = new Map<string, SourceCell>();
  for (const row of rows.slice(header.index + 1)) {
    const cell = (column: Column): RawCell | undefined => {
      const i = header.columns.get(column);
      return i === undefined ? undefined : row.cells[i];
    };
    const at = (column: Column): SourceCell => placeOf(row, header.columns.get(column)!);
    const text = (column: Column) => cell(column)?.text.trim() ?? "";
    const id = text("id");
    const value = text("value");
    // A row with neither (a blank line, a 领域 heading) is no entry.
    if (id === "" && value === "" && !cell("id")?.problem && !cell("value")?.problem) continue;
    const own = (["value", "id"] as const).find((column) => cell(column)?.problem);
    if (own) {
      problems.push({ at: at(own), message: cell(own)!.problem! });
      continue;
    }
    if (id === "") {
      problems.push({ at: at("id"), message: { id: "error.record.source.noId", data: { value } } });
      continue;
    }
    if (value === "") {
      empty.push(id);
      continue;
    }
    const first = seen.get(id);
    if (first) {
      problems.push({ at: at("id"), message: { id: "error.record.source.again", data: { id, first: where(first) } } });
      continue;
    }
    seen.set(id, at("id"));
    const note = text("note");
    const name = text("name");
    entries.push({
      id,
      value,
      ...(note ? { note } : {}),
      ...(name ? { name } : {}),
      ...(cell("value")?.percent ? { percent: true as const } : {}),
      at: { id: at("id"), value: at("value") },
    });
  }
  const notices: Message[] = [
    ...(empty.length > 0 ? [{ id: "notice.record.emptyValues", data: { file, ids: idList(empty) } }] : []),
    ...unread(rows, header.index, header.columns, file),
  ];
  return { entries, projects: [], problems, notices };
}

/** Ids in a notice: each once, the first few, each cut as any quoted text is. */
function idList(ids: readonly string[], shown = 20): string {
  const distinct = [...new Set(ids)];
  const listed = distinct.slice(0, shown).map((id) => excerpt(id));
  return distinct.length > shown ? `${listed.join(", ")}, … (${distinct.length})` : listed.join(", ");
}

/** How many unread columns a notice names. */
const NAMED_COLUMNS = 10;

/** Columns below the header that hold values and are not read: one notice naming them, or none. */
function unread(
  rows: readonly RawRow[],
  headerIndex: number,
  columns: ReadonlyMap<Column, number>,
  file: string,
): Message[] {
  const read = new Set(columns.values());
  const help = helpHeaders();
  const headerRow = rows[headerIndex]!;
  const names: string[] = [];
  // The columns that hold something below the header, found in one pass over the cells there are (a
  // row's cells are sparse: a stray cell in column XFD is one cell, not 16,384 to look at per row).
  const filled = new Set<number>();
  for (const r of rows.slice(headerIndex + 1))
    r.cells.forEach((cell, i) => {
      if (cell && cell.text.trim() !== "") filled.add(i);
    });
  for (const i of [...filled].sort((a, b) => a - b)) {
    if (read.has(i)) continue;
    const header = headerRow.cells[i]?.text.trim() ?? "";
    if (header !== "" && help.has(headerKey(header))) continue;
    const place = placeOf(headerRow, i);
    names.push(`${header === "" ? "—" : `“${excerpt(header)}”`} (${place.column ?? i + 1})`);
  }
  if (names.length === 0) return [];
  // A line a person reads: the first few named, the rest counted (a header of 500,000 columns made one of 11 MB).
  const more = names.length > NAMED_COLUMNS ? names.length - NAMED_COLUMNS : undefined;
  const named = names.slice(0, NAMED_COLUMNS).join(", ");
  return [{ id: "notice.record.unreadColumns", data: { file, columns: named, ...(more ? { more } : {}) } }];
}

/** The rows below a project table's header: one progress entry per project id. */
function projectRows(
  rows: readonly RawRow[],
  columns: ReadonlyMap<Column, number>,
): { projects: SourcedProjectEntry[]; problems: SourceProblem[]; notices: Message[] } {
  const idColumn: Column = columns.has("project") ? "project" : "id";
  const projects: SourcedProjectEntry[] = [];
  const problems: SourceProblem[] = [];
  const empty: string[] = [];
  const seen = new Map<string, SourceCell>();
  for (const row of rows) {
    const cell = (column: Column): RawCell | undefined => {
      const i = columns.get(column);
      return i === undefined ? undefined : row.cells[i];
    };
    const at = (column: Column): SourceCell =>
      columns.has(column) ? placeOf(row, columns.get(column)!) : placeOf(row, -1);
    const text = (column: Column) => cell(column)?.text.trim() ?? "";
    const [id, invested, status, note] = [text(idColumn), text("invested"), text("status"), text("note")];
    if (
      id === "" &&
      invested === "" &&
      status === "" &&
      ![idColumn, "invested", "status"].some((c) => cell(c as Column)?.problem)
    )
      continue;
    const own = ([idColumn, "invested", "status"] as const).find((column) => cell(column)?.problem);
    if (own) {
      problems.push({ at: at(own), message: cell(own)!.problem! });
      continue;
    }
    const valueColumn: Column = invested !== "" || !columns.has("status") ? "invested" : "status";
    if (id === "") {
      problems.push({
        at: at(idColumn),
        message: { id: "error.record.source.noId", data: { value: invested || status } },
      });
      continue;
    }
    if (invested === "" && status === "") {
      empty.push(id);
      continue;
    }
    // 80% typed in a 万元 column is no amount (as `--invested 80%` is none): not 0.8 万元.
    if (cell("invested")?.percent) {
      problems.push({
        at: at("invested"),
        message: { id: "error.record.source.percentInvested", data: { shown: percentText(Number(invested)), id } },
      });
      continue;
    }
    const first = seen.get(id);
    if (first) {
      problems.push({
        at: at(idColumn),
        message: { id: "error.record.source.again", data: { id, first: where(first) } },
      });
      continue;
    }
    seen.set(id, at(idColumn));
    projects.push({
      id,
      ...(invested ? { invested } : {}),
      ...(status ? { status } : {}),
      ...(note ? { note } : {}),
      at: { id: at(idColumn), value: at(valueColumn) },
    });
  }
  const notices: Message[] =
    empty.length > 0
      ? [
          {
            id: "notice.record.emptyProjects",
            data: { file: rows[0]!.cells.find((c) => c)!.at.file, ids: empty.join(", ") },
          },
        ]
      : [];
  return { projects, problems, notices };
}

/** 0 → A, 25 → Z, 26 → AA. */
function letter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The table at `path`: a workbook by its bytes (a zip), a CSV otherwise. */
export async function readValueTable(
  path: string,
  options: { year: number; sheet?: string; maxBytes?: number },
): Promise<ValueTable> {
  // Read as every input is read (a pipe or FIFO to its end, with a timeout), never past the size cap.
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = readInput(path, path, { maxBytes, fifoSeconds: fifoTimeout(process.env) });
  if (!read.ok) throw new InputFileError(read.error);
  const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  // An Excel 97–2003 workbook, or a password-protected one: neither is read.
  if (isOleFile(bytes))
    throw refusedFile(path, "not-a-workbook", { id: "error.record.source.xls", data: { file: path } });
  if (isZipFile(bytes)) {
    const { workbookSheets } = await import("./workbook.js");
    const sheets = await workbookSheets(bytes, path, options.sheet);
    // The first sheet with a header (a sheet of instructions in front is common); with none, the first's refusal.
    let refusal: unknown;
    for (const sheet of sheets) {
      let table: ReturnType<typeof tableOf>;
      try {
        table = tableOf(sheet.rows(), path, options.year);
      } catch (e) {
        if (!(e instanceof InputFileError && e.error.code === "no-header")) throw e;
        refusal ??= e;
        continue;
      }
      const notices: Message[] =
        sheets.length > 1
          ? [{ id: "notice.record.sheet", data: { file: path, sheet: sheet.name, count: sheets.length } }]
          : [];
      return { ...table, notices: [...notices, ...table.notices] };
    }
    throw refusal;
  }
  if (otherProgramsFile(bytes) === "pdf")
    throw refusedFile(path, "not-text", { id: "error.record.source.pdf", data: { file: path } });
  if (options.sheet !== undefined) throw new CliError({ id: "error.record.source.sheetOfCsv", data: { file: path } });
  const { rows, notices } = await csvRows(bytes, path);
  let table: ReturnType<typeof tableOf>;
  try {
    table = tableOf(rows, path, options.year);
  } catch (e) {
    // No header where the lines are separated by ; (a title row above a ; header): said as such.
    if (e instanceof InputFileError && e.error.code === "no-header" && semicolonLines(rows)) throw semicolons(path);
    throw e;
  }
  return { ...table, notices: [...notices, ...table.notices] };
}

/** A CSV separated by ;, refused at its start with what to do. */
const semicolons = (file: string) =>
  new InputFileError({
    file,
    line: 1,
    column: 1,
    code: "csv-syntax",
    message: { id: "error.record.csv.semicolon", data: { file } },
  });

/** Whether the lines where a header is looked for are ; lines read as one field each (id;value (2024)). */
const semicolonLines = (rows: readonly RawRow[]) =>
  rows.slice(0, HEADER_ROWS).some((r) => r.cells.length === 1 && (r.cells[0]?.text.split(";").length ?? 0) > 1);

/** A CSV's records with the line each starts on. */
async function csvRows(bytes: Uint8Array, file: string): Promise<{ rows: RawRow[]; notices: Message[] }> {
  const decoded = decode(bytes);
  if (!decoded.ok) throw new InputFileError(encodingError(file, decoded));
  const notices = encodingNotices(decoded.encoding, file);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  // Excel's "Unicode text" is tab-separated: so is a file whose first line has tabs and no comma.
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  // Separated by ; (Excel's `sep=;` line, or a first line of ; and no comma): where ; separates, a
  // comma is the decimal mark (26,1), which read here would be 261. Refused with what to do.
  if (/^sep=;$/i.test(firstLine.trim()) || (delimiter === "," && firstLine.includes(";") && !firstLine.includes(",")))
    throw semicolons(file);
  const { parse } = await import("csv-parse/sync");
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
      // One past the bound: enough to know it is passed, without reading the rest.
      to: TABLE_ROWS + 1,
    }) as unknown as typeof records;
  } catch (e) {
    // csv-parse's sentence quotes the field it stopped at: a file that is not CSV (a secret a path
    // led to) would be echoed. Its code and line say what and where, and quote nothing.
    const { code, lines } = e as { code?: string; lines?: number };
    const quote = /QUOTE/.test(code ?? "");
    // At its line, as every reader places what it cannot read.
    throw new InputFileError({
      file,
      line: lines ?? 1,
      column: 1,
      code: "csv-syntax",
      message: {
        id: "error.record.csv.at",
        data: {
          file,
          line: lines ?? 1,
          reason: ref(quote ? "error.record.csv.quote" : "error.record.csv.syntax", code ?? ""),
        },
      },
    });
  }
  if (records.length > TABLE_ROWS)
    throw refusedFile(file, "too-many-rows", { id: "error.record.csv.rows", data: { file, max: TABLE_ROWS } });
  // csv-parse counts the line a record ends on, and a CRLF inside quotes as two lines: the line a
  // record starts on is that, less the line breaks inside it, less the extra count so far.
  let overcount = 0;
  const rows = records.map(({ record, info }) => {
    const count = (pattern: RegExp) => record.reduce((n, field) => n + (field.match(pattern)?.length ?? 0), 0);
    overcount += count(/\r\n/g);
    const line = info.lines - overcount - count(/\r\n|\r|\n/g);
    return { line, cells: record.map((text) => ({ text, at: { file, line } })) };
  });
  return { rows, notices };
}
