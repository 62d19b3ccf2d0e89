/** What changed between two years' assessments of the same file: the annual report's "since last year". */
import type { Verdict } from "../model/verdict.js";
import type { FileAssessment, ForecastClass } from "./result.js";

type ChangeKind = "newly_failing" | "newly_passing" | "forecast_changed" | "verdict_changed";

export interface YearChange {
  /** The indicator's id, or a basic condition's name. */
  id: string;
  name: string;
  kind: ChangeKind;
  from: { verdict?: Verdict; forecast?: ForecastClass };
  to: { verdict?: Verdict; forecast?: ForecastClass };
  /** A basic condition (否决项) that changed, not an indicator. */
  veto?: true;
}

export interface Comparison {
  fromYear: number;
  toYear: number;
  changes: YearChange[];
}

type Side = YearChange["from"];

/** The kind of change from one side to the other, if any. */
function kindOf(from: Side, to: Side): ChangeKind | undefined {
  if (to.verdict === "FAIL" && from.verdict !== "FAIL") return "newly_failing";
  if (to.verdict === "PASS" && from.verdict !== "PASS") return "newly_passing";
  if (to.verdict !== from.verdict) return "verdict_changed";
  // A forecast that is new (the earlier year had no progress to project) is not a change of class.
  if (to.forecast && from.forecast && to.forecast !== from.forecast) return "forecast_changed";
  return undefined;
}

/**
 * Compares each indicator's judgement of its year (its baseline check where it has none), then each
 * basic condition each year states: one stated in either year whose verdict differs is a change.
 */
export function compareYears(before: FileAssessment, after: FileAssessment): Comparison {
  const changes = after.indicators.flatMap((a): YearChange[] => {
    const b = before.indicators.find((x) => x.indicator.id === a.indicator.id);
    const now = a.checks.progress ?? a.checks.baseline;
    const then = b?.checks.progress ?? b?.checks.baseline;
    const to = { ...(now ? { verdict: now.verdict } : {}), ...(now?.forecast ? { forecast: now.forecast.class } : {}) };
    const from = {
      ...(then ? { verdict: then.verdict } : {}),
      ...(then?.forecast ? { forecast: then.forecast.class } : {}),
    };
    const kind = kindOf(from, to);
    return kind ? [{ id: a.indicator.id, name: a.indicator.name, kind, from, to }] : [];
  });
  const fromYear = before.year ?? before.file.plan.baseYear;
  const toYear = after.year ?? after.file.plan.baseYear;
  const stated = (f: FileAssessment, year: number) =>
    new Map((f.vetoes?.conditions ?? []).filter((c) => c.year === year).map((c) => [c.condition, c.verdict]));
  const then = stated(before, fromYear);
  const now = stated(after, toYear);
  for (const condition of new Set([...then.keys(), ...now.keys()])) {
    const from = then.has(condition) ? { verdict: then.get(condition)! } : {};
    const to = now.has(condition) ? { verdict: now.get(condition)! } : {};
    const kind = kindOf(from, to);
    if (kind) changes.push({ id: condition, name: condition, kind, from, to, veto: true });
  }
  return { fromYear, toYear, changes };
}
