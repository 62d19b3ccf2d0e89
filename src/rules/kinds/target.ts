/** `100`, `88`: a bare number — reach it in the indicator's `better` direction. */
import type { Comparator, TargetRule } from "../ast.js";
import type { RuleIndicator } from "../context.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { boundsOf } from "../numbers.js";
import { GUARANTEE_MESSAGES, VALUE_MESSAGES, judgeGuarantee, judgeValue } from "../compare.js";

const opFor = (indicator: RuleIndicator): Comparator => (indicator.better === "higher" ? ">=" : "<=");

export default defineRule<TargetRule>({
  levels: (node, better) => [{ op: better === "higher" ? ">=" : "<=", value: node.value }],
  meta: { kind: "target", docs: "rule.target.docs", messages: [...VALUE_MESSAGES, ...GUARANTEE_MESSAGES] },
  evaluate: (node, ctx, value) =>
    judgeValue(opFor(ctx.indicator), node.value, node.unit, ctx.year, value, ctx.indicator),
  guarantee: (node, ctx) => ({ ...nothingGuaranteed(), ...boundsOf(opFor(ctx.indicator), node.value) }),
  judge: (node, g, ctx) => judgeGuarantee(opFor(ctx.indicator), node.value, node.unit, g, ctx),
});
