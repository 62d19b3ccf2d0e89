/**
 * A plan target weaker than the row's own baseline: higher-better `≥80` where the base year already
 * stands at 85 (or lower-better `≤40` at 35). The plan would count a fall as meeting its target.
 * The baseline is compared at the target's own precision: `≥93` over 93.05 keeps the level, it is
 * the standard's figure written without decimals, not a weaker target.
 */
import { ref } from "../i18n/message.js";
import type { LintCheck, LintFinding } from "./types.js";
import { TARGETS, baselineAt, levelOf, pointsHigher, pointsLower } from "./levels.js";

const check: LintCheck = {
  id: "target-below-baseline",
  description: "lint.target-below-baseline.description",
  severity: "warning",
  messages: ["lint.target-below-baseline.higher", "lint.target-below-baseline.lower"],
  run(file, at) {
    const findings: LintFinding[] = [];
    for (const i of file.indicators) {
      if (i.measure !== "level") continue;
      const baseline = baselineAt(i, file.plan.baseYear);
      if (baseline === undefined) continue;
      for (const t of TARGETS) {
        const spec = t.spec(i);
        const level = levelOf(spec, i.better);
        if (!level) continue;
        const base = atPrecisionOf(level.value, baseline);
        const weaker =
          i.better === "higher"
            ? pointsHigher(level.op) && level.value < base
            : pointsLower(level.op) && level.value > base;
        if (!weaker) continue;
        findings.push({
          check: check.id,
          severity: check.severity,
          ...at.row(i.id, [t.field], i.line),
          message: {
            id: `lint.target-below-baseline.${i.better}`,
            data: {
              id: i.id,
              field: ref(`lint.field.${t.field}`),
              rule: spec!.text,
              baseline,
              baseYear: file.plan.baseYear,
            },
          },
        });
      }
    }
    return findings;
  },
};

/** `n` rounded to as many decimals as `like` is written with. */
function atPrecisionOf(like: number, n: number): number {
  const decimals = (String(like).split(".")[1] ?? "").length;
  return Number(n.toFixed(decimals));
}

export default check;
