/**
 * The fields of an indicator row that hold more than one cell's worth — superior targets and
 * reference values by year, the conditions its rule states, a signed review, notes and sources on
 * values and rules — each as a sheet of its own, one row per fact under the row's 序号. `template`
 * writes them from the file ({@link rowFacts}); `import` puts them back on the rows the indicator
 * sheet gave ({@link applyRowFacts}), each problem at its cell.
 */
import { wordTable } from "../words.js";
import type { Lang } from "../i18n/lang.js";
import { ref, type Message } from "../i18n/message.js";
import { LANGS } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { isObject, type Raw } from "./rawFile.js";
import { wordsOf, type Cell, type ListRead, type ListSheet, type Value } from "./listSheet.js";
import { YEAR_KEY } from "../model/year.js";
import { yearCell } from "./sheetReader.js";

const id = { key: "id", header: "sheet.header.id", width: 8 } as const;
const year = { key: "year", header: "sheet.header.year", width: 8 } as const;
const note = { key: "note", header: "sheet.header.note", width: 30 } as const;

export const SUPERIOR_SHEET: ListSheet<"id" | "year" | "target" | "note"> = {
  title: "sheet.superior",
  hint: "sheet.hint.superior",
  columns: [id, year, { key: "target", header: "sheet.header.target", width: 16 }, note],
};

export const REFERENCE_SHEET: ListSheet<"id" | "year" | "value"> = {
  title: "sheet.referenceValues",
  hint: "sheet.hint.referenceValues",
  columns: [id, year, { key: "value", header: "sheet.header.value", width: 14 }],
};

export const CLAUSE_SHEET: ListSheet<"id" | "condition" | "year" | "stated"> = {
  title: "sheet.clauses",
  hint: "sheet.hint.clauses",
  columns: [
    id,
    { key: "condition", header: "sheet.header.condition", width: 36 },
    year,
    { key: "stated", header: "sheet.header.stated", width: 12 },
  ],
};

export const REVIEW_SHEET: ListSheet<"id" | "verdict" | "by" | "date" | "year" | "note"> = {
  title: "sheet.reviews",
  hint: "sheet.hint.reviews",
  columns: [
    id,
    { key: "verdict", header: "sheet.header.verdict", width: 10 },
    { key: "by", header: "sheet.header.by", width: 14 },
    { key: "date", header: "sheet.header.date", width: 12, date: true },
    year,
    note,
  ],
};

export const NOTE_SHEET: ListSheet<"id" | "field" | "year" | "note" | "source"> = {
  title: "sheet.notes",
  hint: "sheet.hint.notes",
  columns: [
    id,
    { key: "field", header: "sheet.header.field", width: 14 },
    year,
    note,
    { key: "source", header: "sheet.header.source", width: 30 },
  ],
};

type NoteField = "baseline" | "actuals" | "standard" | "near_term" | "long_term";
const NOTE_HEADER: Record<NoteField, string> = {
  baseline: "baseline",
  actuals: "actual",
  standard: "standard",
  near_term: "nearTerm",
  long_term: "longTerm",
};
export const noteFieldWord = (lang: Lang, field: NoteField) => t(lang, `sheet.header.${NOTE_HEADER[field]}`, {});
const NOTE_WORDS = wordTable<NoteField>(
  Object.fromEntries(
    (Object.keys(NOTE_HEADER) as NoteField[]).flatMap((f) => [
      [f, f],
      ...LANGS.map((lang) => [noteFieldWord(lang, f), f]),
    ]),
  ),
);
const VERDICT_WORDS = wordsOf({ pass: "sheet.review.pass", fail: "sheet.review.fail" });

type Row<S> = S extends ListSheet<infer K> ? Partial<Record<K, Cell>> : never;
export interface RowFacts {
  superior: Array<Row<typeof SUPERIOR_SHEET>>;
  reference: Array<Row<typeof REFERENCE_SHEET>>;
  clauses: Array<Row<typeof CLAUSE_SHEET>>;
  reviews: Array<Row<typeof REVIEW_SHEET>>;
  notes: Array<Row<typeof NOTE_SHEET>>;
}

