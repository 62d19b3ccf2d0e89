/**
 * 下降18%, 提高2个百分点, 〔18〕: the change from the base-year value to the year judged. `%` is a share
 * of the base value (≤ base × (1 − 0.18) for 下降18%), 个百分点 and bare amounts are in the row's unit,
 * and a bracketed amount is a share of the base on a "%" row (the national plans' 降低(%) columns:
 * 单位GDP二氧化碳排放降低 〔18〕) and the row's unit elsewhere (新增水土流失治理面积(万平方公里) 〔27〕).
 * The limit is computed and compared in exact decimal arithmetic.
 *
 * The whole change is due at the plan period's end (`dueYear`: the file's last plan year for a
 * standard, the target's own year for a target). A year before it that falls short of the whole
 * is measured against the straight path from the base year, and that pace informs (SPEC: forecasts and
 * the pace are shown, never deciding): the year PASSes, its reason saying on pace or behind pace, as
 * the rule's year has not come; from the due year on, short of the whole is FAIL.
 */
import type { ChangeRule, Comparator } from "../ast.js";
import type { Observation } from "../../model/types.js";
import type { RuleIndicator } from "../context.js";
import { numeric, resolveDirection } from "../context.js";
import { add, decimal, holds, multiply, shift, subtract, toNumber, type Decimal } from "../decimal.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { boundsMeet, boundsOf, NON_NUMERIC_MESSAGES, nonNumeric, worstOf } from "../numbers.js";
import { printRule as print } from "../print.js";

const relative = (node: ChangeRule, indicator: RuleIndicator) =>
  node.unit === "%" || (node.bracket && node.unit === undefined && indicator.unit === "%");

interface Limit {
  op: Comparator;
  base: Decimal;
  /** The whole change, in the row's unit: base × amount/100 for a share, else the amount. */
  by: Decimal;
}

/** The whole change the rule asks for from `base`, and which way the value must go. */
function limitOf(node: ChangeRule, indicator: RuleIndicator, base: number): Limit {
  const lower = resolveDirection(node.direction, indicator.better) === "lower";
  const amount = decimal(node.amount);
  const by = relative(node, indicator) ? multiply(decimal(base), shift(amount, -2)) : amount;
  return { op: lower ? "<=" : ">=", base: decimal(base), by };
}

/**
 * The limit for `elapsed` of `span` years: base ∓ by × elapsed/span, kept × span so that it stays
 * exact (the value is compared × span too); the whole change where elapsed = span = 1.
 */
function limitAt(l: Limit, elapsed: number, span: number): Decimal {
  const part = multiply(l.by, decimal(elapsed));
  const base = multiply(l.base, decimal(span));
  return l.op === "<=" ? subtract(base, part) : add(base, part);
}
const whole = (l: Limit) => limitAt(l, 1, 1);

/**
 * The plan period's years when `year` comes before the change is due (SPEC "cumulative targets":
 * the whole change is due at the period's end, the target's own year for a target); before it,
 * the straight path from the base year to the due year says how much is due by `year`.
 */
function paceOf(ctx: { year: number; baseYear: number; dueYear?: number }) {
  const { year, baseYear, dueYear } = ctx;
  if (dueYear === undefined || year >= dueYear || year <= baseYear) return undefined;
  return { dueYear, elapsed: year - baseYear, span: dueYear - baseYear };
}

/** A share of a base at or below zero points no way (提高5% of −10 would be −10.5, a fall): a person compares. */
function pointsNoWay(node: ChangeRule, indicator: RuleIndicator, base: { year: number; n: number }, id: string) {
  if (!relative(node, indicator) || base.n > 0) return undefined;
  return outcome("REVIEW", id, { rule: print(node), base: base.n, unit: indicator.unit, baseYear: base.year });
}

const sign = (op: Comparator) => (op === "<=" ? "≤" : "≥");

const baseOf = (observations: ReadonlyArray<{ year: number; n: number }>, baseYear: number) =>
  observations.filter((o) => o.year <= baseYear).at(-1);
const baseObservation = (o: Observation | undefined) =>
  o && o.value.kind === "number" ? { year: o.year, n: o.value.n } : undefined;

