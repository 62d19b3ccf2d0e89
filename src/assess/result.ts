/** What an assessment produces: the input of every report. */
import type { Indicator, IndicatorFile, Observation } from "../model/types.js";
import type { Verdict } from "../model/verdict.js";
import type { Outcome } from "../rules/outcome.js";
import type { Comparison } from "./compare.js";
import type { InputError } from "../load/errors.js";
import type { VetoAssessment } from "../vetoes/types.js";
import type { ProjectsResult } from "../projects/result.js";
import type { ProjectsTotals } from "../projects/totals.js";

/** `override`: a row that restates a built-in edition's national rule, judged against it. */
export const CHECKS = ["baseline", "near_term", "long_term", "progress", "override"] as const;
export type CheckName = (typeof CHECKS)[number];

/**
 * The two questions a run answers (SPEC "Two questions"): plan review — is the base year compliant
 * and do the targets guarantee the standard — or the assessment of one year.
 */
export const MODES = ["plan", "year"] as const;
export type Mode = (typeof MODES)[number];

/** The checks whose verdicts decide each question; the others are shown, not deciding. */
export const DECIDING: Record<Mode, readonly CheckName[]> = {
  plan: ["baseline", "near_term", "long_term", "override"],
  year: ["progress", "override"],
};

export const FORECAST_CLASSES = [
  "achieved",
  "on_track",
  "acceleration_needed",
  "limited_progress",
  "moving_away",
] as const;
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
  /**
   * The value each remaining year must reach to meet the target on time, from the latest value
   * (y_t·(y* ÷ y_t)^((k−t)/(T−t)); linear steps where growth rates have no meaning). Empty once met.
   */
  pace: Array<{ year: number; value: number }>;
  /** Where the projection or a pace value was held at an end of the value's possible range (a share at 100 %). */
  clamped?: { projected?: "min" | "max"; pace?: "min" | "max" };
}

export interface CheckResult {
  verdict: Verdict;
  /** The year judged: the base year, a target year, or the assessed year. */
  year: number;
  /** The rule the check applied, as written. */
  rule: string;
  outcome: Outcome;
  /** The value judged, where the check judged one (the base year's, the assessed year's). */
  observation?: Observation;
  /** The forecast toward the target of the assessed year's phase. */
  forecast?: Forecast;
  /** Before the near-term year: the forecasts toward the near-term and the long-term target. */
  forecasts?: Forecast[];
}

export interface IndicatorAssessment {
  indicator: Indicator;
  /** The base-year value (the last at or before the base year), as the checks saw it: what reports show. */
  base?: Observation;
  /** A year assessment's value for its year, as the progress check judged it. */
  actual?: Observation;
  checks: Partial<Record<CheckName, CheckResult>>;
  /** The worst verdict of the checks that decide the run's question: what the summary counts. */
  verdict: Verdict;
}

/** A year assessment's gaps: the binding rows that apply and have no value for the year. */
export interface Completeness {
  year: number;
  missing: Array<{ id: string; name: string; line: number }>;
}

export type Overall = "PASS" | "WARN" | "INCOMPLETE" | "FAIL";

export type Counts = { total: number } & Record<Verdict, number>;

export interface Summary {
  readonly binding: Counts;
  readonly reference: Counts;
  /** Decided once, by assess/summarize.ts's `overall`, and never changed after. */
  readonly overall: Overall;
}

export interface FileAssessment {
  file: IndicatorFile;
  mode: Mode;
  /** The year assessed (a year assessment only). */
  year?: number;
  /** A year assessment's completeness list. */
  completeness?: Completeness;
  checks: readonly CheckName[];
  indicators: IndicatorAssessment[];
  summary: Summary;
  /** With --compare-year: what changed since that year's assessment. */
  comparison?: Comparison;
  /** The basic conditions (否决项) the file lists: a year's, deciding; or all, shown. */
  vetoes?: VetoAssessment;
  /** The key projects' checks (附表1), when the file lists projects. */
  projects?: ProjectsResult;
}

/** What a run's totals need: how many files, per overall verdict, and the run's verdict. */
export interface RunTotals {
  fileCount: number;
  overall: Overall;
  /** Files per overall verdict. */
  byOverall: Record<Overall, number>;
  /** Files that could not be checked (input errors): not in the counts above. */
  unreadable?: number;
  /** Their errors, for the reports that list them at the end (JSON's `errors`). */
  inputErrors?: InputError[];
  /** Year assessments with gaps: which file (region) lacks which binding rows for its year. */
  gaps?: FileGaps[];
  /** The key projects of the files that list them, by region and in sum. */
  projects?: ProjectsTotals;
}

export interface FileGaps {
  file: string;
  region: string;
  year: number;
  ids: string[];
}

/** Several files assessed in one run. */
export interface RunAssessment extends RunTotals {
  files: FileAssessment[];
}
