/** `有所提高`: higher than the reference value; `保持稳定或有所提高`: not lower beyond the tolerance. */
import type { IncreaseRule } from "../ast.js";
import { EPSILON, atBound, outcome, referenceOf, round, toleranceAmount, wrongWay } from "../context.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { nonNumeric } from "../numbers.js";
import { noReference } from "../trends.js";
import { claim, judgeTrend, phraseLabel } from "../trends.js";

export default defineRule<IncreaseRule>({
  meta: {
    kind: "increase",
    docs: "rule.increase.docs",
    messages: ["rule.trend.atBound", "rule.trend.tooFew", "rule.increase.held", "rule.increase.broken"],
  },
  evaluate(node, ctx, value) {
    const need = claim("increase", "higher", node.orStable);
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    const rule = phraseLabel("increase", "higher", node.orStable);
    if (atBound(value.n, "higher", ctx.indicator.unit)) return outcome("PASS", "rule.trend.atBound", { rule, year: ctx.year, value: value.n, unit: ctx.indicator.unit });
    const ref = referenceOf(ctx);
    if (!ref) return noReference(ctx, rule);
    const move = wrongWay(ref.n, value.n, "higher");
    const held = node.orStable ? move <= toleranceAmount(ctx.indicator.tolerance, ref.n) + EPSILON : move < -EPSILON;
    return outcome(held ? "PASS" : "FAIL", held ? "rule.increase.held" : "rule.increase.broken", {
      rule,
      year: ctx.year,
      value: value.n,
      refYear: ref.year,
      refValue: ref.n,
      change: round(value.n - ref.n),
      tolerance: node.orStable ? ctx.indicator.tolerance.text : undefined,
    });
  },
  guarantee: (node) => ({ ...nothingGuaranteed(), trends: [claim("increase", "higher", node.orStable)] }),
  judge: (node, g, ctx) => judgeTrend(claim("increase", "higher", node.orStable), phraseLabel("increase", "higher", node.orStable), g, ctx),
});
