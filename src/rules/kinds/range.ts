/** `0.3-0.4之间`, `between 0.3 and 0.4`: an inclusive range. */
import type { RangeRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { boundsMeet, compare, NON_NUMERIC_MESSAGES, nonNumeric } from "../numbers.js";
import { boundsText, UNDECIDED_MESSAGES, undecided } from "../compare.js";

const label = (node: RangeRule) => `${node.min}–${node.max}${node.unit ?? ""}`;

export default defineRule<RangeRule>({
  levels: (node) => [
    { op: ">=", value: node.min },
    { op: "<=", value: node.max },
  ],
  meta: {
    kind: "range",
    docs: "rule.range.docs",
    messages: [
      ...NON_NUMERIC_MESSAGES,
      "rule.compare.pass",
      "rule.compare.fail",
      "target.wrongSide",
      "target.range.pass",
      "target.range.fail",
      ...UNDECIDED_MESSAGES,
    ],
  },
  evaluate(node, ctx, value) {
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    const pass = compare(value.n, ">=", node.min) && compare(value.n, "<=", node.max);
    return outcome(pass ? "PASS" : "FAIL", pass ? "rule.compare.pass" : "rule.compare.fail", {
      year: ctx.year,
      value: value.n,
      unit: ctx.indicator.unit,
      rule: label(node),
    });
  },
  guarantee: (node) => ({
    ...nothingGuaranteed(),
    lo: { n: node.min, strict: false },
    hi: { n: node.max, strict: false },
  }),
  judge(node, g, ctx) {
    const low = boundsMeet(">=", node.min, g.lo, g.hi);
    const high = boundsMeet("<=", node.max, g.lo, g.hi);
    if (low === undefined || high === undefined) {
      if (g.lo || g.hi) return outcome("FAIL", "target.wrongSide", { rule: label(node), target: boundsText(g) });
      return undecided(g, ctx, label(node));
    }
    const pass = low && high;
    return outcome(pass ? "PASS" : "FAIL", pass ? "target.range.pass" : "target.range.fail", {
      lo: g.lo?.n,
      hi: g.hi?.n,
      rule: label(node),
    });
  },
});
