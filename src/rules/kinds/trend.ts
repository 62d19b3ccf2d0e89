/**
 * `持续改善`, `持续提高`, `持续下降`, `逐年下降`: every year-on-year step of the series moves that way
 * (≥2 values); `近五年逐年提高`: every step of the last five years, which needs all six values.
 */
import type { TrendRule } from "../ast.js";
import { atBound, wrongWay } from "../maths.js";
import { numeric, resolveDirection } from "../context.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { NON_NUMERIC_MESSAGES, nonNumeric } from "../numbers.js";
import { claim, JUDGE_TREND_MESSAGES, judgeTrend, phraseLabel, textReference } from "../trends.js";

export default defineRule<TrendRule>({
  levels: () => [],
  meta: {
    kind: "trend",
    docs: "rule.trend.docs",
    messages: [
      ...NON_NUMERIC_MESSAGES,
      "rule.trend.atBound",
      "rule.trend.tooFew",
      "rule.trend.textReference",
      "rule.trend.window",
      "rule.trend.held",
      "rule.trend.broken",
      ...JUDGE_TREND_MESSAGES,
    ],
  },
  evaluate(node, ctx, value) {
    const need = claim("trend", resolveDirection(node.direction, ctx.indicator.better));
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    const rule = phraseLabel("trend", node.direction);
    if (atBound(value.n, need.direction, ctx.indicator.unit))
      return outcome("PASS", "rule.trend.atBound", { rule, year: ctx.year, value: value.n, unit: ctx.indicator.unit });
    const from = node.years === undefined ? undefined : ctx.year - node.years;
    const points = numeric(ctx.series).filter((o) => o.year <= ctx.year && (from === undefined || o.year >= from));
    if (from !== undefined && points.length < node.years! + 1) {
      const missing = Array.from({ length: node.years! + 1 }, (_, i) => from + i).filter(
        (y) => !points.some((p) => p.year === y),
      );
      return outcome("MISSING", "rule.trend.window", {
        rule,
        years: node.years,
        from,
        year: ctx.year,
        missing: missing.join(", "),
      });
    }
    if (points.length < 2)
      return textReference(ctx, rule, value.n) ?? outcome("MISSING", "rule.trend.tooFew", { rule, year: ctx.year });
    const series = points.map((o) => `${o.year}: ${o.n}`).join(" → ");
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      if (wrongWay(a.n, b.n, need.direction).vsZero() >= 0) {
        return outcome("FAIL", "rule.trend.broken", {
          rule,
          series: points.length > 2 ? series : undefined,
          fromYear: a.year,
          from: a.n,
          toYear: b.year,
          to: b.n,
        });
      }
    }
    return outcome("PASS", "rule.trend.held", { rule, series });
  },
  guarantee: (node, ctx) => ({
    ...nothingGuaranteed(),
    trends: [claim("trend", resolveDirection(node.direction, ctx.indicator.better))],
  }),
  judge: (node, g, ctx) =>
    judgeTrend(
      claim("trend", resolveDirection(node.direction, ctx.indicator.better)),
      phraseLabel("trend", node.direction),
      g,
      ctx,
    ),
});
