/** Comparisons shared by the numeric rule kinds. */
import type { Value } from "../model/types.js";
import type { Comparator } from "./ast.js";
import { holdsNumbers } from "./decimal.js";
import { APPROXIMATE } from "./vocabulary.js";
import { outcome, type Outcome } from "./outcome.js";
import type { Bound } from "./guarantee.js";
import { ref, type MessageRef } from "../i18n/message.js";

/** `a op b` for the numbers as written, exactly: the one comparison of the numeric rules (decimal.ts). */
export const compare = (a: number, op: Comparator, b: number): boolean => holdsNumbers(a, op, b);

const SYMBOL: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

/** A number as digits the grammar reads back: 0.0000001, never 1e-7. */
export const plainNumber = (n: number) =>
  Math.abs(n) >= 1e21 || (n !== 0 && Math.abs(n) < 1e-6)
    ? n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 })
    : String(n);

export const ruleLabel = (op: Comparator, value: number, unit = "") => `${SYMBOL[op]}${plainNumber(value)}${unit}`;

/**
 * Does every value within [lo, hi] meet `op value`? undefined when the bounds do not say
 * (a target with only an upper bound cannot guarantee a lower limit).
 */
export function boundsMeet(op: Comparator, value: number, lo?: Bound, hi?: Bound): boolean | undefined {
  switch (op) {
    case ">=":
      return lo && compare(lo.n, ">=", value);
    case ">":
      return lo && (compare(lo.n, ">", value) || (lo.strict && compare(lo.n, ">=", value)));
    case "<=":
      return hi && compare(hi.n, "<=", value);
    case "<":
      return hi && (compare(hi.n, "<", value) || (hi.strict && compare(hi.n, "<=", value)));
    case "=":
      return lo && hi ? compare(lo.n, "=", value) && compare(hi.n, "=", value) : undefined;
  }
}

/** The worst value the bounds allow against `op limit` (for the reason). */
export function worstAgainst(op: Comparator, limit: number, lo?: Bound, hi?: Bound): number | undefined {
  return worstBound(op, limit, lo, hi)?.n;
}

/** The bound on the side `op` asks of; against `=limit`, the one that is not the limit (≥100且≤110 against =100: 110). */
function worstBound(op: Comparator, limit: number, lo?: Bound, hi?: Bound): Bound | undefined {
  if (op === ">=" || op === ">") return lo;
  if (op === "<=" || op === "<") return hi;
  const misses = (b?: Bound) => b !== undefined && !compare(b.n, "=", limit);
  return misses(lo) ? lo : misses(hi) ? hi : (lo ?? hi);
}

/**
 * The worst value for a reason, and where the bound is strict, that it is not reached: a target of
 * <35 allows values just below 35, not 35 ("at worst 35, which meets <35" read as a contradiction).
 */
export function worstOf(op: Comparator, limit: number, lo?: Bound, hi?: Bound): { worst?: number; short?: MessageRef } {
  const bound = worstBound(op, limit, lo, hi);
  if (!bound) return {};
  return bound.strict
    ? { worst: bound.n, short: ref(bound === hi ? "bound.justBelow" : "bound.justAbove") }
    : { worst: bound.n };
}

export function boundsOf(op: Comparator, value: number): { lo?: Bound; hi?: Bound } {
  switch (op) {
    case ">=":
      return { lo: { n: value, strict: false } };
    case ">":
      return { lo: { n: value, strict: true } };
    case "<=":
      return { hi: { n: value, strict: false } };
    case "<":
      return { hi: { n: value, strict: true } };
    case "=":
      return { lo: { n: value, strict: false }, hi: { n: value, strict: false } };
  }
}

/** The ids `nonNumeric` gives. */
export const NON_NUMERIC_MESSAGES = [
  "value.nonePresent.full",
  "value.nonePresent.review",
  "value.approximate",
  "value.text",
] as const;

/**
 * A value that is not a number, judged by a numeric rule: "none present" fully meets a 100 %
 * target in the higher-better direction (nothing is left to eliminate); everything else is REVIEW.
 */
export function nonNumeric(value: Value, year: number, meetsFullShare: boolean): Outcome {
  if (value.kind === "none_present") {
    return meetsFullShare
      ? outcome("PASS", "value.nonePresent.full", { year, text: value.text })
      : outcome("REVIEW", "value.nonePresent.review", { year, text: value.text });
  }
  const text = value.kind === "number" ? String(value.n) : value.text;
  if (APPROXIMATE.test(text)) return outcome("REVIEW", "value.approximate", { year, text });
  return outcome("REVIEW", "value.text", { year, text });
}

/** A rule that asks for 100 % (or more) in the higher-better direction. */
export const isFullShare = (op: Comparator, value: number, unit: string, better: "higher" | "lower") =>
  unit === "%" && better === "higher" && value >= 100 && (op === ">=" || op === "=");
