/**
 * `lingling-check import`: a filled template workbook back into an indicator file. Every cell it
 * cannot read is named as `region.xlsx:指标!E7: …`; the file written is loaded first, so what import
 * writes always checks.
 */
import type ExcelJSType from "exceljs";
import type { Lang } from "../i18n/lang.js";
import { message, t } from "../i18n/translate.js";
import { loadIndicatorFile } from "../read.js";
import { parseYaml } from "../load/parse.js";
import { yamlLib } from "../load/yamlLib.js";
import type { Message } from "../i18n/message.js";
import {
  headerText,
  inUnit,
  openWorkbook,
  percentText,
  yearCell,
  readCell,
  sheetColumns,
  visibleSheets,
} from "./sheetReader.js";
import { BETTER_WORDS, BINDING_WORDS, columnOf, fieldPath, HOW_FIELDS, regionValue, ROW_FIELDS } from "./layout.js";
import { sheetTitled, templateSheet, templateSheetNames } from "./sheetTitles.js";
import { type InputError, refusedFile } from "../load/errors.js";
import { readProjectSheet, type ProjectSheetRead } from "./importProjects.js";
import { locateFact, locateVeto, readFactSheets, readHowColumns, type FactSheets } from "./importSheets.js";
import { inheritedRows, isObject, type Raw, type RawFile } from "./rawFile.js";
import { YEAR_KEY } from "../model/year.js";

export interface CellError {
  /** The sheet, unless the error is the workbook's (a sheet it lacks). */
  sheet?: string;
  /** A1-style reference, or a row number alone; none for a whole sheet. */
  cell?: string;
  message: Message;
}

export type ImportResult =
  | { ok: true; text: string; rows: number; region: string }
  | { ok: false; errors: CellError[] };

type Value = string | number | boolean | undefined;

export function formatCellError(file: string, e: CellError, lang: Lang): string {
  const place = e.sheet === undefined ? "" : e.cell === undefined ? `:${e.sheet}` : `:${e.sheet}!${e.cell}`;
  return `${file}${place}: ${message(lang, e.message)}`;
}

const cellMessage = (id: string, data: Record<string, string | number> = {}): Message => ({ id, data });

