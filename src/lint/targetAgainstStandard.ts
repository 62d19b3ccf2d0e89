/**
 * A plan target that points the other way from the standard: the standard `≤35` (lower is better)
 * and the target `≥40`. One of them is miswritten; the target cannot guarantee the standard.
 */
import { impliedDirection } from "../rules/direction.js";
import { ref } from "../i18n/message.js";
import type { LintCheck, LintFinding } from "./types.js";
import { TARGETS } from "./levels.js";

const check: LintCheck = {
  id: "target-against-standard",
  description: "lint.target-against-standard.description",
  severity: "error",
  messages: ["lint.target-against-standard.found"],
  run(file, at) {
    const findings: LintFinding[] = [];
    for (const i of file.indicators) {
      const standard = i.standard && impliedDirection(i.standard.rule);
      if (!standard) continue;
      for (const t of TARGETS) {
        const spec = t.spec(i);
        const target = spec && impliedDirection(spec.rule);
        if (!target || target === standard) continue;
        findings.push({
          check: check.id,
          severity: check.severity,
          ...at.row(i.id, [t.field], i.line),
          message: {
            id: "lint.target-against-standard.found",
            data: { id: i.id, field: ref(`lint.field.${t.field}`), rule: spec.text, standard: i.standard!.text },
          },
        });
      }
    }
    return findings;
  },
};

export default check;