const isSeries = (v: unknown): v is Raw =>
  isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => YEAR_KEY.test(k));
const cell = (v: unknown): Cell =>
  v === undefined || v === null ? undefined : typeof v === "object" ? String(v) : (v as Cell);

/**
 * The rows' facts for the sheets. A baseline series reaching past the base year and a
 * region-dependent standard stay whole in the indicator sheet's YAML column (template.ts), notes included.
 */
export function rowFacts(rows: readonly Raw[], base: number, lang: Lang): RowFacts {
  const facts: RowFacts = { superior: [], reference: [], clauses: [], reviews: [], notes: [] };
  for (const row of rows) {
    const rowId = String(row.id);
    const noted = (field: NoteField, y: number | undefined, v: unknown) => {
      if (!isObject(v) || (v.note === undefined && v.source === undefined)) return;
      facts.notes.push({
        id: rowId,
        field: noteFieldWord(lang, field),
        year: y,
        note: cell(v.note),
        source: cell(v.source),
      });
    };
    if (isSeries(row.baseline)) {
      if (!Object.keys(row.baseline).some((y) => Number(y) > base))
        for (const [y, v] of Object.entries(row.baseline)) noted("baseline", Number(y), v);
    } else noted("baseline", base, row.baseline);
    if (isObject(row.actuals))
      for (const [y, v] of Object.entries(row.actuals)) if (Number(y) > base) noted("actuals", Number(y), v);
    if (!(isObject(row.standard) && "by_region" in row.standard)) noted("standard", undefined, row.standard);
    noted("near_term", undefined, row.near_term);
    noted("long_term", undefined, row.long_term);
    // A field written with nothing in it (`clauses: {}`) is a row of the 序号 alone.
    if (isObject(row.superior) && Object.keys(row.superior).length === 0) facts.superior.push({ id: rowId });
    if (isObject(row.reference_value) && Object.keys(row.reference_value).length === 0)
      facts.reference.push({ id: rowId });
    if (isObject(row.clauses) && Object.keys(row.clauses).length === 0) facts.clauses.push({ id: rowId });
    if (isObject(row.superior)) {
      for (const [y, v] of Object.entries(row.superior))
        facts.superior.push({
          id: rowId,
          year: Number(y),
          target: cell(isObject(v) ? v.rule : v),
          note: cell(isObject(v) ? v.note : undefined),
        });
    }
    if (isObject(row.reference_value))
      for (const [y, v] of Object.entries(row.reference_value))
        facts.reference.push({ id: rowId, year: Number(y), value: cell(v) });
    if (isObject(row.clauses)) {
      for (const [condition, v] of Object.entries(row.clauses)) {
        if (isObject(v))
          for (const [y, s] of Object.entries(v))
            facts.clauses.push({ id: rowId, condition, year: Number(y), stated: cell(s) });
        else facts.clauses.push({ id: rowId, condition, stated: cell(v) });
      }
    }
    if (isObject(row.review)) {
      const r = row.review;
      const verdict =
        r.verdict === "pass" || r.verdict === "fail" ? t(lang, `sheet.review.${r.verdict}`) : cell(r.verdict);
      const date = r.date instanceof Date ? r.date.toISOString().slice(0, 10) : cell(r.date);
      facts.reviews.push({ id: rowId, verdict, by: cell(r.by), date, year: cell(r.year), note: cell(r.note) });
    }
  }
  return facts;
}

export interface RowSheetReads {
  superior?: ListRead<"id" | "year" | "target" | "note">;
  reference?: ListRead<"id" | "year" | "value">;
  clauses?: ListRead<"id" | "condition" | "year" | "stated">;
  reviews?: ListRead<"id" | "verdict" | "by" | "date" | "year" | "note">;
  notes?: ListRead<"id" | "field" | "year" | "note" | "source">;
}

type Problem = (sheet: string, cell: string, m: Message) => void;

