/** The arithmetic the rules share: moves and tolerances, exact (decimal.ts), and rounding for reasons. */
import type { Direction, Tolerance } from "../model/types.js";
import { decimal, multiply, negate, shift, subtract, type Decimal } from "./decimal.js";

/** For reasons: a number at twelve significant digits. */
export function round(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** How far `to` is worse than `from` in `direction`, exactly (positive = moved the wrong way). */
export function wrongWay(from: number, to: number, direction: Direction): Decimal {
  return direction === "higher" ? subtract(decimal(from), decimal(to)) : subtract(decimal(to), decimal(from));
}

/** A percentage already at its bound cannot move further: 100 going up, 0 going down. */
export function atBound(n: number, direction: Direction, unit: string): boolean {
  return unit === "%" && (direction === "higher" ? n >= 100 : n <= 0);
}

/**
 * The tolerance in the row's unit, exactly. A relative one is taken from its text, which holds the
 * percent as written ("1.1%"): its `amount` (1.1 / 100) is already off in binary.
 */
export function toleranceAmount(t: Tolerance, reference: number): Decimal {
  if (t.kind === "absolute") return decimal(t.amount);
  const share = shift(decimal(Number(t.text.replace(/%$/, ""))), -2);
  const r = decimal(reference);
  return multiply(r.digits < 0n ? negate(r) : r, share);
}
