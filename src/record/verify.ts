/**
 * What a record may change, checked on the model: the file before and after, as the loader reads
 * them, differ only in the named rows' named years, each holding the value recorded — or only in
 * the named project's named year of progress. Everything else (the key projects and basic
 * conditions included) stays as it was, wherever its lines moved.
 */
import type { Indicator, IndicatorFile, Observation, Value } from "../model/types.js";
import type { ProjectProgress } from "../projects/types.js";

/** A project's progress recorded for a year: the whole year as it should read after. */
export interface ProjectRecorded {
  id: string;
  year: number;
  progress: Omit<ProjectProgress, "line" | "year">;
}

export interface Recorded {
  id: string;
  year: number;
  value: Value;
  note?: string;
}

export type Difference =
  | { where: "row"; id: string }
  | { where: "project"; id: string }
  | { where: "file"; field: string };

/** Where a thing stands in the file: a record may move it, never change it. */
const PLACES = new Set(["line", "column", "contentLine", "investmentLine", "statedTotalLine"]);
const placeless = (value: unknown): string =>
  JSON.stringify(JSON.parse(canonical(value) ?? "null", (key, v: unknown) => (PLACES.has(key) ? undefined : v)));

/**
 * Whether two parts of the models are equal: the same JSON as they are (both are compiled by one
 * loader, keys in one order), else the same with the keys of every object in order. Only the
 * second sorts, which for each of 100,000 rows took seconds.
 */
const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b);

/** JSON with the keys of every object in order, so that equal models print alike. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A row as compared: where it starts in the file may move, its values may not (the observed years, and the series they are merged into, are compared year by year). */
const comparable = ({ line: _line, actuals: _actuals, series: _series, ...rest }: Indicator) => rest;

const byYear = (series: readonly Observation[]) => new Map(series.map((o) => [o.year, o]));

/** The first thing that differs beyond what was recorded, if any. */
export function unexpectedDifference(
  before: IndicatorFile,
  after: IndicatorFile,
  recorded: readonly Recorded[],
  projects: readonly ProjectRecorded[] = [],
): Difference | undefined {
  for (const field of ["region", "plan", "standardEdition"] as const) {
    if (!same(before[field], after[field])) return { where: "file", field };
  }
  if (placeless(before.vetoes) !== placeless(after.vetoes)) return { where: "file", field: "vetoes" };
  const project = projectDifference(before, after, projects);
  if (project) return project;
  const recordedById = new Map<string, Recorded[]>();
  for (const r of recorded) {
    const same = recordedById.get(r.id);
    if (same) same.push(r);
    else recordedById.set(r.id, [r]);
  }
  const rowsBefore = new Map(before.indicators.map((i) => [i.id, i]));
  const rowsAfter = new Map(after.indicators.map((i) => [i.id, i]));
  for (const id of new Set([...rowsBefore.keys(), ...rowsAfter.keys()])) {
    const old = rowsBefore.get(id);
    const now = rowsAfter.get(id);
    if (!old || !now || !same(comparable(old), comparable(now))) return { where: "row", id };
    const expected = byYear(old.actuals);
    for (const r of recordedById.get(id) ?? [])
      expected.set(r.year, { year: r.year, value: r.value, ...(r.note ? { note: r.note } : {}) });
    const actual = byYear(now.actuals);
    if (expected.size !== actual.size || [...expected].some(([year, o]) => !same(o, actual.get(year))))
      return { where: "row", id };
  }
  return undefined;
}

/** The key projects before and after: only the named projects' named years of progress may differ. */
function projectDifference(
  before: IndicatorFile,
  after: IndicatorFile,
  recorded: readonly ProjectRecorded[],
): Difference | undefined {
  const a = before.projects;
  const b = after.projects;
  if (!a || !b) return a === b ? undefined : { where: "file", field: "projects" };
  const { items: itemsBefore, ...frameBefore } = a;
  const { items: itemsAfter, ...frameAfter } = b;
  if (placeless(frameBefore) !== placeless(frameAfter) || itemsBefore.length !== itemsAfter.length)
    return { where: "file", field: "projects" };
  for (const [i, old] of itemsBefore.entries()) {
    const now = itemsAfter[i]!;
    const { progress: progressBefore, ...restBefore } = old;
    const { progress: progressAfter, ...restAfter } = now;
    if (placeless(restBefore) !== placeless(restAfter)) return { where: "project", id: old.id };
    const expected = new Map(progressBefore.map((p) => [p.year, p as Omit<ProjectProgress, "line">]));
    for (const r of recorded.filter((x) => x.id === old.id)) expected.set(r.year, { year: r.year, ...r.progress });
    const years = [...expected.keys()].sort((x, y) => x - y);
    if (placeless(years.map((y) => expected.get(y))) !== placeless(progressAfter))
      return { where: "project", id: old.id };
  }
  return undefined;
}
