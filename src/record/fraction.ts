/**
 * 0.935 recorded where the unit is % and the row's rules ask for at least 93.5: most likely a
 * fraction, not 0.935 % (0.6 against a ceiling of <5 is a share, not a slip). The check judges such a value REVIEW with a hint; record refuses it up front.
 */
import { levels } from "../rules/index.js";
import { looksLikeFraction } from "../rules/compare.js";
import type { Indicator, RuleSpec } from "../model/types.js";
import { normalizeValue } from "../model/value.js";

/** The hint's numbers when `value` looks like a share written as a fraction for this row. */
export function fractionOfPercent(
  indicator: Indicator,
  value: string,
): { value: number; percent: number; rule: string } | undefined {
  const v = normalizeValue(value);
  if (indicator.unit !== "%" || v.kind !== "number" || v.n <= 0 || v.n >= 1 || /%\s*$/.test(value)) return undefined;
  const specs = [
    indicator.standard,
    indicator.nearTerm,
    indicator.longTerm,
    ...indicator.superior.map((s) => s.spec),
  ].filter((s): s is RuleSpec => s !== undefined);
  // The judgement's own test: a floor above 1 (≥85), never a ceiling (<5 where 0.6 % is a good share).
  const spec = specs.find((s) => levels(s.rule, indicator.better).some((l) => looksLikeFraction(v.n, l.op, l.value)));
  return spec && { value: v.n, percent: Number.parseFloat((v.n * 100).toPrecision(12)), rule: spec.text };
}
