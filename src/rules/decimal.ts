/**
 * Exact decimal arithmetic for the numbers people write (money in 万元, shares in %): a number is
 * the decimal it prints as (0.8 is 8/10, not the binary fraction nearest it), so 0.8 − 0.6 is 0.2
 * and a margin of 20 points is met exactly, not missed by 5.6e-17.
 */
import { Memo } from "../memo.js";
import type { Comparator } from "./ast.js";

/** `digits` × 10^−`scale`. */
export interface Decimal {
  digits: bigint;
  scale: number;
}

/** A finite number as the shortest decimal that reads back as it (JavaScript's own printing). */
export function decimal(n: number): Decimal {
  // The same few numbers (a rule's, a row's values) are compared again and again.
  return DECIMALS.get(n, () => decimalOf(n));
}
const DECIMALS = new Memo<Decimal, number>();

function decimalOf(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const [mantissa, exponent = "0"] = String(n).toLowerCase().split("e");
  const [whole, fraction = ""] = mantissa!.split(".");
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(`${whole}${fraction}`);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

const at = (d: Decimal, scale: number): bigint => d.digits * 10n ** BigInt(scale - d.scale);

export const add = (a: Decimal, b: Decimal): Decimal => {
  const scale = Math.max(a.scale, b.scale);
  return { digits: at(a, scale) + at(b, scale), scale };
};
export const negate = (a: Decimal): Decimal => ({ digits: -a.digits, scale: a.scale });
export const subtract = (a: Decimal, b: Decimal): Decimal => add(a, negate(b));
export const multiply = (a: Decimal, b: Decimal): Decimal => ({
  digits: a.digits * b.digits,
  scale: a.scale + b.scale,
});
/** × 10^k, exactly: ‰ → % is k = −1, 亿 → 万 is k = 4. */
export const shift = (a: Decimal, k: number): Decimal =>
  k >= 0 ? { digits: a.digits * 10n ** BigInt(k), scale: a.scale } : { digits: a.digits, scale: a.scale - k };

/** −1, 0 or 1 as a is below, equal to or above b. */
export function order(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = at(a, scale),
    y = at(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Does an order (−1, 0, 1: below, equal, above) meet `op`? */
export const satisfies = (o: -1 | 0 | 1, op: Comparator): boolean => {
  switch (op) {
    case ">=":
      return o >= 0;
    case ">":
      return o > 0;
    case "<=":
      return o <= 0;
    case "<":
      return o < 0;
    case "=":
      return o === 0;
  }
};

/** `a op b`, exactly. */
export const holds = (a: Decimal, op: Comparator, b: Decimal): boolean => satisfies(order(a, b), op);

/**
 * `a op b` for two numbers as the decimals they print as (String(n), what the user wrote), exactly
 * and without converting: that decimal is the shortest that rounds to n, and rounding is monotone,
 * so two numbers are in the order of their decimals (a < b ⇔ decimal(a) < decimal(b)). Arithmetic
 * on numbers is what is inexact; a difference or a product goes through the Decimal functions above.
 */
export const holdsNumbers = (a: number, op: Comparator, b: number): boolean =>
  satisfies(a < b ? -1 : a > b ? 1 : 0, op);

/**
 * The order of a − b against c, exactly, for numbers as written (c may be exact only as `exactC`,
 * a tolerance that is a share of a value). Floating point answers where a − b is clearly off c: its
 * error, with the numbers' own distance from their decimals, stays below 2⁻⁵⁰ of |a| + |b| + |c|,
 * so beyond 10⁻¹⁵ of that sum its sign is the exact sign; nearer, the decimals decide. Most
 * comparisons are far from the edge, and decimals cost some hundred times more.
 */
export function differenceOrder(a: number, b: number, c: number, exactC?: () => Decimal): -1 | 0 | 1 {
  const approx = a - b - c;
  const margin = (Math.abs(a) + Math.abs(b) + Math.abs(c)) * 1e-15;
  if (approx > margin) return 1;
  if (approx < -margin) return -1;
  return order(subtract(decimal(a), decimal(b)), exactC ? exactC() : decimal(c));
}

/** Back to a number (the nearest double to the exact decimal). */
export const toNumber = (a: Decimal): number => Number(`${a.digits}e${-a.scale}`);

/** n × 10^k as the decimal it is: 85 ‰ is 8.5 %, 0.37 亿元 is 3700 万元 (never 3699.9999999999995). */
export const scaled = (n: number, k: number): number => toNumber(shift(decimal(n), k));
