/**
 * The range a row's value can take, for holding a forecast and the pace inside it: a share cannot
 * pass 100 % (1000 ‰) nor fall below 0, and an amount of something (a concentration, an area, a
 * sum of money, a count) cannot fall below 0. A change (`measure: delta`) and a value in any other
 * unit (an index, decibels, a coefficient, no unit) may be anything.
 */
import type { Indicator } from "../model/types.js";
import { isAmountUnit, shareWhole } from "../rules/units.js";

export interface Range {
  min?: number;
  max?: number;
}

export function possibleRange(indicator: Pick<Indicator, "unit" | "measure" | "series">): Range {
  if (indicator.measure === "delta") return {};
  const unit = indicator.unit;
  const share = shareWhole(unit);
  const range: Range = share !== undefined ? { min: 0, max: share } : isAmountUnit(unit) ? { min: 0 } : {};
  // A value the row itself records outside the range (a 下降率 of −3 %, a share of 104 %) shows
  // that the unit's range is not this value's: that side is left open rather than contradicting the data.
  for (const o of indicator.series) {
    if (o.value.kind !== "number") continue;
    if (range.min !== undefined && o.value.n < range.min) delete range.min;
    if (range.max !== undefined && o.value.n > range.max) delete range.max;
  }
  return range;
}

/** The number held inside the range, and which end held it (if one did). */
export function clamp(n: number, range: Range): { value: number; held?: "min" | "max" } {
  if (range.max !== undefined && n > range.max) return { value: range.max, held: "max" };
  if (range.min !== undefined && n < range.min) return { value: range.min, held: "min" };
  return { value: n };
}
