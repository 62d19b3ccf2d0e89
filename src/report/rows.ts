/** Every check of a file as a flat list: what the line-oriented formats (junit, github) walk. */
import type { CheckName, CheckResult, FileAssessment, IndicatorAssessment } from "../assess/result.js";

export interface CheckRow {
  file: FileAssessment;
  assessment: IndicatorAssessment;
  name: CheckName;
  check: CheckResult;
}

/** A check the reasons list shows: one that is neither a pass nor not applicable. */
export const needsAttention = (c: CheckResult) => c.verdict !== "PASS" && c.verdict !== "N/A";

export function checkRows(file: FileAssessment): CheckRow[] {
  return file.indicators.flatMap((assessment) =>
    Object.entries(assessment.checks).map(([name, check]) => ({ file, assessment, name: name as CheckName, check })),
  );
}
