/** Every lint check, in the order findings are listed; and running them over one file. */
import type { IndicatorFile } from "../model/types.js";
import nearStricterThanLong from "./nearStricterThanLong.js";
import planConsistency from "./planConsistency.js";
import targetAgainstStandard from "./targetAgainstStandard.js";
import targetBelowBaseline from "./targetBelowBaseline.js";
import unitScale from "./unitScale.js";
import unknownPhrase from "./unknownPhrase.js";
import yearTwice from "./yearTwice.js";
import type { LintCheck, LintFinding, LintLocator } from "./types.js";

const LINT_CHECKS: readonly LintCheck[] = [
  unitScale,
  targetAgainstStandard,
  targetBelowBaseline,
  nearStricterThanLong,
  planConsistency,
  unknownPhrase,
  yearTwice,
];

/** The findings of every check on the file, by line and column. */
export function lint(file: IndicatorFile, at: LintLocator, checks: readonly LintCheck[] = LINT_CHECKS): LintFinding[] {
  return checks.flatMap((c) => c.run(file, at)).sort((a, b) => a.line - b.line || a.column - b.column);
}
