/** What the stability and trend rules share: their claims, and judging a target against them. */
import type { Direction } from "../model/types.js";
import type { TrendDirection } from "./ast.js";
import { atBound, round, wrongWay, type Move } from "./maths.js";
import { outcome, type Outcome } from "./outcome.js";
import { referenceOf, textReferenceOf, type EvalContext, type TargetContext } from "./context.js";
import type { Guarantee, TrendClaim } from "./guarantee.js";
import { UNDECIDED_MESSAGES, undecided } from "./compare.js";
import { ref, type MessageValue } from "../i18n/message.js";

/** Catalogue reference for a trend phrase as the rule writes it, resolved by the report in its language. */
export const phraseLabel = (kind: TrendClaim["kind"], direction: TrendDirection, orStable = false) =>
  ref(`phrase.${kind}.${orStable ? "orStable." : ""}${direction}`);

/** Does a target's stated trend imply the trend the standard needs? */
export function claimImplies(has: TrendClaim, need: TrendClaim): boolean {
  if (has.kind === need.kind && has.direction === need.direction && (has.orStable === need.orStable || !has.orStable))
    return true;
  const stableNeed = need.kind === "stable" || (need.kind === "increase" && need.orStable);
  const upward = (c: TrendClaim) => c.direction === "higher";
  switch (has.kind) {
    case "trend":
      return (need.kind === "stable" && need.direction === has.direction) || (need.kind === "increase" && upward(has));
    case "increase":
      return upward(need) && (stableNeed || (need.kind === "increase" && !has.orStable));
    case "stable":
      return upward(has) && need.kind === "increase" && need.orStable;
  }
}

/** The ids `judgeTrend` gives. */
export const JUDGE_TREND_MESSAGES = [
  "target.trend.stated",
  "target.trend.noBase",
  "target.trend.atBound",
  "target.trend.endpoint.pass",
  "target.trend.endpoint.fail",
  ...UNDECIDED_MESSAGES,
] as const;

/**
 * Judge a target against a trend the standard needs. A target that states the trend (or a
 * stronger one) meets it; otherwise the worst value the target allows is compared with the
 * base-year value: no worse beyond the tolerance for stability, strictly better for a trend.
 */
export function judgeTrend(need: TrendClaim, rule: MessageValue, g: Guarantee, ctx: TargetContext): Outcome {
  if (g.trends.some((c) => claimImplies(c, need))) return outcome("PASS", "target.trend.stated", { rule });
  const base = ctx.base?.value.kind === "number" ? { year: ctx.base.year, n: ctx.base.value.n } : undefined;
  const bound = need.direction === "higher" ? g.lo : g.hi;
  if (!bound) return undecided(g, ctx, rule);
  if (!base) return outcome("REVIEW", "target.trend.noBase", { rule, year: ctx.baseYear });
  const unit = ctx.indicator.unit;
  if (atBound(base.n, need.direction, unit) && atBound(bound.n, need.direction, unit)) {
    return outcome("PASS", "target.trend.atBound", { rule, worst: bound.n, unit });
  }
  const move = wrongWay(base.n, bound.n, need.direction, ctx.indicator.tolerance);
  const strictNeed = need.kind === "trend" || (need.kind === "increase" && !need.orStable);
  const pass = strictNeed ? move.vsZero() < 0 || (bound.strict && move.vsZero() <= 0) : move.vsTolerance() <= 0;
  return outcome(pass ? "PASS" : "FAIL", pass ? "target.trend.endpoint.pass" : "target.trend.endpoint.fail", {
    rule,
    worst: bound.n,
    unit,
    baseYear: base.year,
    base: base.n,
    change: round(bound.n - base.n),
    tolerance: strictNeed ? undefined : ctx.indicator.tolerance.text,
  });
}

/** The ids `againstReference` gives, besides the held / broken ids it is handed (and `noReference`'s). */
export const REFERENCE_MESSAGES = [
  "rule.trend.atBound",
  "rule.trend.noBaseYearValue",
  "rule.trend.tooFew",
  "rule.trend.textReference",
] as const;

/**
 * Stability and increase: the value against the reference value (previous year's by default).
 * A percentage at its bound holds already; the reason names both years and, where it applies,
 * the tolerance.
 */
export function againstReference(
  ctx: EvalContext,
  n: number,
  direction: Direction,
  rule: MessageValue,
  ids: { held: string; broken: string },
  holds: (wrongMove: Move) => boolean,
  showTolerance: boolean,
): Outcome {
  if (atBound(n, direction, ctx.indicator.unit))
    return outcome("PASS", "rule.trend.atBound", { rule, year: ctx.year, value: n, unit: ctx.indicator.unit });
  const ref = referenceOf(ctx);
  if (!ref) return noReference(ctx, rule, n);
  const held = holds(wrongWay(ref.n, n, direction, ctx.indicator.tolerance));
  return outcome(held ? "PASS" : "FAIL", held ? ids.held : ids.broken, {
    rule,
    year: ctx.year,
    value: n,
    refYear: ref.year,
    refValue: ref.n,
    change: round(n - ref.n),
    tolerance: showTolerance ? ctx.indicator.tolerance.text : undefined,
  });
}

/** No reference value to compare with: too few years, or none at the reference the row chose. */
function noReference(ctx: EvalContext, rule: MessageValue, n: number): Outcome {
  const text = textReference(ctx, rule, n);
  if (text) return text;
  if (ctx.indicator.reference === "base_year")
    return outcome("MISSING", "rule.trend.noBaseYearValue", { rule, baseYear: ctx.baseYear });
  return outcome("MISSING", "rule.trend.tooFew", { rule, year: ctx.year });
}

/** An earlier value in words where a number was needed: a person compares (REVIEW); none: undefined. */
export function textReference(ctx: EvalContext, rule: MessageValue, n: number): Outcome | undefined {
  const text = textReferenceOf(ctx);
  return (
    text &&
    outcome("REVIEW", "rule.trend.textReference", {
      rule,
      refYear: text.year,
      refText: text.text,
      year: ctx.year,
      value: n,
    })
  );
}

export const claim = (kind: TrendClaim["kind"], direction: Direction, orStable = false): TrendClaim => ({
  kind,
  direction,
  orStable,
});
