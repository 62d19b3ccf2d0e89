/** What an assessment produces: the input of every report. */
import type { Indicator, IndicatorFile } from "../model/types.js";
import type { Verdict } from "../model/verdict.js";
import type { Outcome } from "../rules/context.js";
import type { Comparison } from "./compare.js";

/** `override`: a row that restates a built-in edition's national rule, judged against it. */
export const CHECKS = ["baseline", "near_term", "long_term", "progress", "override"] as const;
export type CheckName = (typeof CHECKS)[number];

export const FORECAST_CLASSES = ["achieved", "on_track", "acceleration_needed", "limited_progress", "moving_away"] as const;
export type ForecastClass = (typeof FORECAST_CLASSES)[number];

export interface Forecast {
  class: ForecastClass;
  /** The value the trend projects for the target year. */
  projected: number | null;
  target: number;
  target_year: number;
  /** Observed over required growth (CAGR or linear slope); null where it has no meaning. */
  ratio: number | null;
  method: "cagr" | "linear";
  from: { year: number; value: number };
  to: { year: number; value: number };
}

export interface CheckResult {
  verdict: Verdict;
  /** The year judged: the base year, a target year, or the assessed year. */
  year: number;
  /** The rule the check applied, as written. */
  rule: string;
  outcome: Outcome;
  forecast?: Forecast;
}

export interface IndicatorAssessment {
  indicator: Indicator;
  checks: Partial<Record<CheckName, CheckResult>>;
  /** The worst verdict of its checks: what the summary counts. */
  verdict: Verdict;
}

export type Overall = "PASS" | "WARN" | "INCOMPLETE" | "FAIL";

export type Counts = { total: number } & Record<Verdict, number>;

export interface Summary {
  binding: Counts;
  reference: Counts;
  overall: Overall;
}

export interface FileAssessment {
  file: IndicatorFile;
  /** The year assessed by the progress check, when there are observed values. */
  year?: number;
  checks: readonly CheckName[];
  indicators: IndicatorAssessment[];
  summary: Summary;
  /** With --compare-year: what changed since that year's assessment. */
  comparison?: Comparison;
}

/** What a run's totals need: how many files, per overall verdict, and the run's verdict. */
export interface RunTotals {
  fileCount: number;
  overall: Overall;
  /** Files per overall verdict. */
  byOverall: Record<Overall, number>;
  /** Files that could not be checked (input errors): not in the counts above. */
  unreadable?: number;
}

/** Several files assessed in one run. */
export interface RunAssessment extends RunTotals {
  files: FileAssessment[];
}