export async function importWorkbook(
  bytes: Uint8Array,
  output: string,
  lang: Lang,
  source = output,
): Promise<ImportResult> {
  const opened = await openWorkbook(bytes, source);
  if (!opened.ok) throw refusedFile(source, "unreadable-workbook", opened.message);
  const sheets = visibleSheets(opened.workbook);
  const errors: CellError[] = [];
  // One problem a cell: the first is the cell's own (a date where a year belongs), and what is made
  // of the cell without its value would blame it again ("a year was expected, found “”").
  const named = new Set<string>();
  const cellProblem = (sheet: string, cell: string, m: Message) => {
    const key = `${sheet}!${cell}`;
    if (named.has(key)) return;
    named.add(key);
    errors.push({ sheet, cell, message: m });
  };
  const problem = (sheet: ExcelJSType.Worksheet, cell: string, m: Message) => cellProblem(sheet.name, cell, m);
  /**
   * What a cell shows, or its problem named at the cell; a percent-formatted cell in the unit of its
   * field (refused where that is an amount), or, for a field that takes a percentage as written (a
   * relative tolerance), the percentage it shows.
   */
  const plain = (sheet: ExcelJSType.Worksheet, cell: ExcelJSType.Cell, unit?: string, asShown = false): Value => {
    const read = readCell(cell);
    if (read === undefined) return undefined;
    if ("problem" in read) return void problem(sheet, cell.address, read.problem);
    if (!read.percent) return read.value;
    const fraction = read.value as number;
    if (asShown) return percentText(fraction);
    const value = inUnit(fraction, unit);
    if (value === undefined)
      return void problem(
        sheet,
        cell.address,
        cellMessage("import.cell.percent", { shown: percentText(fraction), unit: unit! }),
      );
    return value;
  };

  const { regionSheet, indicatorSheet } = findSheets(sheets);
  // Not there: the template's own sheet hidden is said so (hidden sheets are never read).
  const missing = (title: "sheet.region" | "sheet.indicators", id: string): ImportResult => {
    const hidden = sheetTitled(
      opened.workbook.worksheets.filter((s) => !sheets.includes(s)),
      title,
    );
    return {
      ok: false,
      errors: [hidden ? { sheet: hidden.name, message: { id: "error.importSheetHidden" } } : { message: { id } }],
    };
  };
  if (!regionSheet) return missing("sheet.region", "error.importRegionSheet");
  if (!indicatorSheet) return missing("sheet.indicators", "error.importSheet");

  const { file, regionRows, margin } = readRegionSheet(regionSheet, plain, problem);
  // A sheet whose base year or name is not there; one whose cell could not be read says so at that cell.
  if (file.plan.base_year === 0 || file.region.name === undefined)
    return {
      ok: false,
      errors: errors.some((e) => e.sheet === regionSheet.name)
        ? errors
        : [...errors, { sheet: regionSheet.name, message: { id: "error.importRegionSheet" } }],
    };
  // A sheet holding values that is none of the template's is named, not passed over: its values would be lost (a
  // renamed 上级下达目标 dropped its targets without a word). Hidden sheets are never read, as said.
  for (const sheet of sheets)
    if (sheet !== regionSheet && sheet !== indicatorSheet && !templateSheet(sheet.name) && sheet.actualRowCount > 0)
      errors.push({
        sheet: sheet.name,
        message: { id: "import.sheet.unknown", data: { known: templateSheetNames() } },
      });
  // A sheet of the template's hidden with its values: they would be lost too (a hidden 上级下达目标 dropped its targets).
  for (const sheet of opened.workbook.worksheets)
    if (!sheets.includes(sheet) && templateSheet(sheet.name) && sheet.actualRowCount > 1)
      errors.push({ sheet: sheet.name, message: { id: "error.importSheetHidden" } });
  const { rowOf, addressOf, inherited } = readIndicatorSheet(indicatorSheet, file, plain, problem, lang);
  const { projectSheet, projects, projectsBlock } = readProjects(sheets, margin, plain, problem);
  const facts = readFactSheets(opened.workbook, file, plain, cellProblem);
  leaveToEdition(file.indicators, inherited);
  const text = fileText(file, facts.vetoes, projectsBlock);
  const loaded = loadIndicatorFile(text, output);
  if (!loaded.ok || errors.length) {
    const origins: Origins = {
      facts,
      indicators: file.indicators,
      rowOf,
      addressOf,
      indicatorSheet: indicatorSheet.name,
      regionSheet: regionSheet.name,
      regionRows,
      ...(projectSheet && projects ? { projects: { sheet: projectSheet.name, read: projects } } : {}),
    };
    const located = loaded.ok ? [] : loaded.errors.map((e) => locateLoaderError(e, text, origins, lang));
    // Every cell is named in one run: a row with a cell that could not be read is named at that cell
    // only (what the file made of the row without it would blame its other cells), the rest as checked.
    const unread = new Set(errors.map((e) => rowKey(e)));
    return { ok: false, errors: [...errors, ...located.filter((e) => !unread.has(rowKey(e)))] };
  }
  return { ok: true, text, rows: file.indicators.length, region: String(file.region.name) };
}

/** The indicator file import writes, as YAML; a block the workbook did not give is left out. */
function fileText(file: RawFile, vetoes: Raw | undefined, projects: Raw | undefined): string {
  const document = {
    region: file.region,
    ...(file.standard !== undefined ? { standard: file.standard } : {}),
    plan: file.plan,
    ...(vetoes ? { vetoes } : {}),
    indicators: file.indicators,
    ...(projects ? { projects } : {}),
  };
  return yamlLib().stringify(document, { lineWidth: 0 });
}

