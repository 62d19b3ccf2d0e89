/**
 * `保持稳定或持续改善/提高/下降`, `不降低`: no move the wrong way beyond the tolerance, against the
 * reference value (previous year's by default).
 */
import type { StableRule } from "../ast.js";
import { EPSILON, atBound, outcome, referenceOf, resolveDirection, round, toleranceAmount, wrongWay } from "../context.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { nonNumeric } from "../numbers.js";
import { noReference } from "../trends.js";
import { claim, judgeTrend, phraseLabel } from "../trends.js";

export default defineRule<StableRule>({
  meta: {
    kind: "stable",
    docs: "rule.stable.docs",
    messages: ["rule.trend.atBound", "rule.trend.tooFew", "rule.stable.held", "rule.stable.broken"],
  },
  evaluate(node, ctx, value) {
    const need = claim("stable", resolveDirection(node.direction, ctx.indicator.better));
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    const rule = phraseLabel("stable", node.direction);
    if (atBound(value.n, need.direction, ctx.indicator.unit)) return outcome("PASS", "rule.trend.atBound", { rule, year: ctx.year, value: value.n, unit: ctx.indicator.unit });
    const ref = referenceOf(ctx);
    if (!ref) return noReference(ctx, rule);
    const tolerance = toleranceAmount(ctx.indicator.tolerance, ref.n);
    const held = wrongWay(ref.n, value.n, need.direction) <= tolerance + EPSILON;
    return outcome(held ? "PASS" : "FAIL", held ? "rule.stable.held" : "rule.stable.broken", {
      rule,
      year: ctx.year,
      value: value.n,
      refYear: ref.year,
      refValue: ref.n,
      change: round(value.n - ref.n),
      tolerance: ctx.indicator.tolerance.text,
    });
  },
  guarantee: (node, ctx) => ({ ...nothingGuaranteed(), trends: [claim("stable", resolveDirection(node.direction, ctx.indicator.better))] }),
  judge: (node, g, ctx) => judgeTrend(claim("stable", resolveDirection(node.direction, ctx.indicator.better)), phraseLabel("stable", node.direction), g, ctx),
});
