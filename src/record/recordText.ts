/**
 * The whole of `record` on a file's text, pure: the text as read (a byte-order mark, CRLF or CR
 * line ends and all) → the text to write, or the problems that refuse it. What it returns has
 * been read back and compared with what it was given: only the named rows gain only the named
 * years; anything else is refused.
 */
import { loadIndicatorFile } from "../read.js";
import { classicMac, parseYaml } from "../load/parse.js";
import type { IndicatorFile } from "../model/types.js";
import { normalizeValue } from "../model/value.js";
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
  const entries = typeof entriesFor === "function" ? entriesFor(before.value) : entriesFor;
  const fractions = options.force
    ? []
    : entries.flatMap((e): RecordProblem[] => {
        const row = before.value.indicators.find((i) => i.id === e.id);
        if (!row) return [];
        const fraction = fractionOfPercent(row, e.value);
        if (fraction) return [{ kind: "fraction", id: e.id, ...fraction }];
        const past = pastWholeOf(row, e.value);
        return past ? [{ kind: "pastWhole", id: e.id, ...past }] : [];
      });
  const editionIds = before.value.standardEdition
    ? edition(before.value.standardEdition)?.indicators.map((i) => i.id)
    : undefined;
  const units = new Map(before.value.indicators.map((i) => [i.id, i.unit]));
  const result = recordValues(text, entries, { ...options, units, ...(editionIds ? { editionIds } : {}) });
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
    value: normalizeValue(c.value),
    ...("note" in c && c.note ? { note: c.note } : {}),
  }));
  const difference = unexpectedDifference(before.value, after.value, recorded);
  if (difference) {
    return { ok: false, problems: [differenceProblem(difference, names)] };
  }
  return { ok: true, text: written, changes: result.changes };
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
