/** Generators shared by the fuzz properties: numbers as rules write them, and rule trees. */
import fc from "fast-check";
import type { Comparator, LeafRule, Rule, Span } from "../../src/rules/ast.js";

const span: Span = { start: 0, end: 0 };

/** Units the grammar reads, in the canonical form it gives back. */
export const UNITS = ["%", "‰", "μg/m³", "mg/m³", "mg/kg", "g/kg", "mg/L", "dB(A)", "dB", "km²", "m³", "万元", "亿元", "吨", "t"] as const;
const COMPARATORS: readonly Comparator[] = [">=", ">", "<=", "<", "="];
const STATUSES = ["established", "conducted", "effectively_conducted", "effectively_guaranteed", "formulated_implemented", "compiled"] as const;
const DIRECTIONS = ["better", "higher", "lower"] as const;

/** Numbers as people write them in rules: up to 4 decimals, either sign. */
export const numberArb = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 }))
  .map(([negative, whole, fraction, digits]) => {
    const n = Number(`${whole}.${String(fraction).padStart(4, "0").slice(0, digits) || "0"}`);
    return negative && n !== 0 ? -n : n;
  });

const unitArb = fc.option(fc.constantFrom(...UNITS), { nil: undefined });
const withUnit = <T extends object>(rule: T, unit: string | undefined) => (unit === undefined ? rule : { ...rule, unit });

/** What 无… may name: no space, comma, semicolon, 且 or 或 (those end it); full-width forms read as half-width. */
const absentArb = fc
  .array(fc.constantFrom("黑", "臭", "水", "体", "劣", "V", "类", "污", "染", "地", "块", "Ⅲ", "a", "1", "-", "、", "(", ")"), { minLength: 1, maxLength: 6 })
  .map((chars) => chars.join(""));

export const leafArb: fc.Arbitrary<LeafRule> = fc.oneof(
  fc.tuple(fc.constantFrom(...COMPARATORS), numberArb, unitArb).map(([op, value, unit]): LeafRule => withUnit({ kind: "threshold", op, value, span }, unit)),
  fc.tuple(numberArb, unitArb).map(([value, unit]): LeafRule => withUnit({ kind: "target", value, span }, unit)),
  fc.tuple(numberArb, numberArb, unitArb).map(([a, b, unit]): LeafRule => withUnit({ kind: "range", min: Math.min(a, b), max: Math.max(a, b), span }, unit)),
  fc.tuple(numberArb, unitArb).map(([value, unit]): LeafRule => withUnit({ kind: "about", value, span }, unit)),
  fc
    .tuple(fc.constantFrom(...COMPARATORS), numberArb, fc.stringMatching(/^[A-Za-z]{0,5}$/))
    .map(([op, value, label]): LeafRule => ({ kind: "delta", op, value, label: `Δ${label}`, span })),
  fc.constantFrom(...STATUSES).map((status): LeafRule => ({ kind: "status", status, span })),
  fc.constantFrom(...DIRECTIONS).map((direction): LeafRule => ({ kind: "stable", direction, span })),
  fc.constantFrom(...DIRECTIONS).map((direction): LeafRule => ({ kind: "trend", direction, span })),
  fc.boolean().map((orStable): LeafRule => ({ kind: "increase", orStable, span })),
  fc.constant<LeafRule>({ kind: "superior", span }),
  fc.constant<LeafRule>({ kind: "not_applicable", span }),
  absentArb.map((what): LeafRule => ({ kind: "absent", what, span })),
);

/** 或 of ，且-clauses: the shapes the grammar can express (a single part is the part itself). */
export const ruleArb: fc.Arbitrary<Rule> = fc
  .array(fc.array(leafArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((clauses) => {
    const all = clauses.map((parts): Rule => (parts.length === 1 ? parts[0]! : { kind: "all", parts, span }));
    return all.length === 1 ? all[0]! : { kind: "any", parts: all, span };
  });
