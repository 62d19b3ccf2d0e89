/**
 * The exit policy (--allow-incomplete, --fail-on, --exit-zero) as data, and what it makes of a
 * verdict: the command's exit status, and which checks a report (JUnit) marks as failing the run.
 * It lives in the core so that the command and every formatter read one rule, and no formatter
 * imports the command layer.
 */
import { DECIDING, type FileAssessment, type Overall } from "./result.js";
import type { Verdict } from "../model/verdict.js";

export interface ExitPolicy {
  allowIncomplete?: boolean;
  failOn?: "warn" | "projects";
  exitZero?: boolean;
}

export function exitStatus(overall: Overall, policy: ExitPolicy): 0 | 1 {
  if (policy.exitZero) return 0;
  switch (overall) {
    case "PASS":
      return 0;
    case "WARN":
      return policy.failOn === "warn" ? 1 : 0;
    case "INCOMPLETE":
      return policy.allowIncomplete ? 0 : 1;
    case "FAIL":
      return 1;
  }
}

/**
 * Whether a file makes the run fail (--exit-zero aside): its overall verdict does, or one of the
 * checks that decide it does. The overall names only the worst: an INCOMPLETE let through by
 * --allow-incomplete may hide a warning that --fail-on warn fails on, and JUnit and the CI
 * annotations mark that check.
 */
export function fileFails(file: FileAssessment, policy: ExitPolicy): boolean {
  if (exitStatus(file.summary.overall, { ...policy, exitZero: false }) === 1) return true;
  return file.indicators.some((a) =>
    DECIDING[file.mode].some((name) => {
      const check = a.checks[name];
      return check !== undefined && failsRun(check.verdict, a.indicator.binding, policy);
    }),
  );
}

/**
 * Whether one check makes the run fail under the policy, as `exitStatus` of the overall verdict
 * would have it (a binding FAIL; a binding MISSING or REVIEW unless --allow-incomplete; a WARN, or
 * a reference row that is not a pass, with --fail-on warn). --exit-zero is left aside: it changes
 * the exit status, not what a report says of a check. JUnit marks exactly these.
 */
export function failsRun(verdict: Verdict, binding: boolean, policy: ExitPolicy): boolean {
  if (verdict === "PASS" || verdict === "N/A") return false;
  const warnFails = policy.failOn === "warn";
  if (!binding) return warnFails;
  if (verdict === "FAIL") return true;
  if (verdict === "WARN") return warnFails;
  return !policy.allowIncomplete;
}
