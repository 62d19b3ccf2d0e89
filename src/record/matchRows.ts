/**
 * A table's entries held against the indicator file they are recorded into: a row that names
 * another indicator than its id's is refused (a value in the wrong row is the worst outcome a
 * table can have), and a percent-formatted cell of an indicator in % is read as the percentage
 * it shows.
 */
import type { Indicator } from "../model/types.js";
import type { Message } from "../i18n/message.js";
import type { SourcedEntry, SourceProblem } from "./sources.js";
import { inUnit, numberText, percentText } from "../workbook/sheetReader.js";

/** Names as people type them: width, spaces and a formula guard's apostrophe aside. */
const plainName = (name: string) => name.normalize("NFKC").replace(/^'/, "").replace(/\s+/g, "").toLowerCase();

export function matchRows(
  entries: readonly SourcedEntry[],
  indicators: readonly Indicator[],
  file: string,
): { entries: SourcedEntry[]; problems: SourceProblem[]; notices: Message[] } {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const problems: SourceProblem[] = [];
  const percent: string[] = [];
  const matched = entries.map((entry) => {
    const row = byId.get(entry.id);
    if (!row) return entry;
    if (
      entry.name !== undefined &&
      ![row.name, row.nameEn].some((n) => n !== undefined && plainName(n) === plainName(entry.name!))
    ) {
      problems.push({
        at: entry.at.id,
        message: {
          id: "error.record.source.name",
          data: { id: entry.id, expected: row.name, found: entry.name, file },
        },
      });
    }
    // The one rule for a percent-formatted cell (workbook/sheetReader's inUnit): its quantity in the row's unit.
    if (entry.percent) {
      const fraction = Number(entry.value);
      const inRowUnit = inUnit(fraction, row.unit);
      if (inRowUnit === undefined) {
        problems.push({
          at: entry.at.value,
          message: {
            id: "error.record.source.percent",
            data: { shown: percentText(fraction), id: entry.id, unit: row.unit },
          },
        });
        return entry;
      }
      const value = numberText(inRowUnit);
      if (value !== entry.value) percent.push(entry.id);
      return { ...entry, value };
    }
    return entry;
  });
  const notices: Message[] =
    percent.length > 0
      ? [{ id: "notice.record.percent", data: { file: entries[0]!.at.value.file, ids: percent.join(", ") } }]
      : [];
  return { entries: matched, problems, notices };
}
