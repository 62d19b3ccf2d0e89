/** The exit status of a check run: 0 for PASS and WARN, 1 for FAIL and INCOMPLETE, as tuned. */
import type { Overall } from "../assess/result.js";

export interface ExitPolicy {
  allowIncomplete?: boolean;
  failOn?: "warn";
  exitZero?: boolean;
}

export function exitStatus(overall: Overall, policy: ExitPolicy): 0 | 1 {
  if (policy.exitZero) return 0;
  switch (overall) {
    case "PASS": return 0;
    case "WARN": return policy.failOn === "warn" ? 1 : 0;
    case "INCOMPLETE": return policy.allowIncomplete ? 0 : 1;
    case "FAIL": return 1;
  }
}
