/** Every check of a file as a flat list: what the line-oriented formats (junit, github) walk. */
import {
  DECIDING,
  type CheckName,
  type CheckResult,
  type FileAssessment,
  type Forecast,
  type IndicatorAssessment,
} from "../assess/result.js";
import type { Outcome } from "../rules/outcome.js";

export interface CheckRow {
  file: FileAssessment;
  assessment: IndicatorAssessment;
  name: CheckName;
  check: CheckResult;
}

/**
 * A check the reasons list shows: one that is neither a pass nor not applicable, and a pass that
 * says something to act on — a value behind pace for a change due later, or a forecast that is not
 * on track (marked !) — which informs the verdict without deciding it.
 */
export const needsAttention = (c: CheckResult) => (c.verdict === "PASS" ? passWithAWarning(c) : c.verdict !== "N/A");

const OFF_TRACK = (f: Forecast) => f.class !== "achieved" && f.class !== "on_track";
const behindPace = (o: Outcome): boolean => o.message.id.endsWith(".behindPace") || (o.parts ?? []).some(behindPace);
const passWithAWarning = (c: CheckResult) =>
  behindPace(c.outcome) || (c.forecast !== undefined && OFF_TRACK(c.forecast)) || (c.forecasts ?? []).some(OFF_TRACK);

/** Whether a check decides the file's question (plan review, or the year assessed). */
export const decides = (f: FileAssessment, name: CheckName) => DECIDING[f.mode].includes(name);

export function checkRows(file: FileAssessment, rows = file.indicators): CheckRow[] {
  return rows.flatMap((assessment) =>
    Object.entries(assessment.checks).map(([name, check]) => ({ file, assessment, name: name as CheckName, check })),
  );
}

/**
 * A file's indicators a thousand at a time: how a format whose part grows with the file's rows
 * (src/report/index.ts, `pieces`) makes it, so that no piece holds more than a thousand rows' text.
 */
export function* rowBatches(f: FileAssessment): Generator<FileAssessment["indicators"]> {
  for (let start = 0; start < f.indicators.length; start += ROWS_AT_ONCE)
    yield f.indicators.slice(start, start + ROWS_AT_ONCE);
}

const ROWS_AT_ONCE = 1000;
