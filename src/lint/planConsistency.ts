/**
 * The key projects' plan consistency (附表1), as the projects checks find it: the stated 合计
 * against the sum, an amount in a project's content that differs from its investment column,
 * duplicated contents. Each at the field it is about.
 */
import { planConsistency } from "../projects/checks.js";
import type { LintCheck } from "./types.js";

const check: LintCheck = {
  id: "plan-consistency",
  description: "lint.plan-consistency.description",
  severity: "warning",
  messages: [
    "project.finding.totalMismatch",
    "project.finding.contentAmount",
    "project.finding.duplicateContent",
    "project.finding.similarContent",
  ],
  run(file, at) {
    if (!file.projects) return [];
    return planConsistency(file.projects).findings.map((f) => ({
      check: check.id,
      severity: check.severity,
      ...at.path(f.path, f.line),
      message: f.message,
    }));
  },
};

export default check;
