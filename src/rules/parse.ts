/**
 * The rule grammar: one parser for `standard`, `near_term`, `long_term` and `superior`, in Chinese
 * as the national standard writes it and in English.
 *
 *   rule   := clause (OR clause)*          或 / or       — any part
 *   clause := atom (AND atom)*             ，且 / and    — every part
 *   atom   := phrase | comparison | range | about | Δ-comparison | number | 无…
 *
 * Phrases are matched longest first, so 保持稳定或持续下降 is one phrase, not 保持稳定 或 持续下降.
 * Text the grammar cannot read is an error at the offset of the unread part.
 */
import type { Status } from "../model/types.js";
import { toHalfWidth } from "../model/value.js";
import type { Comparator, LeafRule, Rule, Span, TrendDirection } from "./ast.js";

export interface RuleParseError {
  /** Offset of the unread part in the original text. */
  offset: number;
  found: string;
  expected: "rule.expected.atom" | "rule.expected.connective" | "rule.expected.empty";
}

export type ParseResult = { ok: true; rule: Rule } | { ok: false; error: RuleParseError };

type PhraseNode =
  | { kind: "status"; status: Status }
  | { kind: "stable"; direction: TrendDirection }
  | { kind: "trend"; direction: TrendDirection }
  | { kind: "increase"; orStable: boolean }
  | { kind: "superior" }
  | { kind: "not_applicable" };

