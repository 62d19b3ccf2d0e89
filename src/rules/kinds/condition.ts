/**
 * `…且能源消耗总量不超过控制目标值`, `…且无危险废物排放`: a condition the row's value cannot decide.
 * Met only by a status the file gives for it (`clauses: {能源消耗总量不超过控制目标值: 已满足}`, or per
 * year) or by a signed review of the year; otherwise MISSING. A number never decides it.
 */
import type { ConditionRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";

export default defineRule<ConditionRule>({
  levels: () => [],
  meta: {
    kind: "condition",
    docs: "rule.condition.docs",
    messages: [
      "rule.condition.met",
      "rule.condition.notMet",
      "rule.condition.unclear",
      "rule.condition.reviewed",
      "rule.condition.missing",
      "target.condition.stated",
      "target.condition.unstated",
    ],
  },
  evaluate(node, ctx) {
    const condition = node.text;
    const clause = ctx.indicator.clauses?.[condition];
    const stated = clause?.byYear[ctx.year] ?? clause?.all;
    if (stated) {
      const id =
        stated.state === "met"
          ? "rule.condition.met"
          : stated.state === "not_met"
            ? "rule.condition.notMet"
            : "rule.condition.unclear";
      return outcome(stated.state === "met" ? "PASS" : stated.state === "not_met" ? "FAIL" : "REVIEW", id, {
        year: ctx.year,
        condition,
        text: stated.text,
      });
    }
    const review = ctx.indicator.review;
    if (review && review.year === ctx.year) {
      return outcome(review.verdict === "pass" ? "PASS" : "FAIL", "rule.condition.reviewed", {
        year: ctx.year,
        condition,
        by: review.by,
        date: review.date,
      });
    }
    return outcome("MISSING", "rule.condition.missing", { year: ctx.year, condition });
  },
  guarantee: (node) => ({ ...nothingGuaranteed(), conditions: [node.text] }),
  judge: (node, g) =>
    g.conditions.includes(node.text)
      ? outcome("PASS", "target.condition.stated", { condition: node.text })
      : outcome("REVIEW", "target.condition.unstated", { condition: node.text }),
});
