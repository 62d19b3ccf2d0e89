/** What changed between two years' assessments of the same file: the annual report's "since last year". */
import type { Verdict } from "../model/verdict.js";
import type { FileAssessment, ForecastClass } from "./result.js";

export type ChangeKind = "newly_failing" | "newly_passing" | "forecast_changed" | "verdict_changed";

export interface YearChange {
  id: string;
  name: string;
  kind: ChangeKind;
  from: { verdict?: Verdict; forecast?: ForecastClass };
  to: { verdict?: Verdict; forecast?: ForecastClass };
}

export interface Comparison {
  fromYear: number;
  toYear: number;
  changes: YearChange[];
}

/** Compares each indicator's progress check (its baseline check where it has none) between the years. */
export function compareYears(before: FileAssessment, after: FileAssessment): Comparison {
  const changes = after.indicators.flatMap((a): YearChange[] => {
    const b = before.indicators.find((x) => x.indicator.id === a.indicator.id);
    const now = a.checks.progress ?? a.checks.baseline;
    const then = b?.checks.progress ?? b?.checks.baseline;
    const to = { ...(now ? { verdict: now.verdict } : {}), ...(now?.forecast ? { forecast: now.forecast.class } : {}) };
    const from = { ...(then ? { verdict: then.verdict } : {}), ...(then?.forecast ? { forecast: then.forecast.class } : {}) };
    const base = { id: a.indicator.id, name: a.indicator.name, from, to };
    if (to.verdict === "FAIL" && from.verdict !== "FAIL") return [{ ...base, kind: "newly_failing" }];
    if (to.verdict === "PASS" && from.verdict !== "PASS") return [{ ...base, kind: "newly_passing" }];
    if (to.verdict !== from.verdict) return [{ ...base, kind: "verdict_changed" }];
    // A forecast that is new (the earlier year had no progress to project) is not a change of class.
    if (to.forecast && from.forecast && to.forecast !== from.forecast) return [{ ...base, kind: "forecast_changed" }];
    return [];
  });
  return { fromYear: before.year ?? before.file.plan.baseYear, toYear: after.year ?? after.file.plan.baseYear, changes };
}