/** The region and indicator sheets, by name, or (renamed) by what they hold. Hidden sheets are not the analyst's: never read. */
function findSheets(sheets: ExcelJSType.Worksheet[]): {
  regionSheet?: ExcelJSType.Worksheet;
  indicatorSheet?: ExcelJSType.Worksheet;
} {
  // The region sheet: field | value.
  const regionSheet =
    sheetTitled(sheets, "sheet.region") ??
    sheets.find((s) => !templateSheet(s.name) && s.getColumn(1).values.some((v) => v === "region.name"));
  const indicatorSheet =
    sheetTitled(sheets, "sheet.indicators") ??
    // Renamed: the first sheet not named as another of the template's (the key projects sheet has a 序号 column too).
    sheets.find((s) => {
      if (templateSheet(s.name)) return false;
      let id = false;
      s.getRow(1).eachCell((c) => void (id ||= columnOf(headerText(c)) === "id"));
      return id;
    });
  return { regionSheet, indicatorSheet };
}

/**
 * The indicator sheet onto `file.indicators`, one row an indicator; the header row says which column
 * is which. Gives back where each row came from, for the loader's errors, and what the edition gives each row.
 */
function readIndicatorSheet(
  indicatorSheet: ExcelJSType.Worksheet,
  file: RawFile,
  plain: Plain,
  problem: Problem,
  lang: Lang,
): Pick<Origins, "rowOf" | "addressOf"> & { inherited: ReturnType<typeof inheritedRows> } {
  const columns = sheetColumns(
    indicatorSheet,
    columnOf,
    (k) => (typeof k === "object" ? String(k.year) : k),
    (cell, m) => problem(indicatorSheet, cell, m),
  );
  const rowOf = new Map<number, number>(); // indicator index → sheet row
  const addressOf = (row: number, key: string) => {
    const n = [...columns].find(([, k]) => (typeof k === "object" ? String(k.year) === key : k === key))?.[0];
    return n === undefined ? String(row) : indicatorSheet.getRow(row).getCell(n).address;
  };
  const seenIds = new Set<string>();
  // The unit of a row decides how a percent-formatted cell of it reads: its own unit cell, or the edition's.
  const unitColumn = [...columns].find(([, k]) => k === "unit")?.[0];
  const idColumn = [...columns].find(([, k]) => k === "id")?.[0];
  const ids = new Map<number, string>();
  if (idColumn !== undefined)
    indicatorSheet.eachRow((row, n) => void (n > 1 && ids.set(n, headerText(row.getCell(idColumn)))));
  const inherited = inheritedRows(
    file,
    [...ids.values()].filter((id) => id !== ""),
  );
  indicatorSheet.eachRow((row, n) => {
    if (n === 1) return;
    const ownUnit = unitColumn === undefined ? "" : headerText(row.getCell(unitColumn));
    const unit = ownUnit || inherited.get(ids.get(n) ?? "")?.unit;
    const cells = new Map<string, Value>();
    const years = new Map<number, Value>();
    let extraText: Value;
    for (const [col, key] of columns) {
      // A tolerance typed as 1% is the relative tolerance it shows, not one point of the row's unit.
      const v = plain(indicatorSheet, row.getCell(col), unit, key === "tolerance");
      if (v === undefined) continue;
      if (typeof key === "object") years.set(key.year, v);
      else if (key === "extra") extraText = v;
      else cells.set(key, v);
    }
    if (cells.size === 0 && years.size === 0 && extraText === undefined) return;
    const at = (key: string) => addressOf(n, key);
    const id = cells.get("id");
    if (id === undefined) return void problem(indicatorSheet, at("id"), cellMessage("import.cell.id"));
    if (seenIds.has(String(id)))
      problem(indicatorSheet, at("id"), cellMessage("import.cell.duplicate", { id: String(id) }));
    seenIds.add(String(id));
    const out = indicatorRow(String(id), cells, years, extraText, file.plan.base_year, lang, (key, m) =>
      problem(indicatorSheet, at(key), m),
    );
    rowOf.set(file.indicators.length, n);
    file.indicators.push(out);
  });
  return { rowOf, addressOf, inherited };
}