/** Where each fact came from: a row's field (and its year or condition) → the sheet and cell. */
export type FactCells = Map<string, { sheet: string; cell: string }>;
export const factKey = (id: string, field: string, sub = "") => `${id}\u0000${field}\u0000${sub}`;

/**
 * The sheets' facts onto the rows the indicator sheet gave (by 序号). A field a row already has from
 * the indicator sheet's YAML column is given twice: a problem, never a silent choice.
 */
export function applyRowFacts(reads: RowSheetReads, rows: readonly Raw[], base: number, problem: Problem): FactCells {
  const facts = new FactPlacer(rows, problem);
  if (reads.superior) placeSuperior(reads.superior, facts);
  if (reads.reference) placeReference(reads.reference, facts);
  if (reads.clauses) placeClauses(reads.clauses, facts);
  if (reads.reviews) placeReviews(reads.reviews, facts);
  if (reads.notes) placeNotes(reads.notes, base, facts);
  return facts.from;
}

/**
 * What the sheets share while their facts go onto the rows: the rows by 序号, the maps made here
 * (so that one the YAML column gave is told apart), and where each fact came from.
 */
class FactPlacer {
  readonly from: FactCells = new Map();
  /** The maps and reviews made here from the sheets' rows. */
  readonly ours = new Set<unknown>();
  private readonly byId: Map<string, Raw>;

  constructor(
    rows: readonly Raw[],
    readonly problem: Problem,
  ) {
    this.byId = new Map(rows.map((r) => [String(r.id), r]));
  }

  came(sheet: string, row: Raw, field: string, sub: string, cell: string): void {
    this.from.set(factKey(String(row.id), field, sub), { sheet, cell });
    if (!this.from.has(factKey(String(row.id), field))) this.from.set(factKey(String(row.id), field), { sheet, cell });
  }

  /** The row a sheet row names, or a problem. */
  rowOf(sheet: string, cells: Map<string, Value>, at: (k: never) => string): Raw | undefined {
    const rowId = cells.get("id");
    const where = (at as (k: string) => string)("id");
    if (rowId === undefined) return void this.problem(sheet, where, { id: "import.cell.id" });
    const row = this.byId.get(String(rowId));
    if (!row) this.problem(sheet, where, { id: "import.cell.unknownId", data: { id: String(rowId) } });
    return row;
  }

  yearOf(sheet: string, v: Value, where: string, required: boolean): string | undefined | false {
    if (v === undefined) {
      if (required) this.problem(sheet, where, { id: "import.cell.year", data: { found: "" } });
      return required ? false : undefined;
    }
    const year = yearCell(v);
    if (year === undefined) {
      this.problem(sheet, where, { id: "import.cell.year", data: { found: String(v) } });
      return false;
    }
    return year;
  }

  /** The row's map for `field`, made here; one made elsewhere is a problem. */
  mapOf(sheet: string, row: Raw, field: string, where: string): Raw | undefined {
    const existing = row[field];
    if (existing !== undefined && existing !== null && !this.ours.has(existing))
      return void this.problem(sheet, where, { id: "import.cell.twice", data: { field } });
    if (existing === undefined || existing === null) {
      // Keys are names typed in cells: no prototype, so constructor or __proto__ is a name like any other.
      const made: Raw = Object.create(null);
      this.ours.add(made);
      row[field] = made;
      return made;
    }
    return existing as Raw;
  }

  put(sheet: string, map: Raw, key: string, value: unknown, where: string, what: string): void {
    if (Object.hasOwn(map, key)) this.problem(sheet, where, { id: "import.cell.duplicateFact", data: { what } });
    else map[key] = value;
  }

  /** A row of the 序号 alone: the field, empty. */
  alone(sheet: string, cells: Map<string, Value>, at: (k: never) => string, field: string): boolean {
    if (cells.size !== 1 || !cells.has("id")) return false;
    const row = this.rowOf(sheet, cells, at);
    if (row) this.mapOf(sheet, row, field, (at as (k: string) => string)("id"));
    return true;
  }
}

