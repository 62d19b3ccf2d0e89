/**
 * 0.935 recorded where the unit is % and the row's rules speak of 93.5: most likely a fraction,
 * not 0.935 %. The check judges such a value REVIEW with a hint; record refuses it up front.
 */
import type { Rule } from "../rules/ast.js";
import type { Indicator, RuleSpec } from "../model/types.js";
import { normalizeValue } from "../model/value.js";

/** The numbers a rule sets for the value itself (a change, as in delta rules, is not one). */
function levels(rule: Rule): number[] {
  switch (rule.kind) {
    case "all":
    case "any":
      return rule.parts.flatMap(levels);
    case "threshold":
    case "target":
    case "about":
      return [rule.value];
    case "range":
      return [rule.min, rule.max];
    default:
      return [];
  }
}

/** The hint's numbers when `value` looks like a share written as a fraction for this row. */
export function fractionOfPercent(indicator: Indicator, value: string): { value: number; percent: number; rule: string } | undefined {
  const v = normalizeValue(value);
  if (indicator.unit !== "%" || v.kind !== "number" || v.n <= 0 || v.n >= 1 || /%\s*$/.test(value)) return undefined;
  const specs = [indicator.standard, indicator.nearTerm, indicator.longTerm, ...indicator.superior.map((s) => s.spec)].filter((s): s is RuleSpec => s !== undefined);
  const spec = specs.find((s) => levels(s.rule).some((n) => n > 1));
  return spec && { value: v.n, percent: Number.parseFloat((v.n * 100).toPrecision(12)), rule: spec.text };
}