/** One row of the indicator sheet as the file's row: its cells, its year columns and its YAML column. */
function indicatorRow(
  id: string,
  cells: ReadonlyMap<string, Value>,
  years: ReadonlyMap<number, Value>,
  extraText: Value,
  base: number,
  lang: Lang,
  problem: (key: string, m: Message) => void,
): Raw {
  const extra: Raw = extraText === undefined ? {} : yamlColumn(extraText, lang, problem);
  const out: Raw = { id };
  for (const key of ["name", "unit"] as const) if (cells.has(key)) out[key] = String(cells.get(key));
  const merged = (field: string, valueKey: "value" | "rule") =>
    withYamlColumn(field, cells.get(field), valueKey, extra, problem);
  const standard = merged("standard", "rule");
  if (standard !== undefined) out.standard = standard;
  if (cells.has("binding")) {
    const b = BINDING_WORDS[String(cells.get("binding"))];
    if (b === undefined) problem("binding", cellMessage("import.cell.kind", { found: String(cells.get("binding")) }));
    else out.binding = b;
  }
  if (cells.has("better")) {
    const b = BETTER_WORDS[String(cells.get("better"))];
    if (b === undefined) problem("better", cellMessage("import.cell.better", { found: String(cells.get("better")) }));
    else out.better = b;
  }
  // The baseline: the base-year cell, with the years before it as its history.
  const history = baselineHistory(years, cells.get("baseline"), base, extra, problem);
  if (history) {
    if (history.size) out.baseline = history;
  } else {
    const baseline = merged("baseline", "value");
    if (baseline !== undefined) out.baseline = baseline;
  }
  for (const field of ["near_term", "long_term"] as const) {
    const v = merged(field, "rule");
    if (v !== undefined) out[field] = v;
  }
  const observed = observedValues(years, base, extra, problem);
  for (const key of ["id", "name", "unit", "binding", "better", "note"]) {
    if (key in extra) problem("extra", cellMessage("import.cell.field", { field: key }));
    delete extra[key];
  }
  Object.assign(out, extra);
  readHowColumns(cells, out, problem);
  if (observed.size) out.actuals = new Map([...observed].sort((x, y) => x[0] - y[0]));
  if (cells.has("note")) out.note = String(cells.get("note"));
  return out;
}

/** The YAML column: more fields of the row, as a mapping; anything else is a problem at the cell. */
function yamlColumn(extraText: Value, lang: Lang, problem: (key: string, m: Message) => void): Raw {
  // Read as a file is (its tags, keys written twice, aliases and depth bounded alike), its problem
  // worded as a file's: the parser's own words would quote what the cell holds.
  const text = String(extraText);
  const parsed = parseYaml(text, "");
  const refuse = (reason: string) => {
    problem("extra", cellMessage("import.cell.yaml", { reason }));
    return {};
  };
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    const where = text.includes("\n") ? `${first.line}:${first.column}: ` : "";
    return refuse(`${where}${message(lang, first.message)}`);
  }
  const data = parsed.value.data;
  return isObject(data) ? data : refuse(t(lang, "expected.indicator"));
}

/**
 * A field's cell with what the YAML column says of the same field (its note, or the whole value
 * when the cell is empty); takes the field out of `extra`. Both giving the value is a problem.
 */
function withYamlColumn(
  field: string,
  cell: Value,
  valueKey: "value" | "rule",
  extra: Raw,
  problem: (key: string, m: Message) => void,
): unknown {
  const more = extra[field];
  delete extra[field];
  if (more === undefined) return cell;
  if (!isObject(more) || cell === undefined) {
    const whole =
      !isObject(more) ||
      valueKey in more ||
      (field === "standard" && "by_region" in more) ||
      Object.keys(more).every((k) => YEAR_KEY.test(k));
    if (cell === undefined && whole) return more;
    problem("extra", cellMessage(cell === undefined ? "import.cell.noteWithoutValue" : "import.cell.field", { field }));
    return cell;
  }
  // The cases of a region-dependent rule are the rule; the cell shows the one chosen.
  if (field === "standard" && "by_region" in more) return more;
  return { [valueKey]: cell, ...more };
}

