/**
 * What a record may change, checked on the model: the file before and after, as the loader reads
 * them, differ only in the named rows' named years, each holding the value recorded.
 */
import type { Indicator, IndicatorFile, Observation, Value } from "../model/types.js";

export interface Recorded {
  id: string;
  year: number;
  value: Value;
  note?: string;
}

export type Difference = { where: "row"; id: string } | { where: "file"; field: string };

/** JSON with the keys of every object in order, so that equal models print alike. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A row as compared: where it starts in the file may move, its values may not (the observed years, and the series they are merged into, are compared year by year). */
const comparable = ({ line: _line, actuals: _actuals, series: _series, ...rest }: Indicator) => rest;

const byYear = (series: readonly Observation[]) => new Map(series.map((o) => [o.year, o]));

/** The first thing that differs beyond what was recorded, if any. */
export function unexpectedDifference(before: IndicatorFile, after: IndicatorFile, recorded: readonly Recorded[]): Difference | undefined {
  for (const field of ["region", "plan", "standardEdition"] as const) {
    if (canonical(before[field]) !== canonical(after[field])) return { where: "file", field };
  }
  const rowsBefore = new Map(before.indicators.map((i) => [i.id, i]));
  const rowsAfter = new Map(after.indicators.map((i) => [i.id, i]));
  for (const id of new Set([...rowsBefore.keys(), ...rowsAfter.keys()])) {
    const old = rowsBefore.get(id);
    const now = rowsAfter.get(id);
    if (!old || !now || canonical(comparable(old)) !== canonical(comparable(now))) return { where: "row", id };
    const expected = byYear(old.actuals);
    for (const r of recorded.filter((x) => x.id === id)) expected.set(r.year, { year: r.year, value: r.value, ...(r.note ? { note: r.note } : {}) });
    const actual = byYear(now.actuals);
    if (expected.size !== actual.size || [...expected].some(([year, o]) => canonical(o) !== canonical(actual.get(year)))) return { where: "row", id };
  }
  return undefined;
}
