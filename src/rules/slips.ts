/**
 * A share's two slips, judged the way the check judges them (compare.ts), for those that judge a
 * value before the check does: 0.935 where the unit is % and the row's rules ask for at least 93.5
 * (most likely a fraction, not 0.935 %; 0.6 against a ceiling of <5 is a share, not a slip), and
 * 855 where they ask for a level within the whole. record refuses such a value up front; lint names it.
 */
import { levels } from "./index.js";
import { looksLikeFraction, pastWhole } from "./compare.js";
import { shareWhole } from "./units.js";
import type { Indicator, RuleSpec } from "../model/types.js";
import { normalizeValue } from "../model/value.js";

/** The hint's numbers when `value` looks like a share written as a fraction for this row. */
export function fractionOfPercent(
  indicator: Indicator,
  value: string,
): { value: number; percent: number; rule: string } | undefined {
  const v = normalizeValue(value);
  if (indicator.unit !== "%" || v.kind !== "number" || v.n <= 0 || v.n >= 1 || /%\s*$/.test(value)) return undefined;
  // The judgement's own test: a floor above 1 (≥85), never a ceiling (<5 where 0.6 % is a good share).
  const spec = ruleSpecs(indicator).find((s) =>
    levels(s.rule, indicator.better).some((l) => looksLikeFraction(v.n, l.op, l.value)),
  );
  return spec && { value: v.n, percent: Number.parseFloat((v.n * 100).toPrecision(12)), rule: spec.text };
}

/** The hint's numbers when `value` is more than the whole of this row's share (855 %) where a rule asks for a level within it. */
export function pastWholeOf(
  indicator: Indicator,
  value: string | number,
): { value: number; whole: number; unit: string; rule: string } | undefined {
  const v = normalizeValue(value);
  const whole = shareWhole(indicator.unit);
  if (whole === undefined || v.kind !== "number") return undefined;
  // The judgement's own test: a floor within the whole (≥85); against a ceiling the value fails anyway.
  const spec = ruleSpecs(indicator).find((s) =>
    levels(s.rule, indicator.better).some((l) => pastWhole(v.n, l.op, l.value, whole)),
  );
  return spec && { value: v.n, whole, unit: indicator.unit, rule: spec.text };
}

const ruleSpecs = (indicator: Indicator): RuleSpec[] =>
  [indicator.standard, indicator.nearTerm, indicator.longTerm, ...indicator.superior.map((s) => s.spec)].filter(
    (s): s is RuleSpec => s !== undefined,
  );
