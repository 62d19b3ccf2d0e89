/** Every check of a run as a flat list: what the line-oriented formats (junit, github, csv) walk. */
import type { CheckName, CheckResult, FileAssessment, IndicatorAssessment, RunAssessment } from "../assess/result.js";

export interface CheckRow {
  file: FileAssessment;
  assessment: IndicatorAssessment;
  name: CheckName;
  check: CheckResult;
}

export function checkRows(run: RunAssessment): CheckRow[] {
  return run.files.flatMap((file) =>
    file.indicators.flatMap((assessment) =>
      Object.entries(assessment.checks).map(([name, check]) => ({ file, assessment, name: name as CheckName, check })),
    ),
  );
}