const PHRASES: ReadonlyArray<readonly [string, PhraseNode]> = (
  [
    ["完成上级规定的考核任务", { kind: "superior" }],
    ["完成上级下达的考核任务", { kind: "superior" }],
    ["完成上级下达的目标任务", { kind: "superior" }],
    ["superior target met", { kind: "superior" }],
    ["meet the superior target", { kind: "superior" }],
    ["meets the superior target", { kind: "superior" }],
    ["保持稳定或持续改善", { kind: "stable", direction: "better" }],
    ["保持稳定或持续提高", { kind: "stable", direction: "higher" }],
    ["保持稳定或持续下降", { kind: "stable", direction: "lower" }],
    ["保持稳定或有所提高", { kind: "increase", orStable: true }],
    ["stable or improving", { kind: "stable", direction: "better" }],
    ["stable or rising", { kind: "stable", direction: "higher" }],
    ["stable or increasing", { kind: "stable", direction: "higher" }],
    ["stable or declining", { kind: "stable", direction: "lower" }],
    ["stable or decreasing", { kind: "stable", direction: "lower" }],
    ["stable or increased", { kind: "increase", orStable: true }],
    ["保持稳定", { kind: "stable", direction: "better" }],
    ["stable", { kind: "stable", direction: "better" }],
    ["不降低", { kind: "stable", direction: "higher" }],
    ["not lower", { kind: "stable", direction: "higher" }],
    ["持续改善", { kind: "trend", direction: "better" }],
    ["持续提高", { kind: "trend", direction: "higher" }],
    ["持续下降", { kind: "trend", direction: "lower" }],
    ["continuously improving", { kind: "trend", direction: "better" }],
    ["continuously rising", { kind: "trend", direction: "higher" }],
    ["continuously declining", { kind: "trend", direction: "lower" }],
    ["improving", { kind: "trend", direction: "better" }],
    ["rising", { kind: "trend", direction: "higher" }],
    ["declining", { kind: "trend", direction: "lower" }],
    ["有所提高", { kind: "increase", orStable: false }],
    ["increased", { kind: "increase", orStable: false }],
    ["有效开展", { kind: "status", status: "effectively_conducted" }],
    ["有效保障", { kind: "status", status: "effectively_guaranteed" }],
    ["制定实施", { kind: "status", status: "formulated_implemented" }],
    ["编制", { kind: "status", status: "compiled" }],
    ["建立", { kind: "status", status: "established" }],
    ["开展", { kind: "status", status: "conducted" }],
    ["effectively conducted", { kind: "status", status: "effectively_conducted" }],
    ["effectively guaranteed", { kind: "status", status: "effectively_guaranteed" }],
    ["formulated and implemented", { kind: "status", status: "formulated_implemented" }],
    ["compiled", { kind: "status", status: "compiled" }],
    ["established", { kind: "status", status: "established" }],
    ["conducted", { kind: "status", status: "conducted" }],
    ["不涉及", { kind: "not_applicable" }],
    ["not applicable", { kind: "not_applicable" }],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length)
  .map(([phrase, node]) => [phrase.toLowerCase(), node] as const);

const NUM = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const UNIT = String.raw`(?:%|‰|[μµu]g\/m[³3]|mg\/m[³3]|mg\/kg|g\/kg|mg\/L|dB\(A\)|dB|km²|km2|m³|m3|万元|亿元|吨|t\b)`;
const OP = String.raw`(?:>=|<=|≥|≤|≧|≦|>|<|=)`;

const COMPARISON = new RegExp(String.raw`^(${OP})\s*(${NUM})\s*(${UNIT})?(?:以上|以内|以下)?`);
const DELTA = new RegExp(String.raw`^(Δ|delta)\s*([A-Za-z]*)\s*(${OP})\s*(${NUM})`, "i");
const RANGE_ZH = new RegExp(String.raw`^(${NUM})\s*(${UNIT})?\s*(?:-|~|～|—|–|至|到)\s*(${NUM})\s*(${UNIT})?\s*之间`);
const RANGE_EN = new RegExp(String.raw`^between\s+(${NUM})\s*(${UNIT})?\s+and\s+(${NUM})\s*(${UNIT})?`, "i");
const ABOUT_ZH = new RegExp(String.raw`^(${NUM})\s*(${UNIT})?\s*左右`);
const ABOUT_EN = new RegExp(String.raw`^(?:about|around|approximately)\s+(${NUM})\s*(${UNIT})?`, "i");
const NUMBER = new RegExp(String.raw`^(${NUM})\s*(${UNIT})?(?:以上|以内|以下)?`);
const ABSENT = /^无([^\s，,；;且或]+)/;
const AND = /^(?:[，,、]\s*)?(?:并且|且|并)\s*|^(?:[，,]\s*)?and\b\s*/i;
const OR = /^(?:[，,]\s*)?(?:或者|或)\s*|^(?:[，,]\s*)?or\b\s*/i;

const OPERATORS: Record<string, Comparator> = {
  ">=": ">=", "≥": ">=", "≧": ">=", ">": ">", "<=": "<=", "≤": "<=", "≦": "<=", "<": "<", "=": "=",
};

/** Rule texts repeat across rows and files ("≥20", "建立"): each is parsed once. Trees are never mutated. */
const cache = new Map<string, ParseResult>();
const CACHE_LIMIT = 10_000;

/** Parse a rule text. Full-width characters are read as their half-width forms. */
export function parseRule(source: string | number): ParseResult {
  const key = String(source);
  let result = cache.get(key);
  if (!result) {
    result = parseUncached(key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
  }
  return result;
}

function parseUncached(source: string): ParseResult {
  const original = String(source);
  // Half-width folding maps one character to one, so offsets in `text` are offsets in `original`.
  const text = toHalfWidth(original);
  let pos = 0;

  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  };
  const fail = (expected: RuleParseError["expected"]): ParseResult => ({
    ok: false,
    error: { offset: pos, found: original.slice(pos), expected },
  });

  const atom = (): LeafRule | undefined => {
    const rest = text.slice(pos);
    const start = pos;
    // A node's span ends at its last non-space character.
    const span = (length: number): Span => ({ start, end: (pos = start + rest.slice(0, length).trimEnd().length) });

    const lower = rest.toLowerCase();
    for (const [phrase, node] of PHRASES) {
      if (!lower.startsWith(phrase)) continue;
      // English phrases end at a word boundary ("stable" must not read "stableX").
      if (/[a-z]$/i.test(phrase) && /^[a-z]/i.test(rest.slice(phrase.length))) continue;
      return { ...node, span: span(phrase.length) } as LeafRule;
    }
    // Status words may carry 已 ("已建立") where a target restates a baseline.
    if (rest.startsWith("已")) {
      for (const [phrase, node] of PHRASES) {
        if (node.kind === "status" && rest.startsWith(phrase, 1)) return { ...node, span: span(phrase.length + 1) };
      }
    }
    let m: RegExpExecArray | null;
    if ((m = DELTA.exec(rest))) {
      return { kind: "delta", op: OPERATORS[m[3]!]!, value: Number(m[4]), label: `Δ${m[2] ?? ""}`, span: span(m[0].length) };
    }
    if ((m = COMPARISON.exec(rest))) {
      return { kind: "threshold", op: OPERATORS[m[1]!]!, value: Number(m[2]), ...unit(m[3]), span: span(m[0].length) };
    }
    if ((m = RANGE_ZH.exec(rest) ?? RANGE_EN.exec(rest))) {
      const a = Number(m[1]), b = Number(m[3]);
      return { kind: "range", min: Math.min(a, b), max: Math.max(a, b), ...unit(m[2] ?? m[4]), span: span(m[0].length) };
    }
    if ((m = ABOUT_ZH.exec(rest) ?? ABOUT_EN.exec(rest))) {
      return { kind: "about", value: Number(m[1]), ...unit(m[2]), span: span(m[0].length) };
    }
    if ((m = NUMBER.exec(rest))) {
      const value = Number(m[1]);
      if (m[0].endsWith("以上")) return { kind: "threshold", op: ">=", value, ...unit(m[2]), span: span(m[0].length) };
      if (/以内|以下$/.test(m[0])) return { kind: "threshold", op: "<=", value, ...unit(m[2]), span: span(m[0].length) };
      return { kind: "target", value, ...unit(m[2]), span: span(m[0].length) };
    }
    if ((m = ABSENT.exec(rest))) return { kind: "absent", what: m[1]!, span: span(m[0].length) };
    return undefined;
  };

  const sequence = (separator: RegExp, item: () => Rule | ParseResult, kind: "all" | "any"): Rule | ParseResult => {
    const start = pos;
    const parts: Rule[] = [];
    for (;;) {
      const part = item();
      if ("ok" in part) return part;
      parts.push(part);
      skipSpace();
      const sep = separator.exec(text.slice(pos));
      if (!sep) break;
      pos += sep[0].length;
      skipSpace();
    }
    return parts.length === 1 ? parts[0]! : { kind, parts, span: { start, end: pos } };
  };

  const clause = (): Rule | ParseResult =>
    sequence(AND, () => {
      skipSpace();
      return atom() ?? fail("rule.expected.atom");
    }, "all");

  skipSpace();
  if (pos === text.length) return fail("rule.expected.empty");
  const rule = sequence(OR, clause, "any");
  if ("ok" in rule) return rule;
  skipSpace();
  if (pos < text.length) return fail("rule.expected.connective");
  return { ok: true, rule };
}

function unit(u: string | undefined): { unit?: string } {
  return u ? { unit: u.replace(/3$/, "³").replace(/^u/, "μ").replace(/^µ/, "μ") } : {};
}
