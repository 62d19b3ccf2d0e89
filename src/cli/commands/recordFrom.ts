/**
 * `record --from TABLE`: the table read, held against the indicator file, and every problem named
 * by the table's own cell (`values-2024.csv:7`, `values.xlsx:2024!F7`) — the record core names
 * problems by indicator id, and each id of a table is on one row.
 */
import { excerpt, excerptData } from "../../compile/schemaErrors.js";
import { MAX_ERRORS } from "../../load/limits.js";
import type { Lang } from "../../i18n/lang.js";
import { message } from "../../i18n/translate.js";
import type { IndicatorFile } from "../../model/types.js";
import type { Message } from "../../i18n/message.js";
import { placeIn, type Entry, type RecordProblem } from "../../record/record.js";
import { matchRows } from "../../record/matchRows.js";
import {
  readValueTable,
  where,
  type SourceCell,
  type SourcedEntry,
  type SourceProblem,
  type ValueTable,
} from "../../record/sources.js";
import { CliError } from "../errors.js";
import { visible } from "../../report/visible.js";

const notify = (stderr: NodeJS.WritableStream, lang: Lang, notices: readonly Message[]) => {
  for (const notice of notices) stderr.write(`${visible(message(lang, notice))}\n`);
};

export async function readTable(
  options: { from?: string; sheet?: string; lang: Lang },
  year: number,
  maxBytes: number,
  stderr: NodeJS.WritableStream,
): Promise<ValueTable> {
  const file = options.from!;
  const table = await readValueTable(file, {
    year,
    maxBytes,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  });
  notify(stderr, options.lang, table.notices);
  if (table.entries.length === 0 && table.projects.length === 0 && table.problems.length === 0)
    throw new CliError({ id: "error.record.source.empty", data: { file } });
  return table;
}

export interface MatchedTable {
  entries: SourcedEntry[];
  problems: SourceProblem[];
}

/** The table against the file's rows; an id also given by --set is refused (which one is meant?). */
export function matchTable(
  table: ValueTable,
  file: IndicatorFile,
  sets: readonly Entry[],
  lang: Lang,
  stderr: NodeJS.WritableStream,
): MatchedTable {
  const matched = matchRows(table.entries, file.indicators, file.file);
  notify(stderr, lang, matched.notices);
  const setIds = new Set(sets.map((s) => s.id));
  const twice = matched.entries.filter((e) => setIds.has(e.id));
  return {
    entries: matched.entries.filter((e) => !setIds.has(e.id)),
    problems: [
      ...table.problems,
      ...matched.problems,
      ...twice.map((e) => ({
        at: e.at.id,
        message: { id: "error.record.source.again", data: { id: e.id, first: "--set" } },
      })),
    ],
  };
}

/** Every problem as a line: the table's by their cells in the table's order, then --set's by the indicator file. */
export function describeProblems(
  table: { entries: ReadonlyArray<Pick<SourcedEntry, "id" | "at">>; problems: readonly SourceProblem[] },
  problems: readonly RecordProblem[],
  file: string,
  lang: Lang,
  text: (p: RecordProblem) => string,
): string[] {
  const cells = new Map(table.entries.map((e) => [e.id, e.at]));
  // Cells are quoted by their first 60 characters, as every value in an error is.
  const located: Array<{ at: SourceCell; text: string }> = table.problems.map((p) => ({
    at: p.at,
    text: message(lang, p.message.data ? { ...p.message, data: excerptData(p.message.data) } : p.message),
  }));
  const unlocated: string[] = [];
  for (const p of problems) {
    const at = "id" in p ? cells.get(p.id) : undefined;
    if (!at) unlocated.push(`${placeIn(file, p)}: ${text(p)}`);
    else if (p.kind === "unknown-id")
      located.push({
        at: at.id,
        text: message(lang, { id: "error.record.source.unknownId", data: { id: excerpt(p.id), file } }),
      });
    else located.push({ at: at.value, text: text(p) });
  }
  const lines = [
    ...located.sort((a, b) => a.at.line - b.at.line).map((p) => `${where(p.at)}: ${p.text}`),
    ...unlocated,
  ];
  // As a file's errors are: the first MAX_ERRORS, then how many more.
  return lines.length <= MAX_ERRORS
    ? lines
    : [
        ...lines.slice(0, MAX_ERRORS),
        message(lang, { id: "error.record.moreProblems", data: { count: lines.length - MAX_ERRORS, max: MAX_ERRORS } }),
      ];
}
