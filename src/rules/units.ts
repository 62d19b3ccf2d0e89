/**
 * Units carried by rules: `≥85‰` on a "%" row is `≥8.5%`, `≤0.35亿元` on a 万元 row is `≤3500万元`,
 * converted exactly (a power of ten, shifted in decimal); `≥35μg/m³` on a "%" row is no comparison
 * at all, and is refused where it is written. A row without a unit takes the rule's as written.
 */
import { wordTable } from "../words.js";
import type { LeafRule, Rule, Span } from "./ast.js";
import { scaled } from "./decimal.js";

/** How people write the same unit: the one spelling compared. */
const SPELLINGS = wordTable<string>({
  "％": "%",
  "‰": "‰",
  "微克/立方米": "μg/m³",
  "毫克/立方米": "mg/m³",
  "毫克/升": "mg/L",
  "毫克/千克": "mg/kg",
  "克/千克": "g/kg",
  平方公里: "km²",
  平方千米: "km²",
  km2: "km²",
  立方米: "m³",
  m3: "m³",
  t: "吨",
  万t: "万吨",
  分贝: "dB",
});

/** Spellings already looked up: a file's rows share a handful of units (bounded, for a file that does not). */
const KEYS = new Map<string, string>();

/** A unit's spelling for comparison: trimmed, 微克/立方米 as μg/m³, `-` (none) as none. */
export function unitKey(unit: string): string {
  const known = KEYS.get(unit);
  if (known !== undefined) return known;
  const key = spelling(unit);
  if (KEYS.size < 1000) KEYS.set(unit, key);
  return key;
}

function spelling(unit: string): string {
  const u = unit
    .trim()
    .replace(/^[-—–]$/, "")
    .replace(/m3$/, "m³")
    .replace(/^[uµ]g/, "μg");
  return SPELLINGS[u] ?? u;
}

const WHOLES = new Map([
  ["%", 100],
  ["‰", 1000],
]);

/** The whole of a share: 100 in %, 1000 in ‰; undefined for a unit that is no share. */
export const shareWhole = (unit: string): number | undefined => WHOLES.get(unitKey(unit));

/** Units of an amount of something, as the grammar and the standards write them (and their common kin). */
const AMOUNT =
  /^(?:[μµu]g\/m[³3]|mg\/m[³3]|mg\/kg|g\/kg|mg\/L|km[²2]|m[²³23]|公顷|亩|万?元|亿元|万?吨|t|kg|个|家|人|处|座|条|次|起|辆|项|件|户|天|d)$/;

/** Whether a unit is one of an amount of something (a concentration, an area, money, a count): never below 0, and no percentage. */
export const isAmountUnit = (unit: string): boolean => AMOUNT.test(unitKey(unit));

/** Units that are powers of ten of one another, by family: the exponent against the family's first. */
const SCALES = wordTable<readonly [family: string, exponent: number]>({
  "%": ["share", 0],
  "‰": ["share", -1],
  元: ["money", -4],
  万元: ["money", 0],
  亿元: ["money", 4],
  "μg/m³": ["concentration in air", 0],
  "mg/m³": ["concentration in air", 3],
  "mg/kg": ["content", 0],
  "g/kg": ["content", 3],
  吨: ["mass", 0],
  万吨: ["mass", 4],
});

export type InUnit = { ok: true; rule: Rule } | { ok: false; unit: string; span: Span };

/** `rule` with every number in the row's unit; the first unit that does not convert, where it is written. */
export function inRowUnit(rule: Rule, rowUnit: string): InUnit {
  const row = unitKey(rowUnit);
  if (row === "") return { ok: true, rule };
  if (rule.kind === "all" || rule.kind === "any") {
    const parts: Rule[] = [];
    for (const p of rule.parts) {
      const r = inRowUnit(p, rowUnit);
      if (!r.ok) return r;
      parts.push(r.rule);
    }
    return { ok: true, rule: parts.every((p, i) => p === rule.parts[i]) ? rule : { ...rule, parts } };
  }
  return leafInUnit(rule, row, rowUnit);
}

function leafInUnit(leaf: LeafRule, row: string, rowUnit: string): InUnit {
  if (!("unit" in leaf) || leaf.unit === undefined || leaf.kind === "change") return { ok: true, rule: leaf };
  const from = unitKey(leaf.unit);
  if (from === row) return { ok: true, rule: leaf };
  const a = SCALES[from],
    b = SCALES[row];
  if (!a || !b || a[0] !== b[0]) return { ok: false, unit: leaf.unit, span: leaf.span };
  const k = a[1] - b[1];
  const to = (n: number) => scaled(n, k);
  switch (leaf.kind) {
    case "threshold":
    case "target":
    case "about":
      return { ok: true, rule: { ...leaf, value: to(leaf.value), unit: rowUnit } };
    case "range":
      return { ok: true, rule: { ...leaf, min: to(leaf.min), max: to(leaf.max), unit: rowUnit } };
    default:
      return { ok: true, rule: leaf };
  }
}