function placeSuperior({ sheet, rows }: NonNullable<RowSheetReads["superior"]>, facts: FactPlacer): void {
  for (const { cells, at } of rows) {
    if (facts.alone(sheet, cells, at, "superior")) continue;
    const row = facts.rowOf(sheet, cells, at);
    const y = facts.yearOf(sheet, cells.get("year"), at("year"), true);
    const target = cells.get("target");
    if (!row || !y) continue;
    if (target === undefined) {
      facts.problem(sheet, at("target"), { id: "import.cell.needs", data: { field: ref("sheet.header.target") } });
      continue;
    }
    const map = facts.mapOf(sheet, row, "superior", at("id"));
    const n = cells.get("note");
    if (map)
      facts.put(
        sheet,
        map,
        y,
        n === undefined ? target : { rule: target, note: String(n) },
        at("year"),
        `${String(row.id)} ${y}`,
      );
    facts.came(sheet, row, "superior", y, at("target"));
  }
}

function placeReference({ sheet, rows }: NonNullable<RowSheetReads["reference"]>, facts: FactPlacer): void {
  for (const { cells, at } of rows) {
    if (facts.alone(sheet, cells, at, "reference_value")) continue;
    const row = facts.rowOf(sheet, cells, at);
    const y = facts.yearOf(sheet, cells.get("year"), at("year"), true);
    const value = cells.get("value");
    if (!row || !y) continue;
    if (value === undefined) {
      facts.problem(sheet, at("value"), { id: "import.cell.needs", data: { field: ref("sheet.header.value") } });
      continue;
    }
    const map = facts.mapOf(sheet, row, "reference_value", at("id"));
    // A number typed as text is the number; anything else the loader names at this cell.
    const n = typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
    if (map) facts.put(sheet, map, y, n, at("year"), `${String(row.id)} ${y}`);
    facts.came(sheet, row, "reference_value", y, at("value"));
  }
}

function placeClauses({ sheet, rows }: NonNullable<RowSheetReads["clauses"]>, facts: FactPlacer): void {
  for (const { cells, at } of rows) {
    if (facts.alone(sheet, cells, at, "clauses")) continue;
    const row = facts.rowOf(sheet, cells, at);
    const condition = cells.get("condition");
    const stated = cells.get("stated");
    const y = facts.yearOf(sheet, cells.get("year"), at("year"), false);
    if (!row || y === false) continue;
    if (condition === undefined || stated === undefined) {
      facts.problem(sheet, at(condition === undefined ? "condition" : "stated"), {
        id: "import.cell.needs",
        data: { field: ref(condition === undefined ? "sheet.header.condition" : "sheet.header.stated") },
      });
      continue;
    }
    const map = facts.mapOf(sheet, row, "clauses", at("id"));
    if (!map) continue;
    const name = String(condition);
    const what = `${String(row.id)} ${name}${y ? ` ${y}` : ""}`;
    facts.came(sheet, row, "clauses", name, at("condition"));
    if (y === undefined) facts.put(sheet, map, name, String(stated), at("condition"), what);
    else if (typeof map[name] === "string")
      facts.problem(sheet, at("year"), { id: "import.cell.duplicateFact", data: { what } });
    else facts.put(sheet, (map[name] ??= Object.create(null)) as Raw, y, String(stated), at("year"), what);
  }
}

function placeReviews({ sheet, rows }: NonNullable<RowSheetReads["reviews"]>, facts: FactPlacer): void {
  for (const { cells, at } of rows) {
    const row = facts.rowOf(sheet, cells, at);
    const y = facts.yearOf(sheet, cells.get("year"), at("year"), false);
    if (!row || y === false) continue;
    const word = cells.get("verdict");
    const verdict = word === undefined ? undefined : VERDICT_WORDS[String(word).trim()];
    if (verdict === undefined) {
      facts.problem(sheet, at("verdict"), {
        id: "import.cell.reviewVerdict",
        data: { found: word === undefined ? "" : String(word) },
      });
      continue;
    }
    if (row.review !== undefined && row.review !== null) {
      facts.problem(sheet, at("id"), {
        id: facts.ours.has(row.review) ? "import.cell.duplicateFact" : "import.cell.twice",
        data: { what: `${String(row.id)} review`, field: "review" },
      });
      continue;
    }
    const text = (k: "by" | "date" | "note") => (cells.has(k) ? { [k]: String(cells.get(k)) } : {});
    const review = {
      verdict,
      ...(cells.has("by") ? { by: String(cells.get("by")) } : {}),
      ...text("date"),
      ...(y ? { year: Number(y) } : {}),
      ...text("note"),
    };
    facts.ours.add(review);
    row.review = review;
    facts.came(sheet, row, "review", "", at("verdict"));
  }
}

