/**
 * Numbers a check derives (a projection, the pace needed) are shown in reasons at the precision of
 * the row's own values — one decimal more where the values are whole numbers — so that 18.2078
 * reads 18.2 beside 17.5 and 18.1. Reports that keep numbers (JSON) keep them whole.
 */
import type { Indicator } from "../model/types.js";
import { levels } from "../rules/index.js";

const decimals = (n: number): number => {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const text = String(n);
  const e = text.indexOf("e-");
  if (e >= 0) return Number(text.slice(e + 2)) + (text.slice(0, e).split(".")[1]?.length ?? 0);
  return text.split(".")[1]?.length ?? 0;
};

/**
 * The decimals the row's values are written with (baseline and observed) and its plan targets' numbers
 * (a pace toward ≤0.05 from 0.1 reads 0.08, 0.07, not 0), at most six: counted once
 * a row (a model is never changed), not once a judgment (history judges every year of every row:
 * 3,200 rows of 152 years counted 74 million values).
 */
function rowDecimals(indicator: Indicator): number {
  let places = ROW_DECIMALS.get(indicator);
  if (places === undefined) {
    let most = 0;
    for (const series of [indicator.baseline, indicator.actuals])
      for (const o of series) if (o.value.kind === "number") most = Math.max(most, decimals(o.value.n));
    for (const target of [indicator.nearTerm, indicator.longTerm])
      if (target)
        for (const level of levels(target.rule, indicator.better)) most = Math.max(most, decimals(level.value));
    places = Math.min(most, 6);
    ROW_DECIMALS.set(indicator, places);
  }
  return places;
}

const ROW_DECIMALS = new WeakMap<Indicator, number>();

/**
 * Rounds a derived number for a reason about this row: to the nearest, or — for a bound a value
 * must reach (the pace needed) — toward the safe side, so that reaching the shown value is enough.
 */
export function reasonRounding(indicator: Indicator, toward?: "up" | "down"): (n: number) => number {
  const places = Math.max(rowDecimals(indicator), 1);
  const scale = 10 ** places;
  // The 1e-9 keeps 86.0000000001 (floating point) from rounding up to 86.1.
  if (toward === "up") return (n) => Number((Math.ceil(n * scale - 1e-9) / scale).toFixed(places));
  if (toward === "down") return (n) => Number((Math.floor(n * scale + 1e-9) / scale).toFixed(places));
  return (n) => Number(n.toFixed(places));
}