/** The key projects sheet (附表1), if the workbook has one, and the file's `projects` block with the region sheet's margin. */
function readProjects(sheets: ExcelJSType.Worksheet[], margin: Value, plain: Plain, problem: Problem) {
  const projectSheet = sheetTitled(sheets, "project.title");
  const projects =
    projectSheet &&
    readProjectSheet(
      projectSheet,
      // No column of a project holds a percentage: its amounts are in 万元.
      (cell) => plain(projectSheet, cell, "万元"),
      (cell, m) => problem(projectSheet, cell, m),
    );
  const projectsBlock = projects?.projects ?? (margin !== undefined ? { items: [] } : undefined);
  if (projectsBlock && margin !== undefined) projectsBlock.margin = margin;
  return { projectSheet, projects, projectsBlock };
}

/** Where each part of the YAML import wrote came from, so that a loader error is named at its cell. */
interface Origins {
  facts: FactSheets;
  indicators: readonly Raw[];
  /** Indicator index → the indicator sheet's row. */
  rowOf: Map<number, number>;
  addressOf: (row: number, key: string) => string;
  indicatorSheet: string;
  regionSheet: string;
  regionRows: Map<string, string>;
  projects?: { sheet: string; read: ProjectSheetRead };
}

/** A loader error in the YAML import wrote → the cell it came from. */
function locateLoaderError(e: InputError, text: string, o: Origins, lang: Lang): CellError {
  const what = message(lang, e.message);
  const missing = missingField(e);
  const fact = locateVeto(text, e.line, o.facts) ?? locateFact(text, e.line, o.indicators, o.facts);
  if (fact) return { ...fact, message: { id: "error.importCell", data: { what } } };
  return (
    (o.projects &&
      locateProject(text, e.line, o.projects.read, o.projects.sheet, o.regionRows, o.regionSheet, what, missing)) ||
    locate(text, e.line, o.rowOf, o.regionRows, o.indicatorSheet, o.regionSheet, o.addressOf, what, missing)
  );
}

type Plain = (sheet: ExcelJSType.Worksheet, cell: ExcelJSType.Cell, unit?: string, asShown?: boolean) => Value;
type Problem = (sheet: ExcelJSType.Worksheet, cell: string, m: Message) => void;

/**
 * The region sheet: field | value, one row a field (`region.name`, `plan.base_year`, `standard`,
 * `projects.margin`); where each field came from is kept for the loader's errors.
 */
function readRegionSheet(
  regionSheet: ExcelJSType.Worksheet,
  plain: Plain,
  problem: Problem,
): { file: RawFile; regionRows: Map<string, string>; margin: Value } {
  const file: RawFile = { region: {}, plan: { base_year: 0 }, indicators: [] };
  const regionRows = new Map<string, string>();
  let margin: Value;
  regionSheet.eachRow((row, n) => {
    if (n === 1) return;
    const path = headerText(row.getCell(1));
    const cell = row.getCell(2);
    // The one number of this sheet that is not a year is the projects' margin, in percentage points.
    const value = plain(regionSheet, cell, "%");
    if (path === "" || value === undefined) return;
    regionRows.set(path, cell.address);
    const { scope, key } = fieldPath(path);
    if (scope === "region" && key.trim() === "") {
      problem(regionSheet, row.getCell(1).address, cellMessage("import.cell.regionField", { found: path }));
      return;
    }
    if (scope === "plan") {
      const year = yearCell(value);
      if (year === undefined)
        problem(regionSheet, cell.address, cellMessage("import.cell.year", { found: String(value) }));
      else file.plan[key as "base_year"] = Number(year);
    } else if (path === "standard") file.standard = String(value);
    else if (path === "region.urban_district") {
      const b = typeof value === "boolean" ? value : BINDING_WORDS[String(value)];
      if (b === undefined)
        problem(regionSheet, cell.address, cellMessage("import.cell.boolean", { found: String(value) }));
      else file.region.urban_district = b;
    } else if (scope === "region")
      file.region[key] = path === "region.name" ? String(value) : regionValue(value); // a code keeps its cell's type, as the file's
    else if (path === "projects.margin") margin = value;
  });
  return { file, regionRows, margin };
}

/**
 * A row's baseline as a series by year, when it has a history: year columns before the base year,
 * or notes by year in the YAML column's `baseline`. The base-year cell is the series' last entry,
 * and a note on a year with no value is a problem. Undefined when the row has no history (its
 * baseline is then the base-year cell alone). Takes `baseline` out of `extra` when it is used.
 */
