/**
 * Writes observed values into an indicator file's text, in place: each edit touches only the
 * characters of the value it sets (or adds one line or one flow entry), so every comment, the
 * order of keys and the formatting of untouched lines survive byte for byte. Edits are placed by
 * the real extent of what they follow: a block collection's range ends at the start of the line
 * after it, a flow collection's at its closing bracket.
 */
import type { Message } from "../i18n/message.js";
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
  visit,
} from "yaml";
import type { Location } from "../load/errors.js";
import { normalizeValue } from "../model/value.js";
import { didYouMean } from "../load/didYouMean.js";

export interface Entry {
  id: string;
  value: string;
  /** This value's own note (a table's note column), before options.note. */
  note?: string;
}

/** What record did per value; `note` is the note written with it, if any. */
export type Change =
  | { id: string; kind: "added"; value: string; note?: string }
  | { id: string; kind: "unchanged"; value: string }
  | { id: string; kind: "changed"; old: string; value: string; note?: string };

/** Where in the indicator file a problem stands (1-based), for its file:line:column. */
export type Place = Omit<Location, "file">;

export type RecordProblem =
  | { kind: "unknown-id"; id: string; suggestion?: string }
  | { kind: "unreadable-value"; id: string; value: string }
  | { kind: "conflict"; id: string; old: string; value: string; at?: Place }
  /** The same value with another note. */
  | { kind: "note-conflict"; id: string; value: string; old: string; note: string; at?: Place }
  | { kind: "unsupported"; id: string; what: string; at?: Place }
  /** What recording would read or change is written once and used in several places (PyYAML writes shared objects so). */
  | { kind: "shared"; id: string; what: string; mark: string; at?: Place }
  | { kind: "project-shared"; id: string; what: string; mark: string; at?: Place }
  | { kind: "twice"; id: string; value: string; other: string }
  | { kind: "fraction"; id: string; value: number; percent: number; rule: string }
  | { kind: "pastWhole"; id: string; value: number; whole: number; unit: string; rule: string }
  | { kind: "invalid-file" }
  | { kind: "not-placed"; written: string; other: string }
  | { kind: "not-kept"; written: string; what: string }
  | { kind: "broke-file"; written: string }
  /** What was recorded is refused by the file's own rules, at `line` of the file as it would be written. */
  | { kind: "refused"; written: string; line: number; reason: Message }
  // record --project
  | { kind: "unknown-project"; id: string }
  | { kind: "project-invested"; id: string; value: string }
  | { kind: "project-status"; id: string; value: string; expected: string }
  | { kind: "project-conflict"; id: string; field: string; old: string; value: string; at?: Place }
  | { kind: "project-not-placed"; written: string; other: string };

export type RecordResult = { ok: true; text: string; changes: Change[] } | { ok: false; problems: RecordProblem[] };

export interface RecordOptions {
  year: number;
  note?: string;
  /** Replace values that differ from what the file has. */
  force: boolean;
  /** Ids a row may be added for (the file's edition's ids), beyond the rows it has. */
  editionIds?: readonly string[];
  /** Each row's unit, by id: "15%" is a value only for a row of % (or of no unit). */
  units?: ReadonlyMap<string, string>;
  /**
   * The text parsed to find where to edit, when not the text itself: the same text with the rows
   * not recorded into blanked (see rowsRecordedInto), so that its offsets and lines are the text's.
   */
  parseText?: string;
}

/** The indicator file, with the line and column of what a problem is about where it has one. */
export const placeIn = (file: string, p: RecordProblem): string =>
  "at" in p && p.at ? `${file}:${p.at.line}:${p.at.column}` : file;

/** `{ at }`, where a node starts (the place a problem with what it holds is reported at), or nothing where it has no place. */
export function placed(lines: LineCounter, node: unknown): { at?: Place } {
  const offset = (node as Node | null | undefined)?.range?.[0];
  if (offset === undefined) return {};
  const { line, col } = lines.linePos(offset);
  return { at: { line, column: col } };
}

