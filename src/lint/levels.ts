/** What the lint checks read of a rule and a row: the single level a rule sets, the row's own numbers. */
import type { Indicator, RuleSpec } from "../model/types.js";
import type { Comparator } from "../rules/ast.js";
import { levels } from "../rules/index.js";
import type { Level } from "../rules/kind.js";

export type { Level };

/**
 * The one level with a direction a rule sets on the value itself, as its kind states it: `≥85`,
 * `≤35`, or a bare 88 (reached the row's better way). A change (Δ), a range (two levels), 90左右
 * (no direction), a phrase, or `且`/`或` of several parts sets no single level: undefined.
 */
export function levelOf(spec: RuleSpec | undefined, better: Indicator["better"]): Level | undefined {
  const rule = spec?.rule;
  if (!rule || rule.kind === "all" || rule.kind === "any") return undefined;
  const [level, ...more] = levels(rule, better);
  return level && more.length === 0 && level.op !== "=" ? level : undefined;
}

export const pointsHigher = (op: Comparator) => op === ">=" || op === ">";
export const pointsLower = (op: Comparator) => op === "<=" || op === "<";

/** A percentage row (the model spells every unit one way: ％ is %). */
export const isPercent = (i: Indicator) => i.unit === "%";

/** The row's numbers as the file states them, with the field each stands in. */
export function observedNumbers(i: Indicator): Array<{ field: "baseline" | "actuals"; year: number; n: number }> {
  return [
    ...i.baseline.flatMap((o) =>
      o.value.kind === "number" ? [{ field: "baseline" as const, year: o.year, n: o.value.n }] : [],
    ),
    ...i.actuals.flatMap((o) =>
      o.value.kind === "number" ? [{ field: "actuals" as const, year: o.year, n: o.value.n }] : [],
    ),
  ];
}

/** The row's own baseline: its value at the base year, where that is a number. */
export function baselineAt(i: Indicator, baseYear: number): number | undefined {
  const o = i.baseline.find((b) => b.year === baseYear);
  return o?.value.kind === "number" ? o.value.n : undefined;
}

export const TARGETS = [
  { field: "near_term", spec: (i: Indicator) => i.nearTerm },
  { field: "long_term", spec: (i: Indicator) => i.longTerm },
] as const;
