/**
 * `record --project ID --year Y --invested N --status 在建`: a project's progress written into
 * `projects.items[…].progress` as `record` writes values — by record.ts's own edits (a field added
 * after the item's last, a year added to its map in year order, a null filled, a value replaced),
 * in every layout they handle; then read back and compared: only the named projects may gain only
 * the named year's progress.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from "yaml";
import { loadIndicatorFile } from "../read.js";
import { PROJECT_STATUS_WORDS, projectWord } from "../model/projectSchema.js";
import { amountOfText } from "../projects/amounts.js";
import type { ProjectStatus } from "../projects/types.js";
import {
  addField,
  addToMap,
  aliasNames,
  sharedIn,
  applyEdits,
  fillNull,
  placed,
  replaceValue,
  type Change,
  type Edit,
  type RecordProblem,
} from "./record.js";
import { differenceProblem, readBack, unwrap, type RecordTextResult } from "./recordText.js";
import { unexpectedDifference, type ProjectRecorded } from "./verify.js";

export interface ProjectEntry {
  id: string;
  /** Cumulative 万元, as typed. */
  invested?: string;
  /** 未开工 / 在建 / 建成 (or the English words). */
  status?: string;
  note?: string;
}

export interface RecordProjectOptions {
  year: number;
  force: boolean;
}

type Fields = { invested?: number; status?: string; note?: string };

const STATUS_WORDS = Object.keys(PROJECT_STATUS_WORDS) as Array<keyof typeof PROJECT_STATUS_WORDS>;
const statusOf = (typed: string): ProjectStatus | undefined => {
  const word = projectWord(PROJECT_STATUS_WORDS, typed);
  return word === undefined ? undefined : PROJECT_STATUS_WORDS[word];
};

/** A year's progress as YAML, in the order the format shows it. */
const flow = (f: Fields) =>
  `{${[f.invested !== undefined ? `invested: ${f.invested}` : "", f.status !== undefined ? `status: ${f.status}` : "", f.note !== undefined ? `note: ${JSON.stringify(f.note)}` : ""].filter(Boolean).join(", ")}}`;

/** What one entry asks for, or why it cannot be read. */
function wanted(entry: ProjectEntry, problems: RecordProblem[]): Fields | undefined {
  const fields: Fields = {};
  if (entry.invested !== undefined) {
    // As people write money (3700万元, 0.37亿元, 3,700), one reader with the plan's own amounts.
    const v = amountOfText(entry.invested);
    if (v === undefined || !Number.isFinite(v)) {
      problems.push({ kind: "project-invested", id: entry.id, value: entry.invested });
      return undefined;
    }
    fields.invested = v;
  }
  if (entry.status !== undefined) {
    // Written as the file spells it (`Completed` → completed), which the file's schema accepts.
    const word = projectWord(PROJECT_STATUS_WORDS, entry.status);
    if (word === undefined) {
      problems.push({ kind: "project-status", id: entry.id, value: entry.status, expected: STATUS_WORDS.join(", ") });
      return undefined;
    }
    fields.status = word;
  }
  if (entry.note !== undefined) fields.note = entry.note;
  return fields;
}

/** The year's progress the item holds, as written. */
function held(node: Node | null | undefined): Fields | undefined {
  if (!isMap(node)) return undefined;
  const get = (k: string) => {
    const v = node.get(k);
    return v === null || v === undefined ? undefined : v;
  };
  const invested = get("invested");
  const status = get("status");
  const note = get("note");
  return {
    ...(typeof invested === "number" ? { invested } : {}),
    ...(typeof status === "string" ? { status } : {}),
    ...(typeof note === "string" && note !== "" ? { note } : {}),
  };
}

/** The fields whose stated value the entry would change (a status compared by meaning: 在建 = in progress). */
function conflicts(old: Fields, given: Fields): Array<{ field: string; old: string; value: string }> {
  const out: Array<{ field: string; old: string; value: string }> = [];
  if (given.invested !== undefined && old.invested !== undefined && given.invested !== old.invested)
    out.push({ field: "invested", old: String(old.invested), value: String(given.invested) });
  if (given.status !== undefined && old.status !== undefined && statusOf(given.status) !== statusOf(old.status))
    out.push({ field: "status", old: old.status, value: given.status });
  if (given.note !== undefined && old.note !== undefined && given.note !== old.note)
    out.push({ field: "note", old: old.note, value: given.note });
  return out;
}

