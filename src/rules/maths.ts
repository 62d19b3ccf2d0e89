/** The arithmetic the rules share: comparing with a margin, rounding, moves and tolerances. */
import type { Direction, Tolerance } from "../model/types.js";

export const EPSILON = 1e-9;

export function round(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** Worse-than by `by` in `direction` (positive = moved the wrong way). */
export function wrongWay(from: number, to: number, direction: Direction): number {
  return direction === "higher" ? from - to : to - from;
}

/** A percentage already at its bound cannot move further: 100 going up, 0 going down. */
export function atBound(n: number, direction: Direction, unit: string): boolean {
  return unit === "%" && (direction === "higher" ? n >= 100 : n <= 0);
}

export function toleranceAmount(t: Tolerance, reference: number): number {
  return t.kind === "absolute" ? t.amount : Math.abs(reference) * t.amount;
}
