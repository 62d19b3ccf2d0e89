/**
 * Writes observed values into an indicator file's text, in place: each edit touches only the
 * characters of the value it sets (or adds one line or one flow entry), so every comment, the
 * order of keys and the formatting of untouched lines survive byte for byte.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from "yaml";
import { normalizeValue } from "../model/value.js";

export interface Entry {
  id: string;
  value: string;
  /** This value's own note (a table's note column), before options.note. */
  note?: string;
}

export type Change =
  | { id: string; kind: "added"; value: string }
  | { id: string; kind: "unchanged"; value: string }
  | { id: string; kind: "changed"; old: string; value: string };

export type RecordProblem =
  | { kind: "unknown-id"; id: string }
  | { kind: "unreadable-value"; id: string; value: string }
  | { kind: "conflict"; id: string; old: string; value: string }
  | { kind: "unsupported"; id: string; what: string };

export type RecordResult = { ok: true; text: string; changes: Change[] } | { ok: false; problems: RecordProblem[] };

export interface RecordOptions {
  year: number;
  note?: string;
  /** Replace values that differ from what the file has. */
  force: boolean;
  /** Ids a row may be added for (the file's edition's ids), beyond the rows it has. */
  editionIds?: readonly string[];
}

/** A value as YAML: numbers as they are, anything else quoted only where YAML needs it. */
function scalar(value: string): string {
  const v = normalizeValue(value);
  if (v.kind === "number") return String(v.n);
  return /^[\p{L}\p{N}][\p{L}\p{N}.%·（）()\-\s]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) ? value : JSON.stringify(value);
}

/** What people may record: a number, or text the loader reads (已建立, 无黑臭水体, 不涉及…). */
export function readable(value: string): boolean {
  return normalizeValue(value).kind !== "text" && value.trim() !== "";
}

const yaml = (value: string, note?: string) => (note === undefined ? scalar(value) : `{value: ${scalar(value)}, note: ${JSON.stringify(note)}}`);

/** A row's baseline value for `year` when that is the base year: a single value, or the series' entry. */
function baselineValue(row: YAMLMap, year: string, baseYear: string): string | undefined {
  const baseline = row.get("baseline", true) as Node | undefined;
  const valueOf = (node: Node | undefined | null) =>
    node === undefined || node === null ? undefined : isMap(node) ? String(node.get("value") ?? "") : isScalar(node) && node.value !== null ? String(node.value) : undefined;
  if (isMap(baseline) && !baseline.has("value")) return valueOf(baseline.items.find((p) => isScalar(p.key) && String(p.key.value) === year)?.value as Node | undefined);
  return year === baseYear ? valueOf(baseline) : undefined;
}

const lineEnd = (text: string, offset: number) => {
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i + 1;
};

const column = (text: string, offset: number) => offset - (text.lastIndexOf("\n", offset - 1) + 1);

interface Edit {
  at: number;
  end: number;
  insert: string;
  /** A new row: after any edit of the last row at the same place (the file's end). */
  appended?: true;
}

