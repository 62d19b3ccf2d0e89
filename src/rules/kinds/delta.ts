/** `ΔEQI>-1`, `Δ>-1`: the year-on-year change; a row with `measure: delta` already holds changes. */
import type { DeltaRule } from "../ast.js";
import { numeric } from "../context.js";
import { outcome } from "../outcome.js";
import { differenceOrder, satisfies } from "../decimal.js";
import { round } from "../maths.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { boundsMeet, boundsOf, NON_NUMERIC_MESSAGES, nonNumeric, ruleLabel, worstAgainst } from "../numbers.js";

const label = (node: DeltaRule) => `${node.label}${ruleLabel(node.op, node.value)}`;

export default defineRule<DeltaRule>({
  levels: () => [],
  meta: {
    kind: "delta",
    docs: "rule.delta.docs",
    messages: [
      ...NON_NUMERIC_MESSAGES,
      "rule.delta.pass",
      "rule.delta.fail",
      "rule.delta.noPrevious",
      "target.delta.pass",
      "target.delta.fail",
      "target.noValue",
    ],
  },
  evaluate(node, ctx, value) {
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    // A row of changes holds the change itself; otherwise the change from the year before, exactly.
    let change = value.n;
    let previousValue = 0;
    let from: number | undefined;
    if (ctx.indicator.measure !== "delta") {
      // Year-on-year: the change from the year before, not across a gap.
      const previous = numeric(ctx.series).find((o) => o.year === ctx.year - 1);
      if (!previous)
        return outcome("MISSING", "rule.delta.noPrevious", {
          rule: label(node),
          year: ctx.year,
          previousYear: ctx.year - 1,
        });
      change = round(value.n - previous.n);
      previousValue = previous.n;
      from = previous.year;
    }
    const pass = satisfies(differenceOrder(value.n, previousValue, node.value), node.op);
    return outcome(pass ? "PASS" : "FAIL", pass ? "rule.delta.pass" : "rule.delta.fail", {
      year: ctx.year,
      from,
      change,
      rule: label(node),
    });
  },
  guarantee(node, ctx) {
    const b = boundsOf(node.op, node.value);
    // A target on the change itself bounds the value when the row already holds changes.
    if (ctx.indicator.measure === "delta") return { ...nothingGuaranteed(), ...b, deltaLo: b.lo, deltaHi: b.hi };
    return { ...nothingGuaranteed(), deltaLo: b.lo, deltaHi: b.hi };
  },
  judge(node, g, ctx) {
    const lo = g.deltaLo ?? (ctx.indicator.measure === "delta" ? g.lo : undefined);
    const hi = g.deltaHi ?? (ctx.indicator.measure === "delta" ? g.hi : undefined);
    const meets = boundsMeet(node.op, node.value, lo, hi);
    if (meets === undefined) return outcome("REVIEW", "target.noValue", { rule: label(node) });
    return outcome(meets ? "PASS" : "FAIL", meets ? "target.delta.pass" : "target.delta.fail", {
      worst: worstAgainst(node.op, node.value, lo, hi),
      rule: label(node),
    });
  },
});