/**
 * The first node shared with another place among what recording reads or writes in a row or a
 * project: its keys, and the keys and values of `fields` (a row's actuals and baseline, a
 * project's progress), deep. An alias (`*id001`, as PyYAML writes an object used twice) stands
 * for a value written elsewhere, and an anchor (`&id001`) that an alias uses is that value:
 * writing there, or beside it, would change (or hide) the other places too.
 */
export function sharedIn(
  map: YAMLMap,
  fields: readonly string[],
  aliases: ReadonlySet<string>,
): { what: string; mark: string; node: Node } | undefined {
  const mark = (n: Node): string | undefined =>
    isAlias(n) ? `*${n.source}` : n.anchor !== undefined && aliases.has(n.anchor) ? `&${n.anchor}` : undefined;
  /** The first shared node in `node`, itself included. */
  const look = (node: Node | null | undefined): { mark: string; node: Node } | undefined => {
    if (!node) return undefined;
    let found: { mark: string; node: Node } | undefined;
    visit(node, {
      Node(_, n) {
        const m = mark(n);
        if (m === undefined) return undefined;
        found = { mark: m, node: n };
        return visit.BREAK;
      },
    });
    return found;
  };
  for (const pair of map.items as Array<Pair<Node, Node | null>>) {
    const key = look(pair.key);
    if (key) return { what: "key", ...key };
    const field = isScalar(pair.key) ? String(pair.key.value) : "";
    const value = fields.includes(field) ? look(pair.value) : undefined;
    if (value) return { what: field, ...value };
  }
  return undefined;
}

/** The names the aliases of a document use. */
export function aliasNames(doc: import("yaml").Document): Set<string> {
  const names = new Set<string>();
  visit(doc, {
    Alias(_, alias) {
      names.add(alias.source);
    },
  });
  return names;
}

