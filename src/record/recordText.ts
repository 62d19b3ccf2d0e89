/**
 * The whole of `record` on a file's text, pure: the text as read (a byte-order mark, CRLF or CR
 * line ends and all) → the text to write, or the problems that refuse it. What it returns has
 * been read back and compared with what it was given: only the named rows gain only the named
 * years; anything else is refused.
 */
import { loadIndicatorFile } from "../read.js";
import { classicMac, parseYaml } from "../load/parse.js";
import { mayUseAliases } from "../load/limits.js";
import { lineStarts } from "../load/errors.js";
import type { IndicatorFile } from "../model/types.js";
import { normalizeValue } from "../model/value.js";
import { sameId } from "../model/id.js";
import { edition } from "../standards/editions.js";
import { fractionOfPercent, pastWholeOf } from "../rules/slips.js";
import { recordValues, type Change, type Entry, type RecordProblem } from "./record.js";
import { unexpectedDifference, type Difference } from "./verify.js";

export interface RecordTextOptions {
  year: number;
  force: boolean;
  note?: string;
}

export type RecordTextResult = { ok: true; text: string; changes: Change[] } | { ok: false; problems: RecordProblem[] };

/**
 * `entries` may depend on the file as read (a table of values is matched against its rows), so it
 * is asked for with the model once the file has loaded.
 */
/** A file's text as record edits it: without its byte-order mark, CR alone read as LF; and back. */
export function unwrap(source: string): { text: string; wrap: (edited: string) => string } {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const unmarked = source.slice(bom.length);
  // Classic Mac line ends (CR alone) are edited as LF and written back as CR, one for one.
  const crOnly = classicMac(unmarked);
  return {
    text: crOnly ? unmarked.replaceAll("\r", "\n") : unmarked,
    wrap: (edited) => bom + (crOnly ? edited.replaceAll("\n", "\r") : edited),
  };
}

export function recordText(
  source: string,
  entriesFor: readonly Entry[] | ((file: IndicatorFile) => readonly Entry[]),
  options: RecordTextOptions,
  file: string,
): RecordTextResult {
  const { text, wrap } = unwrap(source);
  const before = loadIndicatorFile(text, file);
  if (!before.ok) return { ok: false, problems: [{ kind: "invalid-file" }] };
  const editionIds = before.value.standardEdition
    ? edition(before.value.standardEdition)?.indicators.map((i) => i.id)
    : undefined;
  // An id as given names the row whose id reads the same (１ is 1, as within a file), as the file spells it.
  const rows = new Map(before.value.indicators.map((i) => [i.id, i]));
  const spelt = new Map([...(editionIds ?? []), ...rows.keys()].map((id) => [sameId(id), id]));
  const entries = (typeof entriesFor === "function" ? entriesFor(before.value) : entriesFor).map((e) =>
    rows.has(e.id) || !spelt.has(sameId(e.id)) ? e : { ...e, id: spelt.get(sameId(e.id))! },
  );
  const fractions = options.force
    ? []
    : entries.flatMap((e): RecordProblem[] => {
        const row = rows.get(e.id);
        if (!row) return [];
        const fraction = fractionOfPercent(row, e.value);
        if (fraction) return [{ kind: "fraction", id: e.id, ...fraction }];
        const past = pastWholeOf(row, e.value);
        return past ? [{ kind: "pastWhole", id: e.id, ...past }] : [];
      });
  const units = new Map(before.value.indicators.map((i) => [i.id, i.unit]));
  const parseText = rowsRecordedInto(text, before.value, entries);
  const result = recordValues(text, entries, {
    ...options,
    units,
    ...(editionIds ? { editionIds } : {}),
    ...(parseText ? { parseText } : {}),
  });
  // Every problem at once: a fraction's hint beside the other rows' problems, not before them.
  if (fractions.length > 0) return { ok: false, problems: [...fractions, ...(result.ok ? [] : result.problems)] };
  if (!result.ok) return result;
  const written = wrap(result.text);
  const changed = result.changes.filter((c) => c.kind !== "unchanged");
  const names = changed.map((c) => `${c.id} ${options.year}`).join(", ");
  // Read back as the check will read it, byte-order mark and line ends included.
  const after = readBack(written, file, names);
  if (!after.ok) return after;
  const recorded = changed.map((c) => ({
    id: c.id,
    year: options.year,
    value: normalizeValue(c.value, units.get(c.id)),
    ...("note" in c && c.note ? { note: c.note } : {}),
  }));
  const difference = unexpectedDifference(before.value, after.value, recorded);
  if (difference) {
    return { ok: false, problems: [differenceProblem(difference, names)] };
  }
  return { ok: true, text: written, changes: result.changes };
}

