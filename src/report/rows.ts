/** Every check of a file as a flat list: what the line-oriented formats (junit, github) walk. */
import {
  DECIDING,
  type CheckName,
  type CheckResult,
  type FileAssessment,
  type IndicatorAssessment,
} from "../assess/result.js";

export interface CheckRow {
  file: FileAssessment;
  assessment: IndicatorAssessment;
  name: CheckName;
  check: CheckResult;
}

/** A check the reasons list shows: one that is neither a pass nor not applicable. */
export const needsAttention = (c: CheckResult) => c.verdict !== "PASS" && c.verdict !== "N/A";

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
