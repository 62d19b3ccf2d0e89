/**
 * `保持稳定或持续改善/提高/下降`, `不降低`: no move the wrong way beyond the tolerance, against the
 * reference value (previous year's by default).
 */
import type { StableRule } from "../ast.js";
import { resolveDirection } from "../context.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { NON_NUMERIC_MESSAGES, nonNumeric } from "../numbers.js";
import {
  againstReference,
  claim,
  JUDGE_TREND_MESSAGES,
  judgeTrend,
  phraseLabel,
  REFERENCE_MESSAGES,
} from "../trends.js";

export default defineRule<StableRule>({
  levels: () => [],
  meta: {
    kind: "stable",
    docs: "rule.stable.docs",
    messages: [
      ...NON_NUMERIC_MESSAGES,
      ...REFERENCE_MESSAGES,
      "rule.stable.held",
      "rule.stable.broken",
      ...JUDGE_TREND_MESSAGES,
    ],
  },
  evaluate(node, ctx, value) {
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    const direction = resolveDirection(node.direction, ctx.indicator.better);
    const ids = { held: "rule.stable.held", broken: "rule.stable.broken" };
    return againstReference(
      ctx,
      value.n,
      direction,
      phraseLabel("stable", node.direction),
      ids,
      (move) => move.vsTolerance() <= 0,
      true,
    );
  },
  guarantee: (node, ctx) => ({
    ...nothingGuaranteed(),
    trends: [claim("stable", resolveDirection(node.direction, ctx.indicator.better))],
  }),
  judge: (node, g, ctx) =>
    judgeTrend(
      claim("stable", resolveDirection(node.direction, ctx.indicator.better)),
      phraseLabel("stable", node.direction),
      g,
      ctx,
    ),
});