/** A value as YAML: numbers as they are in the row's unit (50% is 0.5 on a row without one), anything else quoted only where YAML needs it. */
function scalar(value: string, unit: string | undefined): string {
  const v = normalizeValue(value, unit);
  if (v.kind === "number") return String(v.n);
  return /^[\p{L}\p{N}][\p{L}\p{N}.%·（）()\-\s]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

/** What people may record: a number in the row's unit, or text the loader reads (已建立, 无黑臭水体, 不涉及…). */
function readable(value: string, unit: string | undefined): boolean {
  return normalizeValue(value, unit).kind !== "text" && value.trim() !== "";
}

const sameValue = (a: string, b: string, unit: string | undefined) =>
  JSON.stringify(normalizeValue(a, unit)) === JSON.stringify(normalizeValue(b, unit));

const yaml = (value: string, unit: string | undefined, note?: string) =>
  note === undefined ? scalar(value, unit) : `{value: ${scalar(value, unit)}, note: ${JSON.stringify(note)}}`;

/** A row's baseline value for `year` when that is the base year: a single value, or the series' entry. */
function baselineValue(row: YAMLMap, year: string, baseYear: string): string | undefined {
  const baseline = row.get("baseline", true) as Node | undefined;
  const valueText = (node: Node | undefined | null) =>
    node === undefined || node === null
      ? undefined
      : isMap(node)
        ? String(node.get("value") ?? "")
        : isScalar(node) && node.value !== null
          ? String(node.value)
          : undefined;
  if (isMap(baseline) && !baseline.has("value"))
    return valueText(
      baseline.items.find((p) => isScalar(p.key) && String(p.key.value) === year)?.value as Node | undefined,
    );
  return year === baseYear ? valueText(baseline) : undefined;
}

const lineEnd = (text: string, offset: number) => {
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i + 1;
};

const column = (text: string, offset: number) => offset - (text.lastIndexOf("\n", offset - 1) + 1);

/** The column a block mapping's pair starts at: its key's, or that of the `?` before an explicit key (`? 2022`). */
function pairColumn(text: string, pair: Pair<Node, Node | null>): number {
  const key = pair.key.range![0];
  let at = key;
  while (at > 0 && (text[at - 1] === " " || text[at - 1] === "\t")) at--;
  return text[at - 1] === "?" ? column(text, at - 1) : column(text, key);
}

/**
 * Where a line after `end` starts: `end` itself when it already stands at a line's start (a block
 * collection or block scalar ends there, past its last line), else the start of the next line
 * (past a comment on the same line).
 */
function lineAfter(text: string, end: number): number {
  let at = end;
  while (at > 0 && (text[at - 1] === " " || text[at - 1] === "\t")) at--;
  return at === 0 || text[at - 1] === "\n" ? at : lineEnd(text, at);
}

/** Back over the line breaks and blanks a block node's range ends with. */
function contentEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** Just past the `:` that follows a pair's key. */
const afterColon = (text: string, pair: Pair<Node, Node | null>) => text.indexOf(":", pair.key.range![1]) + 1;

/**
 * Where an entry goes after a flow collection's last item ending at `end`, and what separates
 * it: after a trailing comma if there is one (`{a: 1, }`), else after the item with a comma.
 */
function flowAppend(text: string, end: number): { at: number; separator: string } {
  for (let i = end; i < text.length; i++) {
    const c = text[i]!;
    if (c === "#") i = lineEnd(text, i) - 1;
    else if (c === ",") return { at: i + 1, separator: " " };
    else if (!/\s/.test(c)) break;
  }
  return { at: end, separator: ", " };
}

/** A null value (`~`, `null`, or nothing after the colon) replaced by `value`. */
export function fillNull(text: string, pair: Pair<Node, Node | null>, value: string): Edit {
  const node = pair.value;
  const [start, end] = node?.range ?? [0, 0];
  if (node && text.slice(start, end).trim() !== "") return { at: start, end, insert: value };
  const colon = afterColon(text, pair);
  return { at: colon, end: colon, insert: ` ${value}` };
}

/** A value replaced whole: a block one (on the lines below its key) from the key's colon on. */
export function replaceValue(text: string, pair: Pair<Node, Node | null>, value: string): Edit {
  const node = pair.value!;
  const block = isCollection(node) && !node.flow;
  const at = block ? afterColon(text, pair) : node.range![0];
  return { at, end: contentEnd(text, node.range![1]), insert: block ? ` ${value}` : value };
}

interface NewRow {
  id: string;
  actuals: string;
}

export interface Edit {
  at: number;
  end: number;
  insert: string;
}

/** The entries by id: one value each; the same id with two different values is a problem. */
function distinct(
  entries: readonly Entry[],
  problems: RecordProblem[],
  units: ReadonlyMap<string, string> | undefined,
): Entry[] {
  const byId = new Map<string, Entry>();
  for (const entry of entries) {
    const first = byId.get(entry.id);
    if (!first) byId.set(entry.id, entry);
    else if (
      !sameValue(first.value, entry.value, units?.get(entry.id)) &&
      !problems.some((p) => p.kind === "twice" && p.id === entry.id)
    ) {
      problems.push({ kind: "twice", id: entry.id, value: first.value, other: entry.value });
    }
  }
  return [...byId.values()];
}

export function recordValues(text: string, entries: readonly Entry[], options: RecordOptions): RecordResult {
  const lines = new LineCounter();
  const doc = parseDocument(options.parseText ?? text, {
    keepSourceTokens: true,
    lineCounter: lines,
    uniqueKeys: false,
  });
  const rows = doc.get("indicators", true);
  const problems: RecordProblem[] = [];
  const edits: Edit[] = [];
  const changes: Change[] = [];
  const newRows: NewRow[] = [];
  if (!isSeq(rows)) return { ok: false, problems: [{ kind: "unsupported", id: "", what: "indicators" }] };
  const year = String(options.year);
  // Each row by its id (the first, as a search would find it): looked up once an entry, not searched for.
  const byId = new Map<string, YAMLMap>();
  const aliases = aliasNames(doc);
  for (const r of rows.items) if (isMap(r) && !byId.has(String(r.get("id")))) byId.set(String(r.get("id")), r);
  for (const { id, value: v, note: own } of distinct(entries, problems, options.units)) {
    const note = own ?? options.note;
    const unit = options.units?.get(id);
    const value = (text: string) => yaml(text, unit, note);
    if (!readable(v, unit)) {
      problems.push({ kind: "unreadable-value", id, value: v });
      continue;
    }
    const row = byId.get(id);
    if (!row) {
      if (options.editionIds?.includes(id)) {
        newRows.push({ id: JSON.stringify(id), actuals: `{${year}: ${value(v)}}` });
        changes.push({ id, kind: "added", value: v, ...(note !== undefined ? { note } : {}) });
      } else {
        // A typo (1.5 for 15, r6 for R6): the closest id of the file or its edition, if one is close.
        const suggestion = didYouMean(id, [...byId.keys(), ...(options.editionIds ?? [])]);
        problems.push({ kind: "unknown-id", id, ...(suggestion !== undefined ? { suggestion } : {}) });
      }
      continue;
    }
    const shared = sharedIn(row, ["actuals", "baseline"], aliases);
    if (shared) {
      problems.push({ kind: "shared", id, what: shared.what, mark: shared.mark, ...placed(lines, shared.node) });
      continue;
    }
    const pairs = row.items as Array<Pair<Node, Node | null>>;
    const actualsPair = pairs.find((p) => isScalar(p.key) && p.key.value === "actuals");
    const actuals = actualsPair?.value ?? undefined;
    if (actualsPair && (!actuals || (isScalar(actuals) && actuals.value === null))) {
      // `actuals:` left blank, `actuals: ~`: the map takes the null's place.
      edits.push(fillNull(text, actualsPair, `{${year}: ${value(v)}}`));
      changes.push({ id, kind: "added", value: v, ...(note !== undefined ? { note } : {}) });
      continue;
    }
    if (actuals !== undefined && !isMap(actuals)) {
      problems.push({ kind: "unsupported", id, what: "actuals", ...placed(lines, actuals) });
      continue;
    }
    const existing = actuals?.items.find((p) => isScalar(p.key) && String(p.key.value) === year) as
      | Pair<Node, Node | null>
      | undefined;
    const held =
      existing?.value && !(isScalar(existing.value) && existing.value.value === null) ? existing.value : undefined;
    // The base year's value may stand as the baseline: recording another is a change, not an addition.
    const base = held ? undefined : baselineValue(row, year, String(doc.getIn(["plan", "base_year"])));
    const old = held
      ? isMap(held)
        ? String(held.get("value"))
        : String((held as { value?: unknown }).value ?? "")
      : base;
    // Recording again what the file holds (the same table imported twice) changes nothing; a note
    // counts as the same when the value already carries it.
    const oldNote = held && isMap(held) ? held.get("note") : undefined;
    if (old !== undefined) {
      if (sameValue(old, v, unit) && (note === undefined || note === oldNote)) {
        changes.push({ id, kind: "unchanged", value: v });
        continue;
      }
      if (!options.force) {
        // At the value the file holds: the year's, or the baseline standing for the base year.
        const at = placed(lines, held ?? row.get("baseline", true));
        problems.push(
          sameValue(old, v, unit)
            ? { kind: "note-conflict", id, value: v, old: String(oldNote ?? ""), note: note!, ...at }
            : { kind: "conflict", id, old, value: v, ...at },
        );
        continue;
      }
    }
    // A replaced value keeps its note (its source) unless a new one is given.
    const written = held ? (note ?? (typeof oldNote === "string" ? oldNote : undefined)) : note;
    if (held) edits.push(replaceValue(text, existing!, yaml(v, unit, written)));
    else if (existing) edits.push(fillNull(text, existing, value(v)));
    else
      edits.push(
        actuals ? addToMap(text, actuals, year, value(v)) : addField(text, row, "actuals", `{${year}: ${value(v)}}`),
      );
    const withNote = written !== undefined ? { note: written } : {};
    changes.push(
      old === undefined
        ? { id, kind: "added", value: v, ...withNote }
        : { id, kind: "changed", old, value: v, ...withNote },
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  if (newRows.length > 0) edits.push(appendRows(text, rows, newRows));
  return { ok: true, text: applyEdits(text, edits), changes };
}

/**
 * The edits applied to the text, each at its offsets in the text as given; of two edits at one
 * place, the one made later goes after (a row's new line, then the rows appended after it).
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  // New lines end as the file's lines do (CRLF from Windows editors stays CRLF).
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  // In the text's order, one pass: the pieces between edits and what each puts in (edits at one
  // place in the order given). Splicing the text once an edit copied it whole each time: 10,000
  // values took a minute.
  const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at || a.end - b.end || a.i - b.i);
  const pieces: string[] = [];
  let from = 0;
  for (const e of order) {
    pieces.push(text.slice(from, e.at), e.insert.replaceAll("\n", eol));
    from = Math.max(from, e.end);
  }
  pieces.push(text.slice(from));
  return pieces.join("");
}

/** A year added to an existing `actuals` map, in year order, in the map's own style. */
export function addToMap(text: string, map: YAMLMap, year: string, value: string): Edit {
  const pairs = map.items as Array<Pair<Node, Node | null>>;
  const later = pairs.find((p) => Number((p.key as { value?: unknown }).value) > Number(year));
  if (map.flow) {
    if (pairs.length === 0) {
      const open = text.indexOf("{", map.range![0]);
      return { at: open + 1, end: open + 1, insert: `${year}: ${value}` };
    }
    if (later) return { at: later.key.range![0], end: later.key.range![0], insert: `${year}: ${value}, ` };
    const last = pairs.at(-1)!;
    const { at, separator } = flowAppend(text, (last.value ?? last.key).range![1]);
    return { at, end: at, insert: `${separator}${year}: ${value}` };
  }
  const indent = " ".repeat(pairColumn(text, pairs[0]!));
  if (later) {
    const at = later.key.range![0] - column(text, later.key.range![0]);
    return { at, end: at, insert: `${indent}${year}: ${value}\n` };
  }
  const last = pairs.at(-1)!;
  return lineAdded(text, lineAfter(text, (last.value ?? last.key).range![1]), `${indent}${year}: ${value}`);
}

/** A whole line added at `at`, which stands at a line's start or at the end of a last line without a break. */
const lineAdded = (text: string, at: number, line: string): Edit => ({
  at,
  end: at,
  insert: `${at === 0 || text[at - 1] === "\n" ? "" : "\n"}${line}\n`,
});

/** `key: {Y: v}` added to a map that has none (`actuals` to a row, `progress` to a project), after its last field. */
export function addField(text: string, row: YAMLMap, key: string, flowValue: string): Edit {
  const pairs = row.items as Array<Pair<Node, Node | null>>;
  const last = pairs.at(-1)!;
  const end = (last.value ?? last.key).range![1];
  if (row.flow) {
    const { at, separator } = flowAppend(text, end);
    return { at, end: at, insert: `${separator}${key}: ${flowValue}` };
  }
  const indent = " ".repeat(pairColumn(text, pairs[0]!));
  return lineAdded(text, lineAfter(text, end), `${indent}${key}: ${flowValue}`);
}

/** Rows the file lacks but its edition has, appended to the list in its own style. */
function appendRows(text: string, rows: YAMLSeq, newRows: readonly NewRow[]): Edit {
  const last = rows.items.at(-1) as Node | undefined;
  const flowRows = newRows.map((r) => `{id: ${r.id}, actuals: ${r.actuals}}`);
  if (rows.flow) {
    if (!last) {
      const open = text.indexOf("[", rows.range![0]) + 1;
      return { at: open, end: open, insert: flowRows.join(", ") };
    }
    const { at, separator } = flowAppend(text, last.range![1]);
    return { at, end: at, insert: `${separator}${flowRows.join(", ")}` };
  }
  // Each new row at the column of the last row's dash, its keys two further in.
  const dash = " ".repeat(column(text, text.lastIndexOf("-", last!.range![0])));
  const lines = newRows.map((r) => `${dash}- id: ${r.id}\n${dash}  actuals: ${r.actuals}`);
  return lineAdded(text, lineAfter(text, contentEnd(text, last!.range![1])), lines.join("\n"));
}
