/**
 * The whole of `record` on a file's text, pure: the text as read (a byte-order mark, CRLF or CR
 * line ends and all) → the text to write, or the problems that refuse it. What it returns has
 * been read back and compared with what it was given: only the named rows gain only the named
 * years; anything else is refused.
 */
import { classicMac, loadIndicatorFile } from "../load/load.js";
import { edition } from "../standards/editions.js";
import { recordValues, type Change, type Entry, type RecordProblem } from "./record.js";

export interface RecordTextOptions {
  year: number;
  force: boolean;
  note?: string;
}

export type RecordTextResult = { ok: true; text: string; changes: Change[] } | { ok: false; problems: RecordProblem[] };

export function recordText(source: string, entries: readonly Entry[], options: RecordTextOptions, file: string): RecordTextResult {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const unmarked = source.slice(bom.length);
  // Classic Mac line ends (CR alone) are edited as LF and written back as CR, one for one.
  const crOnly = classicMac(unmarked);
  const text = crOnly ? unmarked.replaceAll("\r", "\n") : unmarked;
  const before = loadIndicatorFile(text, file);
  if (!before.ok) return { ok: false, problems: [{ kind: "invalid-file" }] };
  const editionIds = before.value.standardEdition ? edition(before.value.standardEdition)?.indicators.map((i) => i.id) : undefined;
  const result = recordValues(text, entries, { ...options, ...(editionIds ? { editionIds } : {}) });
  if (!result.ok) return result;
  const after = loadIndicatorFile(result.text, file);
  if (!after.ok) throw new Error(`record produced an invalid file: ${JSON.stringify(after.errors[0])}`);
  return { ok: true, text: bom + (crOnly ? result.text.replaceAll("\n", "\r") : result.text), changes: result.changes };
}