export default defineRule<ChangeRule>({
  levels: () => [],
  meta: {
    kind: "change",
    docs: "rule.change.docs",
    messages: [
      ...NON_NUMERIC_MESSAGES,
      "rule.change.baseYear",
      "rule.change.noBase",
      "rule.change.shareOfNonPositive",
      "rule.change.pass",
      "rule.change.fail",
      "rule.change.onPace",
      "rule.change.behindPace",
      "target.change.noBase",
      "target.change.shareOfNonPositive",
      "target.change.onPace",
      "target.change.behindPace",
      "target.compare.pass",
      "target.compare.fail",
      "target.noValue",
    ],
  },
  evaluate(node, ctx, value) {
    const rule = print(node);
    // Nothing to judge yet, and nothing missing: a plan review of such a row is not left INCOMPLETE for ever.
    if (ctx.year <= ctx.baseYear)
      return outcome("N/A", "rule.change.baseYear", { rule, year: ctx.year, baseYear: ctx.baseYear });
    const base = baseOf(numeric(ctx.series), ctx.baseYear);
    if (!base) return outcome("MISSING", "rule.change.noBase", { rule, baseYear: ctx.baseYear });
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    const noWay = pointsNoWay(node, ctx.indicator, base, "rule.change.shareOfNonPositive");
    if (noWay) return noWay;
    const l = limitOf(node, ctx.indicator, base.n);
    const v = decimal(value.n);
    const data = {
      rule,
      year: ctx.year,
      value: value.n,
      unit: ctx.indicator.unit,
      baseYear: base.year,
      base: base.n,
      limit: `${sign(l.op)}${toNumber(whole(l))}`,
    };
    if (holds(v, l.op, whole(l))) return outcome("PASS", "rule.change.pass", data);
    const pace = paceOf(ctx);
    if (!pace) return outcome("FAIL", "rule.change.fail", data);
    // Not due yet: on the straight path or behind it informs, in the reason; it never decides.
    const onPace = holds(multiply(v, decimal(pace.span)), l.op, limitAt(l, pace.elapsed, pace.span));
    const share = relative(node, ctx.indicator);
    const moved = l.op === "<=" ? subtract(l.base, v) : subtract(v, l.base);
    return outcome("PASS", onPace ? "rule.change.onPace" : "rule.change.behindPace", {
      ...data,
      dueYear: pace.dueYear,
      // How far it has come, and how far it was due to come by now, in the rule's own terms.
      done: share ? (base.n === 0 ? undefined : (toNumber(moved) / base.n) * 100) : toNumber(moved),
      due: (node.amount * pace.elapsed) / pace.span,
      part: share ? "%" : (node.unit ?? ctx.indicator.unit),
      sign: sign(l.op),
      paceLimit: toNumber(limitAt(l, pace.elapsed, pace.span)) / pace.span,
    });
  },
  guarantee(node, ctx) {
    // As a target, the whole change is due in the target's own year.
    const base = baseObservation(ctx.base);
    if (!base || (relative(node, ctx.indicator) && base.n <= 0)) return nothingGuaranteed();
    const l = limitOf(node, ctx.indicator, base.n);
    return { ...nothingGuaranteed(), ...boundsOf(l.op, toNumber(whole(l))) };
  },
  judge(node, g, ctx) {
    const rule = print(node);
    const base = baseObservation(ctx.base);
    if (!base) return outcome("REVIEW", "target.change.noBase", { rule, baseYear: ctx.baseYear });
    const noWay = pointsNoWay(node, ctx.indicator, base, "target.change.shareOfNonPositive");
    if (noWay) return noWay;
    const l = limitOf(node, ctx.indicator, base.n);
    const pace = paceOf(ctx);
    const limit = toNumber(whole(l));
    const data = { ...worstOf(l.op, limit, g.lo, g.hi), unit: ctx.indicator.unit, rule };
    if (!pace) {
      const meets = boundsMeet(l.op, limit, g.lo, g.hi);
      if (meets === undefined) return outcome("REVIEW", "target.noValue", { rule });
      return outcome(meets ? "PASS" : "FAIL", meets ? "target.compare.pass" : "target.compare.fail", data);
    }
    // A target before the change is due: does it keep to the straight path by its year?
    const bound = l.op === "<=" ? g.hi : g.lo;
    if (!bound) return outcome("REVIEW", "target.noValue", { rule });
    const onPace = holds(multiply(decimal(bound.n), decimal(pace.span)), l.op, limitAt(l, pace.elapsed, pace.span));
    return outcome(onPace ? "PASS" : "WARN", onPace ? "target.change.onPace" : "target.change.behindPace", {
      ...data,
      year: ctx.year,
      dueYear: pace.dueYear,
      sign: sign(l.op),
      paceLimit: toNumber(limitAt(l, pace.elapsed, pace.span)) / pace.span,
    });
  },
});