/** Rows below which the whole file is parsed to be edited: the saving is not worth a second way. */
const BLANKED_FROM = 1_000;

/**
 * The text with every row that is not recorded into blanked (each character but a line break a
 * space), the last row kept: `yaml` parses what is edited, not the other 100,000 rows (a record
 * near the size cap parsed 10 MB to edit one line). Offsets and lines are the text's, so the edits
 * apply to the text as it is; and what is written is read back and compared with the file whole
 * (unexpectedDifference), as any record is. Undefined, and the whole text parsed, where a row may
 * be added or named wrongly (the file's ids are offered), where aliases may join rows, or where a
 * row's first line does not start with its dash.
 */
export function rowsRecordedInto(text: string, file: IndicatorFile, entries: readonly Entry[]): string | undefined {
  const rows = file.indicators;
  if (rows.length < BLANKED_FROM || mayUseAliases(text)) return undefined;
  const named = new Set(entries.map((e) => e.id));
  const recorded = rows.filter((r) => named.has(r.id));
  if (recorded.length !== named.size) return undefined;
  const lines = lineStarts(text);
  const starts = rows.map((r) => lines[r.line - 1]);
  for (const [i, start] of starts.entries()) {
    if (start === undefined || (i > 0 && start <= starts[i - 1]!)) return undefined;
    let at = start;
    while (text[at] === " " || text[at] === "\t") at++;
    if (text[at] !== "-" || !(at + 1 === text.length || " \t\r\n".includes(text[at + 1]!))) return undefined;
  }
  // Runs of rows not recorded into, each blanked in one piece.
  const pieces: string[] = [];
  let from = 0;
  let run: number | undefined;
  for (const [i, row] of rows.entries()) {
    if (i < rows.length - 1 && !named.has(row.id)) {
      run ??= starts[i]!;
      continue;
    }
    if (run === undefined) continue;
    pieces.push(text.slice(from, run), text.slice(run, starts[i]!).replace(/[^\n]/g, " "));
    from = starts[i]!;
    run = undefined;
  }
  pieces.push(text.slice(from));
  return pieces.join("");
}

/** What was found changed beyond the record, as the refusal names it. */
export function differenceProblem(d: Difference, written: string): RecordProblem {
  if (d.where === "row") return { kind: "not-placed", written, other: d.id };
  if (d.where === "project") return { kind: "project-not-placed", written, other: d.id };
  return { kind: "not-kept", written, what: d.field };
}

/**
 * The written text read back as the check will read it. A file it refuses is the layout's fault
 * (ours) only when the YAML itself broke; otherwise the file's own rules refuse what was recorded
 * (a cumulative investment above a later year's), and the first such error is named with its line.
 */
export function readBack(
  written: string,
  file: string,
  names: string,
): { ok: true; value: IndicatorFile } | { ok: false; problems: RecordProblem[] } {
  const after = loadIndicatorFile(written, file);
  if (after.ok) return after;
  const refusal = parseYaml(written, file).ok ? after.errors.find((e) => e.file === file) : undefined;
  return {
    ok: false,
    problems: [
      refusal
        ? { kind: "refused", written: names, line: refusal.line, reason: refusal.message }
        : { kind: "broke-file", written: names },
    ],
  };
}
