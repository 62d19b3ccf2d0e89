/** The core: a loaded indicator file in, its assessment out. No I/O, no terminal, no exit codes. */
import type { IndicatorFile } from "../model/types.js";
import { baselineCheck, overrideCheck, progressCheck, targetCheck } from "./checks.js";
import { CHECKS, type CheckName, type CheckResult, type FileAssessment, type IndicatorAssessment } from "./result.js";
import { indicatorVerdict, summarize } from "./summarize.js";

export interface AssessOptions {
  /** Which checks run (default: all that apply). */
  checks?: readonly CheckName[];
  /** The year the progress check assesses (default: the latest with observed values). */
  year?: number;
}

/** The latest year with an observed value in the file, if any. */
export function latestActualYear(file: IndicatorFile): number | undefined {
  let latest: number | undefined;
  for (const i of file.indicators) for (const o of i.actuals) if (latest === undefined || o.year > latest) latest = o.year;
  return latest;
}

export function assess(file: IndicatorFile, options: AssessOptions = {}): FileAssessment {
  const selected = options.checks ?? CHECKS;
  const year = options.year ?? latestActualYear(file);
  const { nearTerm, longTerm } = file.plan;
  const indicators: IndicatorAssessment[] = file.indicators.map((indicator) => {
    const run: Record<CheckName, () => CheckResult | undefined> = {
      baseline: () => baselineCheck(file, indicator),
      near_term: () => targetCheck(file, indicator, indicator.nearTerm, nearTerm),
      long_term: () => targetCheck(file, indicator, indicator.longTerm, longTerm),
      progress: () => (year === undefined ? undefined : progressCheck(file, indicator, year)),
      override: () => overrideCheck(file, indicator),
    };
    const checks: IndicatorAssessment["checks"] = {};
    for (const name of selected) {
      const check = run[name]();
      if (check) checks[name] = check;
    }
    return { indicator, checks, verdict: indicatorVerdict(Object.values(checks)) };
  });
  return { file, ...(year !== undefined ? { year } : {}), checks: selected, indicators, summary: summarize(indicators) };
}