function baselineHistory(
  years: ReadonlyMap<number, Value>,
  baseCell: Value,
  base: number,
  extra: Raw,
  problem: (key: string, m: Message) => void,
): Map<number, unknown> | undefined {
  const extraBaseline = extra.baseline;
  // Notes on the years of the history (each an object); a whole series there is kept as written.
  const yearNotes =
    isObject(extraBaseline) &&
    Object.keys(extraBaseline).length > 0 &&
    Object.entries(extraBaseline).every(([k, v]) => YEAR_KEY.test(k) && isObject(v));
  // `baseline: {note: …}` is the base-year value's note, history or not.
  const baseNote =
    isObject(extraBaseline) &&
    Object.keys(extraBaseline).length > 0 &&
    Object.keys(extraBaseline).every((k) => k === "note" || k === "source");
  const history = [...years].filter(([y]) => y < base);
  if (history.length === 0 && !yearNotes) return undefined;
  if (extraBaseline !== undefined && !yearNotes && !baseNote)
    problem("extra", cellMessage("import.cell.field", { field: "baseline" }));
  delete extra.baseline;
  const notes = (yearNotes ? extraBaseline : baseNote ? { [String(base)]: extraBaseline } : {}) as Raw;
  const series = new Map<number, unknown>();
  const entries: Array<[number, Value]> = [
    ...history,
    ...(baseCell !== undefined ? [[base, baseCell] as [number, Value]] : []),
  ];
  for (const y of Object.keys(notes).map(Number)) if (!entries.some(([e]) => e === y)) entries.push([y, undefined]);
  for (const [y, v] of entries.sort((a, b) => a[0] - b[0])) {
    const note = notes[String(y)];
    if (isObject(note) && Object.keys(note).length > 0) {
      if (v === undefined)
        problem(
          y === base ? "baseline" : String(y),
          cellMessage("import.cell.noteWithoutValue", { field: `baseline ${y}` }),
        );
      else series.set(y, { value: v, ...note });
    } else if (v !== undefined) series.set(y, v);
  }
  return series;
}

/**
 * A row's observed values: the year columns after the base year, each with its note from the YAML
 * column's `actuals`, and the whole values written there (a year at or before the base year has no
 * column of its own). Takes `actuals` out of `extra`.
 */
function observedValues(
  years: ReadonlyMap<number, Value>,
  base: number,
  extra: Raw,
  problem: (key: string, m: Message) => void,
): Map<number, unknown> {
  const actualNotes = isObject(extra.actuals) ? (extra.actuals as Raw) : {};
  const observed = new Map<number, unknown>();
  for (const [y, v] of [...years].filter(([y]) => y > base).sort((a, b) => a[0] - b[0])) {
    const note = actualNotes[String(y)];
    if (note !== undefined && (!isObject(note) || "value" in note))
      problem("extra", cellMessage("import.cell.twice", { field: `actuals ${y}` }));
    observed.set(y, isObject(note) && Object.keys(note).length ? { value: v, ...note } : v);
    delete actualNotes[String(y)];
  }
  for (const [y, v] of Object.entries(actualNotes)) {
    if (!isObject(v) || "value" in v) observed.set(Number(y), v);
    else problem(y, cellMessage("import.cell.noteWithoutValue", { field: `actuals ${y}` }));
  }
  delete extra.actuals;
  return observed;
}

/** What the built-in edition gives this region is left to it: only the row's own values are written. */
function leaveToEdition(rows: Raw[], inherited: ReturnType<typeof inheritedRows>): void {
  for (const row of rows) {
    const from = inherited.get(String(row.id));
    if (!from) continue;
    for (const key of ["name", "unit", "binding"] as const) if (row[key] === from[key]) delete row[key];
    if (row.standard === from.standard) delete row.standard;
  }
}

/**
 * The field a loader error says a row lacks (`projects.items.investment` → `investment`): it stands
 * on no line of the YAML, so its cell is found by its column on the row, not by the line.
 */
function missingField(e: { code: string; message: Message }): string | undefined {
  if (e.code !== "missing-field") return undefined;
  const field = (e.message.data as { field?: unknown } | undefined)?.field;
  return typeof field === "string" ? field.split(".").at(-1) : undefined;
}