export function recordValues(text: string, entries: readonly Entry[], options: RecordOptions): RecordResult {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const rows = doc.get("indicators", true);
  const problems: RecordProblem[] = [];
  const edits: Edit[] = [];
  const changes: Change[] = [];
  const newRows: string[] = [];
  if (!isSeq(rows)) return { ok: false, problems: [{ kind: "unsupported", id: "", what: "indicators" }] };
  const year = String(options.year);

  for (const { id, value, note: own } of entries) {
    const note = own ?? options.note;
    if (!readable(value)) {
      problems.push({ kind: "unreadable-value", id, value });
      continue;
    }
    const row = rows.items.find((r): r is YAMLMap => isMap(r) && String(r.get("id")) === id);
    if (!row) {
      if (options.editionIds?.includes(id)) {
        newRows.push(id);
        edits.push(...appendRow(text, rows.items.at(-1) as Node | undefined, id, `{${year}: ${yaml(value, note)}}`));
        changes.push({ id, kind: "added", value });
      } else problems.push({ kind: "unknown-id", id });
      continue;
    }
    const actuals = row.get("actuals", true);
    if (isScalar(actuals) && actuals.value === null) {
      // `actuals:` left blank: the map goes right after the colon.
      const keyEnd = (row.items as Array<Pair<Node, Node>>).find((p) => isScalar(p.key) && p.key.value === "actuals")!.key.range![1];
      const colon = text.indexOf(":", keyEnd) + 1;
      edits.push({ at: colon, end: colon, insert: ` {${year}: ${yaml(value, note)}}` });
      changes.push({ id, kind: "added", value });
      continue;
    }
    if (actuals !== undefined && !isMap(actuals)) {
      problems.push({ kind: "unsupported", id, what: "actuals" });
      continue;
    }
    const existing = actuals?.items.find((p) => isScalar(p.key) && String(p.key.value) === year) as Pair<Node, Node> | undefined;
    // The base year's value may stand as the baseline: recording another is a change, not an addition.
    const base = existing?.value ? undefined : baselineValue(row, year, String(doc.getIn(["plan", "base_year"])));
    if (base !== undefined) {
      const same = JSON.stringify(normalizeValue(base)) === JSON.stringify(normalizeValue(value)) && note === undefined;
      if (same) {
        changes.push({ id, kind: "unchanged", value });
        continue;
      }
      if (!options.force) {
        problems.push({ kind: "conflict", id, old: base, value });
        continue;
      }
    }
    if (existing?.value) {
      const oldValue = existing.value;
      const old = isMap(oldValue) ? String(oldValue.get("value")) : String((oldValue as { value?: unknown }).value ?? "");
      const same = JSON.stringify(normalizeValue(old)) === JSON.stringify(normalizeValue(value)) && note === undefined;
      if (same) {
        changes.push({ id, kind: "unchanged", value });
        continue;
      }
      if (!options.force) {
        problems.push({ kind: "conflict", id, old, value });
        continue;
      }
      const [start, end] = oldValue.range!;
      edits.push({ at: start, end, insert: yaml(value, note) });
      changes.push({ id, kind: "changed", old, value });
      continue;
    }
    edits.push(actuals ? addToMap(text, actuals, year, yaml(value, note)) : addActuals(text, row, `{${year}: ${yaml(value, note)}}`));
    changes.push(base === undefined ? { id, kind: "added", value } : { id, kind: "changed", old: base, value });
  }
  if (problems.length > 0) return { ok: false, problems };
  // Apply from the end, so earlier offsets stay valid.
  let out = text;
  // New lines end as the file's lines do (CRLF from Windows editors stays CRLF).
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  for (const e of edits.sort((a, b) => b.at - a.at || b.end - a.end || Number(!!b.appended) - Number(!!a.appended))) out = out.slice(0, e.at) + e.insert.replaceAll("\n", eol) + out.slice(e.end);
  return { ok: true, text: out, changes };
}

/** A year added to an existing `actuals` map, in year order, in the map's own style. */
function addToMap(text: string, map: YAMLMap, year: string, value: string): Edit {
  const pairs = map.items as Array<Pair<Node, Node>>;
  const later = pairs.find((p) => Number((p.key as { value?: unknown }).value) > Number(year));
  if (map.flow) {
    if (pairs.length === 0) {
      const open = text.indexOf("{", map.range![0]);
      return { at: open + 1, end: open + 1, insert: `${year}: ${value}` };
    }
    if (later) return { at: later.key.range![0], end: later.key.range![0], insert: `${year}: ${value}, ` };
    const last = pairs.at(-1)!;
    return { at: last.value!.range![1], end: last.value!.range![1], insert: `, ${year}: ${value}` };
  }
  const indent = " ".repeat(column(text, pairs[0]!.key.range![0]));
  if (later) {
    const at = later.key.range![0] - column(text, later.key.range![0]);
    return { at, end: at, insert: `${indent}${year}: ${value}\n` };
  }
  const at = lineEnd(text, pairs.at(-1)!.value!.range![1]);
  return { at, end: at, insert: `${text[at - 1] === "\n" || at === 0 ? "" : "\n"}${indent}${year}: ${value}\n` };
}

/** `actuals: {Y: v}` added to a row that has none, after its last line. */
function addActuals(text: string, row: YAMLMap, flowValue: string): Edit {
  const pairs = row.items as Array<Pair<Node, Node>>;
  if (row.flow) {
    const last = pairs.at(-1)!;
    const end = (last.value ?? last.key).range![1];
    return { at: end, end, insert: `, actuals: ${flowValue}` };
  }
  const indent = " ".repeat(column(text, pairs[0]!.key.range![0]));
  const last = pairs.at(-1)!;
  const at = lineEnd(text, (last.value ?? last.key).range![1]);
  return { at, end: at, insert: `${text[at - 1] === "\n" || at === 0 ? "" : "\n"}${indent}actuals: ${flowValue}\n` };
}

/** A row the file lacks but its edition has, appended to the list. */
function appendRow(text: string, last: Node | undefined, id: string, flowValue: string): Edit[] {
  const itemColumn = last ? column(text, last.range![0]) : 4;
  const dash = " ".repeat(Math.max(0, itemColumn - 2));
  const at = last ? lineEnd(text, last.range![1]) : text.length;
  const prefix = text[at - 1] === "\n" || at === 0 ? "" : "\n";
  return [{ at, end: at, insert: `${prefix}${dash}- id: ${JSON.stringify(id)}\n${" ".repeat(itemColumn)}actuals: ${flowValue}\n`, appended: true }];
}