/** One row of the notes sheet, read: the note and source it gives, and how a problem names it. */
interface NoteRow {
  sheet: string;
  at: (k: "id" | "field" | "year" | "note" | "source") => string;
  row: Raw;
  extra: { note?: string; source?: string };
  label: string;
}

function placeNotes({ sheet, rows }: NonNullable<RowSheetReads["notes"]>, base: number, facts: FactPlacer): void {
  for (const { cells, at } of rows) {
    const row = facts.rowOf(sheet, cells, at);
    const y = facts.yearOf(sheet, cells.get("year"), at("year"), false);
    if (!row || y === false) continue;
    const word = cells.get("field");
    const field = word === undefined ? undefined : NOTE_WORDS[String(word).trim()];
    if (field === undefined) {
      facts.problem(sheet, at("field"), {
        id: "import.cell.noteField",
        data: { found: word === undefined ? "" : String(word) },
      });
      continue;
    }
    const extra = {
      ...(cells.has("note") ? { note: String(cells.get("note")) } : {}),
      ...(cells.has("source") ? { source: String(cells.get("source")) } : {}),
    };
    if (Object.keys(extra).length === 0) continue;
    const note: NoteRow = { sheet, at, row, extra, label: `${String(row.id)} ${String(word)}${y ? ` ${y}` : ""}` };
    if (field === "standard" || field === "near_term" || field === "long_term") noteOnRule(note, field, facts);
    else noteOnValue(note, field, y, base, facts);
  }
}

/** A note on a rule: the rule written `{ rule, note }`. A rule has no source. */
function noteOnRule(
  { sheet, at, row, extra, label }: NoteRow,
  field: "standard" | "near_term" | "long_term",
  facts: FactPlacer,
): void {
  const rule = row[field];
  if ("source" in extra) facts.problem(sheet, at("source"), { id: "import.cell.ruleSource" });
  else if (rule === undefined || rule === null)
    facts.problem(sheet, at("field"), { id: "import.cell.noteWithoutValue", data: { field: label } });
  else if (isObject(rule) && "note" in rule)
    facts.problem(sheet, at("note"), { id: "import.cell.twice", data: { field: label } });
  else row[field] = isObject(rule) ? { ...rule, ...extra } : { rule, ...extra };
}

/** A note on one year's value: the value written `{ value, note, source }`; the baseline's year defaults to the base year. */
function noteOnValue(
  { sheet, at, row, extra, label }: NoteRow,
  field: "baseline" | "actuals",
  y: string | undefined,
  base: number,
  facts: FactPlacer,
): void {
  const key = y === undefined ? (field === "baseline" ? String(base) : undefined) : y;
  if (key === undefined) {
    facts.problem(sheet, at("year"), { id: "import.cell.year", data: { found: "" } });
    return;
  }
  const held = row[field];
  const noteOn = (v: unknown): unknown => {
    if (v === undefined || v === null) {
      facts.problem(sheet, at("year"), { id: "import.cell.noteWithoutValue", data: { field: label } });
      return v;
    }
    if (isObject(v)) {
      facts.problem(sheet, at("note"), { id: "import.cell.twice", data: { field: label } });
      return v;
    }
    return { value: v, ...extra };
  };
  if (held instanceof Map) held.set(Number(key), noteOn(held.get(Number(key))));
  else if (isSeries(held)) held[key] = noteOn(held[key]);
  else if (field === "baseline" && key === String(base)) row.baseline = noteOn(held);
  else noteOn(undefined);
}
