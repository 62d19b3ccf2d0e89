/** `≥20`, `>-1`, `≤35μg/m³`, `=100`: a threshold on the value; the symbol decides inclusive or strict. */
import type { ThresholdRule } from "../ast.js";
import { GUARANTEE_MESSAGES, VALUE_MESSAGES, judgeGuarantee, judgeValue } from "../compare.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { boundsOf } from "../numbers.js";

export default defineRule<ThresholdRule>({
  levels: (node) => [{ op: node.op, value: node.value }],
  meta: {
    kind: "threshold",
    docs: "rule.threshold.docs",
    messages: [...VALUE_MESSAGES, ...GUARANTEE_MESSAGES],
  },
  evaluate: (node, ctx, value) => judgeValue(node.op, node.value, node.unit, ctx.year, value, ctx.indicator),
  guarantee: (node) => ({ ...nothingGuaranteed(), ...boundsOf(node.op, node.value) }),
  judge: (node, g, ctx) => judgeGuarantee(node.op, node.value, node.unit, g, ctx),
});
