/** `有所提高`: higher than the reference value; `保持稳定或有所提高`: not lower beyond the tolerance. */
import type { IncreaseRule } from "../ast.js";
import type { Move } from "../maths.js";
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

export default defineRule<IncreaseRule>({
  levels: () => [],
  meta: {
    kind: "increase",
    docs: "rule.increase.docs",
    messages: [
      ...NON_NUMERIC_MESSAGES,
      ...REFERENCE_MESSAGES,
      "rule.increase.held",
      "rule.increase.broken",
      ...JUDGE_TREND_MESSAGES,
    ],
  },
  evaluate(node, ctx, value) {
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    const ids = { held: "rule.increase.held", broken: "rule.increase.broken" };
    // 保持稳定或有所提高: not lower beyond the tolerance; 有所提高: strictly higher.
    const held = (move: Move) => (node.orStable ? move.vsTolerance() <= 0 : move.vsZero() < 0);
    return againstReference(
      ctx,
      value.n,
      "higher",
      phraseLabel("increase", "higher", node.orStable),
      ids,
      held,
      node.orStable,
    );
  },
  guarantee: (node) => ({ ...nothingGuaranteed(), trends: [claim("increase", "higher", node.orStable)] }),
  judge: (node, g, ctx) =>
    judgeTrend(claim("increase", "higher", node.orStable), phraseLabel("increase", "higher", node.orStable), g, ctx),
});
