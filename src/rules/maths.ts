/** The arithmetic the rules share: moves and tolerances, exact (decimal.ts), and rounding for reasons. */
import type { Direction, Tolerance } from "../model/types.js";
import { decimal, differenceOrder, multiply, negate, shift, type Decimal } from "./decimal.js";

/** For reasons: a number at twelve significant digits. */
export function round(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** A move from one value to another, the wrong way positive, compared exactly with 0 or the row's tolerance. */
export interface Move {
  /** −1, 0 or 1: better than, as good as, or worse than `from`. */
  vsZero(): -1 | 0 | 1;
  /** −1, 0 or 1: within the tolerance (strictly), at it, or beyond it. */
  vsTolerance(): -1 | 0 | 1;
}

/** How far `to` is worse than `from` in `direction`; the tolerance is taken of `reference`. */
export function wrongWay(
  from: number,
  to: number,
  direction: Direction,
  tolerance?: Tolerance,
  reference = from,
): Move {
  const [a, b] = direction === "higher" ? [from, to] : [to, from];
  return {
    vsZero: () => differenceOrder(a, b, 0),
    vsTolerance: () =>
      tolerance === undefined
        ? differenceOrder(a, b, 0)
        : differenceOrder(
            a,
            b,
            tolerance.kind === "absolute" ? tolerance.amount : Math.abs(reference) * tolerance.amount,
            () => toleranceAmount(tolerance, reference),
          ),
  };
}

/** A percentage already at its bound cannot move further: 100 going up, 0 going down. */
export function atBound(n: number, direction: Direction, unit: string): boolean {
  return unit === "%" && (direction === "higher" ? n >= 100 : n <= 0);
}

/**
 * The tolerance in the row's unit, exactly. A relative one is taken from its text, which holds the
 * percent as written ("1.1%"): its `amount` (1.1 / 100) is already off in binary.
 */
function toleranceAmount(t: Tolerance, reference: number): Decimal {
  if (t.kind === "absolute") return decimal(t.amount);
  const share = shift(decimal(Number(t.text.replace(/%$/, ""))), -2);
  const r = decimal(reference);
  return multiply(r.digits < 0n ? negate(r) : r, share);
}
