/**
 * 下降18%, 提高2个百分点, 〔18〕: the change from the base-year value to the year judged. `%` is a share
 * of the base value (≤ base × (1 − 0.18) for 下降18%), 个百分点 and bare amounts are in the row's unit,
 * and a bracketed amount is a share of the base on a "%" row (the national plans' 降低(%) columns:
 * 单位GDP二氧化碳排放降低 〔18〕) and the row's unit elsewhere (新增水土流失治理面积(万平方公里) 〔27〕).
 * The limit is computed and compared in exact decimal arithmetic.
 */
import type { ChangeRule, Comparator } from "../ast.js";
import type { Observation } from "../../model/types.js";
import type { RuleIndicator } from "../context.js";
import { numeric, resolveDirection } from "../context.js";
import { decimal, holds, multiply, subtract, add, toNumber, type Decimal } from "../decimal.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { boundsMeet, boundsOf, NON_NUMERIC_MESSAGES, nonNumeric, worstAgainst } from "../numbers.js";
import { printRule as print } from "../print.js";

const relative = (node: ChangeRule, indicator: RuleIndicator) =>
  node.unit === "%" || (node.bracket && node.unit === undefined && indicator.unit === "%");

/** The value the year must reach, and which way: base × (1 ∓ amount/100), or base ∓ amount. */
function limitOf(node: ChangeRule, indicator: RuleIndicator, base: number): { op: Comparator; limit: Decimal } {
  const lower = resolveDirection(node.direction, indicator.better) === "lower";
  const amount = decimal(node.amount);
  const by = relative(node, indicator)
    ? multiply(decimal(base), { digits: amount.digits, scale: amount.scale + 2 })
    : amount;
  return lower ? { op: "<=", limit: subtract(decimal(base), by) } : { op: ">=", limit: add(decimal(base), by) };
}

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
      "rule.change.pass",
      "rule.change.fail",
      "target.change.noBase",
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
    const { op, limit } = limitOf(node, ctx.indicator, base.n);
    const pass = holds(decimal(value.n), op, limit);
    const data = {
      rule,
      year: ctx.year,
      value: value.n,
      unit: ctx.indicator.unit,
      baseYear: base.year,
      base: base.n,
      limit: `${op === "<=" ? "≤" : "≥"}${toNumber(limit)}`,
    };
    return outcome(pass ? "PASS" : "FAIL", pass ? "rule.change.pass" : "rule.change.fail", data);
  },
  guarantee(node, ctx) {
    const base = baseObservation(ctx.base);
    if (!base) return nothingGuaranteed();
    const { op, limit } = limitOf(node, ctx.indicator, base.n);
    return { ...nothingGuaranteed(), ...boundsOf(op, toNumber(limit)) };
  },
  judge(node, g, ctx) {
    const rule = print(node);
    const base = baseObservation(ctx.base);
    if (!base) return outcome("REVIEW", "target.change.noBase", { rule, baseYear: ctx.baseYear });
    const { op, limit } = limitOf(node, ctx.indicator, base.n);
    const meets = boundsMeet(op, toNumber(limit), g.lo, g.hi);
    if (meets === undefined) return outcome("REVIEW", "target.noValue", { rule });
    return outcome(meets ? "PASS" : "FAIL", meets ? "target.compare.pass" : "target.compare.fail", {
      worst: worstAgainst(op, g.lo, g.hi),
      unit: ctx.indicator.unit,
      rule,
    });
  },
});
