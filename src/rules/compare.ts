/**
 * Judging a value, or a target's guarantee, against `op limit`: what thresholds, bare-number
 * targets, ranges, reference values and trends share. Each list of ids is what its function gives.
 */
import type { Value } from "../model/types.js";
import type { MessageValue } from "../i18n/message.js";
import type { Comparator } from "./ast.js";
import type { RuleIndicator, TargetContext } from "./context.js";
import type { Guarantee } from "./guarantee.js";
import { boundsMeet, compare, isFullShare, NON_NUMERIC_MESSAGES, nonNumeric, ruleLabel, worstOf } from "./numbers.js";
import { outcome, type Outcome } from "./outcome.js";
import { scaled } from "./decimal.js";
import { shareWhole } from "./units.js";

/** The ids `undecided` gives. */
export const UNDECIDED_MESSAGES = ["target.deferred", "target.noValue"] as const;
/** The ids `judgeValue` gives. */
export const VALUE_MESSAGES = [
  ...NON_NUMERIC_MESSAGES,
  "value.fractionPercent",
  "value.pastWhole",
  "rule.compare.pass",
  "rule.compare.fail",
] as const;
/** The ids `judgeGuarantee` gives. */
export const GUARANTEE_MESSAGES = [
  "target.nonePresent.full",
  "target.wrongSide",
  "target.compare.pass",
  "target.compare.fail",
  "target.pastWhole",
  ...UNDECIDED_MESSAGES,
] as const;

/**
 * Could `value` on a "%" row be a share written as a fraction (0.935 for 93.5 %), judged against
 * `op limit`? Only where the rule asks for at least a level above 1 (≥85, =100): there a value
 * below 1 fails by a factor near 100. Against a ceiling (<5, ≤25) a small share is what a good
 * row holds (劣Ⅴ类 0.6 % against <5), never a hint.
 */
export const looksLikeFraction = (n: number, op: Comparator, limit: number): boolean =>
  n > 0 && n < 1 && limit > 1 && (op === ">=" || op === ">" || op === "=");

/**
 * Could `value` on a share row be a slip past the whole (855 for 85.5 %, 1,234.5 in the wrong row),
 * judged against `op limit`? Only where the rule asks for at least a level within the whole (≥85):
 * there an impossible value would pass. Against a ceiling it fails anyway.
 */
export const pastWhole = (n: number, op: Comparator, limit: number, whole: number): boolean =>
  n > whole && limit <= whole && (op === ">=" || op === ">" || op === "=");

/** Judge a value against `op limit` (shared with bare-number targets). */
export function judgeValue(
  op: Comparator,
  limit: number,
  unit: string | undefined,
  year: number,
  value: Value,
  indicator: RuleIndicator,
): Outcome {
  const rule = ruleLabel(op, limit, unit ?? "");
  if (value.kind !== "number")
    return nonNumeric(value, year, isFullShare(op, limit, indicator.unit || unit || "", indicator.better));
  // 0.935 where the unit is % and the limit is 93: most likely a fraction, not 0.935 %.
  if (indicator.unit === "%" && looksLikeFraction(value.n, op, limit)) {
    return outcome("REVIEW", "value.fractionPercent", {
      year,
      value: value.n,
      percent: scaled(value.n, 2),
      rule,
    });
  }
  // 855 where the unit is % and the rule asks for ≥85: no share is more than its whole.
  const whole = shareWhole(indicator.unit);
  if (whole !== undefined && pastWhole(value.n, op, limit, whole)) {
    return outcome("REVIEW", "value.pastWhole", { year, value: value.n, unit: indicator.unit, whole, rule });
  }
  const pass = compare(value.n, op, limit);
  return outcome(pass ? "PASS" : "FAIL", pass ? "rule.compare.pass" : "rule.compare.fail", {
    year,
    value: value.n,
    unit: indicator.unit,
    rule,
  });
}

/** Judge a target's guarantee against `op limit`. */
export function judgeGuarantee(
  op: Comparator,
  limit: number,
  unit: string | undefined,
  g: Guarantee,
  ctx: TargetContext,
): Outcome {
  const rule = ruleLabel(op, limit, unit ?? "");
  const meets = boundsMeet(op, limit, g.lo, g.hi);
  if (meets === undefined) {
    if (g.nonePresent.length > 0 && isFullShare(op, limit, ctx.indicator.unit || unit || "", ctx.indicator.better))
      return outcome("PASS", "target.nonePresent.full", { rule });
    // A target bounding only the other side allows values as bad as one likes.
    if (g.lo || g.hi) return outcome("FAIL", "target.wrongSide", { rule, target: boundsText(g) });
    return undecided(g, ctx, rule);
  }
  // A target of 110 or ≥120 where the unit is %: no share reaches it, so no verdict rests on it.
  const whole = shareWhole(ctx.indicator.unit);
  if (whole !== undefined && g.lo !== undefined && g.lo.n > whole)
    return outcome("REVIEW", "target.pastWhole", {
      target: `${g.lo.strict ? ">" : "≥"}${g.lo.n}`,
      unit: ctx.indicator.unit,
      whole,
      rule,
    });
  return outcome(meets ? "PASS" : "FAIL", meets ? "target.compare.pass" : "target.compare.fail", {
    ...worstOf(op, limit, g.lo, g.hi),
    unit: ctx.indicator.unit,
    rule,
  });
}

/** The numeric bounds a target guarantees, for a reason: "≥40", "≤35", "40–60". */
export function boundsText(g: Guarantee): string {
  if (g.lo && g.hi) return g.lo.n === g.hi.n ? `=${g.lo.n}` : `${g.lo.n}–${g.hi.n}`;
  if (g.lo) return `${g.lo.strict ? ">" : "≥"}${g.lo.n}`;
  return g.hi ? `${g.hi.strict ? "<" : "≤"}${g.hi.n}` : "";
}

/** A target that says nothing numeric about what the standard needs. */
export function undecided(g: Guarantee, ctx: TargetContext, rule: MessageValue): Outcome {
  return g.superior
    ? outcome("REVIEW", "target.deferred", { year: ctx.year, rule })
    : outcome("REVIEW", "target.noValue", { rule });
}