const adds = (old: Fields, given: Fields) =>
  (Object.keys(given) as Array<keyof Fields>).some((k) => old[k] === undefined);

export function recordProjectText(
  source: string,
  entries: readonly ProjectEntry[],
  options: RecordProjectOptions,
  file: string,
): RecordTextResult {
  const { text, wrap } = unwrap(source);
  const before = loadIndicatorFile(text, file);
  if (!before.ok) return { ok: false, problems: [{ kind: "invalid-file" }] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { keepSourceTokens: true, lineCounter: lines, uniqueKeys: false });
  const items = doc.getIn(["projects", "items"], true);
  const aliases = aliasNames(doc);
  const year = String(options.year);
  const problems: RecordProblem[] = [];
  const edits: Edit[] = [];
  const changes: Change[] = [];
  const recorded: ProjectRecorded[] = [];
  for (const entry of entries) {
    const given = wanted(entry, problems);
    if (!given) continue;
    const item = isSeq(items)
      ? items.items.find((r): r is YAMLMap => isMap(r) && String(r.get("id")).trim() === entry.id)
      : undefined;
    if (!item) {
      problems.push({ kind: "unknown-project", id: entry.id });
      continue;
    }
    const shared = sharedIn(item, ["progress"], aliases);
    if (shared) {
      problems.push({
        kind: "project-shared",
        id: entry.id,
        what: shared.what,
        mark: shared.mark,
        ...placed(lines, shared.node),
      });
      continue;
    }
    const pair = (item.items as Array<Pair<Node, Node | null>>).find(
      (p) => isScalar(p.key) && p.key.value === "progress",
    );
    const progress = pair?.value ?? undefined;
    let fields = given;
    let old: Fields | undefined;
    if (!pair) edits.push(addField(text, item, "progress", `{${year}: ${flow(given)}}`));
    else if (!progress || (isScalar(progress) && progress.value === null))
      edits.push(fillNull(text, pair, `{${year}: ${flow(given)}}`));
    else if (!isMap(progress)) {
      problems.push({ kind: "unsupported", id: entry.id, what: "progress", ...placed(lines, progress) });
      continue;
    } else {
      const existing = progress.items.find((p) => isScalar(p.key) && String(p.key.value) === year) as
        | Pair<Node, Node | null>
        | undefined;
      old = held(existing?.value);
      if (!existing) edits.push(addToMap(text, progress, year, flow(given)));
      else if (!old) edits.push(fillNull(text, existing, flow(given)));
      else {
        const differ = conflicts(old, given);
        if (differ.length > 0 && !options.force) {
          problems.push(
            ...differ.map((d) => ({
              kind: "project-conflict" as const,
              id: entry.id,
              ...d,
              ...placed(lines, existing.value),
            })),
          );
          continue;
        }
        if (differ.length === 0 && !adds(old, given)) {
          changes.push({ id: entry.id, kind: "unchanged", value: flow(old) });
          continue;
        }
        // What the year held and the entry does not name is kept (a status recorded, the invested stays).
        fields = { ...old, ...given };
        edits.push(replaceValue(text, existing, flow(fields)));
      }
    }
    const status = fields.status === undefined ? undefined : statusOf(fields.status);
    recorded.push({
      id: entry.id,
      year: options.year,
      progress: {
        ...(fields.invested !== undefined ? { invested: fields.invested } : {}),
        ...(status ? { status } : {}),
        ...(fields.note ? { note: fields.note } : {}),
      },
    });
    changes.push(
      old && Object.keys(old).length > 0
        ? { id: entry.id, kind: "changed", old: flow(old), value: flow(fields) }
        : { id: entry.id, kind: "added", value: flow(fields) },
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  const written = wrap(applyEdits(text, edits));
  const names = recorded.map((r) => `${r.id} ${r.year}`).join(", ");
  if (recorded.length === 0) return { ok: true, text: source, changes };
  const after = readBack(written, file, names);
  if (!after.ok) return after;
  const difference = unexpectedDifference(before.value, after.value, [], recorded);
  if (difference) return { ok: false, problems: [differenceProblem(difference, names)] };
  return { ok: true, text: written, changes };
}
