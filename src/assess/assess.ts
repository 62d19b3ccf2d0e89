/** The core: a loaded indicator file in, its assessment out. No I/O, no terminal, no exit codes. */
import type { Indicator, IndicatorFile } from "../model/types.js";
import { baseObservation } from "./context.js";
import { baselineCheck, overrideCheck, targetCheck } from "./checks.js";
import { judgeYear, REASON_PACE_YEARS } from "./year.js";
import {
  CHECKS,
  DECIDING,
  type CheckName,
  type CheckResult,
  type Completeness,
  type FileAssessment,
  type IndicatorAssessment,
  type Mode,
} from "./result.js";
import { indicatorVerdict, summarize } from "./summarize.js";
import { judgeVetoes } from "../vetoes/assess.js";
import { checkProjects } from "../projects/checks.js";

export interface AssessOptions {
  /** Which checks run (default: all that apply). */
  checks?: readonly CheckName[];
  /** The year a year assessment judges (default: the latest with observed values). */
  year?: number;
  /** Which question the run answers (default: chosen by the data, see questionOf). */
  mode?: Mode;
  /** `--project-margin`: percentage points a key project's investment may lag (over the file's `projects.margin`). */
  projectMargin?: number;
  /** `--fail-on projects`: a key project's warning makes the file fail. */
  failOnProjects?: boolean;
  /**
   * How much of each forecast's pace to list: every year to the target's (default), or only the
   * years a reason shows (`"reasons"`: the reasons read the same, the lists are cut short).
   */
  pace?: "reasons";
}

/** The latest year with an observed value in the file, if any. */
export function latestActualYear(file: IndicatorFile): number | undefined {
  let latest: number | undefined;
  // Counted: an iterator made per row is some 20 MB on a 300,000-row file.
  for (let r = 0; r < file.indicators.length; r++) {
    const { actuals } = file.indicators[r]!;
    for (let k = 0; k < actuals.length; k++)
      if (latest === undefined || actuals[k]!.year > latest) latest = actuals[k]!.year;
  }
  return latest;
}

/**
 * Plan review or the assessment of a year (SPEC "Two questions"): a year when the file has observed
 * values or a year is asked for (and the progress check runs), or when only the year's checks are
 * asked for; else the plan. The year is the one
 * asked for, else the latest observed, else the base year.
 */
export function questionOf(file: IndicatorFile, options: AssessOptions): { mode: Mode; year?: number } {
  return question(file, options, latestActualYear(file));
}

/** {@link questionOf}, given the file's latest observed year (found once per assessment: it reads every row). */
function question(
  file: IndicatorFile,
  options: AssessOptions,
  latest: number | undefined,
): { mode: Mode; year?: number } {
  const progressRuns = !options.checks || options.checks.includes("progress");
  // Only the year's checks asked for (--checks progress): the question is a year, the base year at least.
  const onlyYearChecks = options.checks?.every((c) => DECIDING.year.includes(c)) && progressRuns;
  const mode =
    options.mode ??
    (((options.year !== undefined || latest !== undefined) && progressRuns) || onlyYearChecks ? "year" : "plan");
  return mode === "plan" ? { mode } : { mode, year: options.year ?? latest ?? file.plan.baseYear };
}

export function assess(file: IndicatorFile, options: AssessOptions = {}): FileAssessment {
  const selected = options.checks ?? CHECKS;
  const latest = latestActualYear(file);
  const { mode, year } = question(file, options, latest);
  const deciding = DECIDING[mode];
  const { nearTerm, longTerm } = file.plan;
  const paceYears = options.pace === "reasons" ? { paceYears: REASON_PACE_YEARS } : {};
  const check = (name: CheckName, indicator: Indicator): CheckResult | undefined => {
    switch (name) {
      case "baseline":
        return baselineCheck(file, indicator);
      case "near_term":
        return targetCheck(file, indicator, indicator.nearTerm, nearTerm);
      case "long_term":
        return targetCheck(file, indicator, indicator.longTerm, longTerm);
      case "progress":
        return year === undefined ? undefined : judgeYear(file, indicator, year, paceYears);
      case "override":
        return overrideCheck(file, indicator);
    }
  };
  const indicators: IndicatorAssessment[] = file.indicators.map((indicator) => {
    const checks: IndicatorAssessment["checks"] = {};
    for (const name of selected) {
      const result = check(name, indicator);
      if (result) checks[name] = result;
    }
    const decidingChecks: CheckResult[] = [];
    for (const name of deciding) {
      const result = checks[name];
      if (result) decidingChecks.push(result);
    }
    // Every field in the literal, an absent one undefined: a field added after moves the row's
    // fields to a second object (on a 300,000-row file, some 40 ms).
    return {
      indicator,
      base: baseObservation(indicator, file.plan.baseYear),
      actual: year === undefined ? undefined : indicator.series.find((o) => o.year === year),
      checks,
      verdict: indicatorVerdict(decidingChecks),
    };
  });
  const completeness = year === undefined ? undefined : completenessOf(indicators, year);
  // The key projects: judged in the assessed year; their warnings decide only under --fail-on projects.
  const projects = file.projects && {
    ...checkProjects(file.projects, year, options.projectMargin),
    decides: options.failOnProjects === true,
  };
  const vetoes = judgeVetoes(file, mode, year, latest ?? file.plan.baseYear);
  const summary = summarize(indicators, mode, { ...(vetoes ? { vetoes } : {}), ...(projects ? { projects } : {}) });
  return {
    file,
    mode,
    ...(year !== undefined ? { year } : {}),
    ...(completeness ? { completeness } : {}),
    checks: selected,
    indicators,
    summary,
    ...(projects ? { projects } : {}),
    ...(vetoes ? { vetoes } : {}),
  };
}

/**
 * The binding rows whose year is MISSING: no value for the year, or a value whose check lacks what
 * else it needs (the superior's target, an earlier year) — the same rows the summary counts, so the
 * two never disagree. A 不涉及 row applies not.
 */
function completenessOf(indicators: readonly IndicatorAssessment[], year: number): Completeness {
  const missing = indicators.flatMap(({ indicator, checks }) =>
    indicator.binding && checks.progress?.verdict === "MISSING"
      ? [{ id: indicator.id, name: indicator.name, line: indicator.line }]
      : [],
  );
  return { year, missing };
}