/** The fields of a row with a column of their own on the indicator sheet (as template.ts lays it out); any other came from the YAML column. */
const FIELDS_WITH_COLUMN: readonly string[] = [...ROW_FIELDS, ...HOW_FIELDS, "note"];

/** A loader error in the YAML import made → the cell it came from (the row, and the field's column). */
function locate(
  text: string,
  line: number,
  rowOf: Map<number, number>,
  regionRows: Map<string, string>,
  indicators: string,
  region: string,
  addressOf: (row: number, key: string) => string,
  what: string,
  missing?: string,
): CellError {
  const lines = text.split("\n").slice(0, line);
  let index = -1;
  let field = "";
  let top = "";
  let year = "";
  for (const l of lines) {
    const m = /^(\w+):/.exec(l);
    if (m) top = m[1]!;
    if (/^ {2}- /.test(l)) index++;
    const f = /^ {2}(?:- | {2})(\w+):/.exec(l);
    if (f) {
      field = f[1]!;
      year = "";
    }
    const y = /^ {6}"?(\d{4})"?:/.exec(l);
    if (y) year = y[1]!;
  }
  if (missing !== undefined) field = missing;
  const detail = { id: "error.importCell", data: { what } };
  if (top === "indicators" && index >= 0) {
    const row = rowOf.get(index)!;
    // A year of a series (actuals, or the baseline's history) came from that year's column.
    const yearKey =
      (field === "actuals" || field === "baseline") && year !== "" && addressOf(row, year) !== String(row)
        ? year
        : undefined;
    const key = yearKey ?? (FIELDS_WITH_COLUMN.includes(field) ? field : "extra");
    return { sheet: indicators, cell: addressOf(row, key), message: detail };
  }
  const path = top === "plan" || top === "region" ? `${top}.${/^ {2}(\w+):/.exec(lines.at(-1) ?? "")?.[1] ?? ""}` : top;
  return { sheet: region, cell: regionRows.get(path) ?? "-", message: detail };
}

/** A loader error inside `projects:` → the project's row and the field's column (a year's field in its year's column). */
function locateProject(
  text: string,
  line: number,
  read: ProjectSheetRead,
  sheet: string,
  regionRows: Map<string, string>,
  region: string,
  what: string,
  missing?: string,
): CellError | undefined {
  const lines = text.split("\n").slice(0, line);
  let top = "";
  let index = -1;
  let field = "";
  let year = "";
  let yearField = "";
  for (const l of lines) {
    const m = /^(\w+):/.exec(l);
    if (m) top = m[1]!;
    if (top !== "projects") continue;
    const block = /^ {2}(\w+):/.exec(l);
    if (block) field = block[1]!;
    if (/^ {4}- /.test(l)) {
      index++;
      year = "";
      yearField = "";
    }
    const f = /^ {4}(?:- | {2})(\w+):/.exec(l);
    if (f) {
      field = f[1]!;
      year = "";
    }
    const y = /^ {8}"?(\d{4})"?:/.exec(l);
    if (y) {
      year = y[1]!;
      yearField = "";
    }
    const g = /^ {10}(\w+):/.exec(l);
    if (g) yearField = g[1]!;
  }
  if (top !== "projects") return undefined;
  const detail = { id: "error.importCell", data: { what } };
  if (field === "margin") return { sheet: region, cell: regionRows.get("projects.margin") ?? "-", message: detail };
  if (index < 0 || field === "stated_total")
    return {
      sheet,
      cell: read.totalRow === undefined ? "-" : read.addressOf(read.totalRow, "investment"),
      message: detail,
    };
  const row = read.rowOf.get(index)!;
  const key = missing ?? (field === "progress" && year ? `${yearField || "invested"} ${year}` : field);
  return { sheet, cell: read.addressOf(row, key), message: detail };
}

/** A cell's sheet and row ("Indicators 15"), or its sheet alone for a problem with no cell. */
const rowKey = (e: CellError) => `${e.sheet ?? ""} ${/\d+$/.exec(e.cell ?? "")?.[0] ?? ""}`;
