import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/rules/ast.js";
import { parseRule, type RuleParseError } from "../../src/rules/parse.js";

/** A node without its spans, for comparing shapes. */
function shape(rule: Rule): unknown {
  const { span: _span, ...rest } = rule;
  if (rule.kind === "all" || rule.kind === "any") return { kind: rule.kind, parts: rule.parts.map(shape) };
  return rest;
}

const t = (op: string, value: number, unit?: string) => ({ kind: "threshold", op, value, ...(unit ? { unit } : {}) });
const status = (...s: string[]) => ({ kind: "status", statuses: s });
const stable = (direction: string) => ({ kind: "stable", direction });
const trend = (direction: string) => ({ kind: "trend", direction });
const superior = { kind: "superior" };

const valid: Array<{ text: string; rule: unknown }> = [
  // thresholds: the symbol decides inclusive or strict
  { text: "≥20", rule: t(">=", 20) },
  { text: ">=20", rule: t(">=", 20) },
  { text: "≧20", rule: t(">=", 20) },
  { text: "≤25", rule: t("<=", 25) },
  { text: "<=25", rule: t("<=", 25) },
  { text: "<5", rule: t("<", 5) },
  { text: ">-1", rule: t(">", -1) },
  { text: "=100", rule: t("=", 100) },
  { text: "≥ 20.5", rule: t(">=", 20.5) },
  { text: "  ≥20  ", rule: t(">=", 20) },
  // unit suffixes
  { text: "≥20%", rule: t(">=", 20, "%") },
  { text: "≤35μg/m³", rule: t("<=", 35, "μg/m³") },
  { text: "≤35ug/m3", rule: t("<=", 35, "μg/m³") },
  { text: "≤60 dB(A)", rule: t("<=", 60, "dB(A)") },
  { text: "≥30%以上", rule: t(">=", 30, "%") },
  // full-width digits and symbols read as half-width
  { text: "≥２０", rule: t(">=", 20) },
  { text: "≥２０．５％", rule: t(">=", 20.5, "%") },
  { text: "＞＝20", rule: t(">=", 20) },
  { text: "＜５", rule: t("<", 5) },
  // a bare number: reach it in the better direction
  { text: "100", rule: { kind: "target", value: 100 } },
  { text: "98.5", rule: { kind: "target", value: 98.5 } },
  { text: "100%", rule: { kind: "target", value: 100, unit: "%" } },
  { text: "１００", rule: { kind: "target", value: 100 } },
  { text: "60以上", rule: t(">=", 60) },
  { text: "35以下", rule: t("<=", 35) },
  // inclusive ranges
  { text: "0.3-0.4之间", rule: { kind: "range", min: 0.3, max: 0.4 } },
  { text: "0.3~0.4之间", rule: { kind: "range", min: 0.3, max: 0.4 } },
  { text: "0.3至0.4之间", rule: { kind: "range", min: 0.3, max: 0.4 } },
  { text: "between 0.3 and 0.4", rule: { kind: "range", min: 0.3, max: 0.4 } },
  { text: "Between 30% and 40%", rule: { kind: "range", min: 30, max: 40, unit: "%" } },
  // about: no pass/fail meaning
  { text: "15左右", rule: { kind: "about", value: 15 } },
  { text: "15%左右", rule: { kind: "about", value: 15, unit: "%" } },
  { text: "about 15", rule: { kind: "about", value: 15 } },
  // the year-on-year change
  { text: "ΔEQI>-1", rule: { kind: "delta", op: ">", value: -1, label: "ΔEQI" } },
  { text: "Δ>-1", rule: { kind: "delta", op: ">", value: -1, label: "Δ" } },
  { text: "ΔEQI ≥ 0", rule: { kind: "delta", op: ">=", value: 0, label: "ΔEQI" } },
  { text: "delta EQI > -1", rule: { kind: "delta", op: ">", value: -1, label: "ΔEQI" } },
  // the six status words, with 已 and in English
  { text: "建立", rule: status("established") },
  { text: "开展", rule: status("conducted") },
  { text: "有效开展", rule: status("effectively_conducted") },
  { text: "有效保障", rule: status("effectively_guaranteed") },
  { text: "制定实施", rule: status("formulated", "implemented") },
  { text: "编制", rule: status("compiled") },
  { text: "已建立", rule: status("established") },
  { text: "established", rule: status("established") },
  { text: "effectively conducted", rule: status("effectively_conducted") },
  { text: "formulated and implemented", rule: status("formulated", "implemented") },
  // stability: one phrase each, longest first
  { text: "保持稳定或持续改善", rule: stable("better") },
  { text: "保持稳定或持续提高", rule: stable("higher") },
  { text: "保持稳定或持续下降", rule: stable("lower") },
  { text: "不降低", rule: stable("higher") },
  { text: "stable or improving", rule: stable("better") },
  { text: "stable or declining", rule: stable("lower") },
  // continuous trends
  { text: "持续改善", rule: trend("better") },
  { text: "持续提高", rule: trend("higher") },
  { text: "持续下降", rule: trend("lower") },
  { text: "continuously improving", rule: trend("better") },
  { text: "continuously declining", rule: trend("lower") },
  // increase
  { text: "有所提高", rule: { kind: "increase", orStable: false } },
  { text: "保持稳定或有所提高", rule: { kind: "increase", orStable: true } },
  { text: "stable or increased", rule: { kind: "increase", orStable: true } },
  // the superior's target
  { text: "完成上级规定的考核任务", rule: superior },
  { text: "meets the superior target", rule: superior },
  // not applicable, none present
  { text: "不涉及", rule: { kind: "not_applicable" } },
  { text: "not applicable", rule: { kind: "not_applicable" } },
  { text: "无黑臭水体", rule: { kind: "absent", what: "黑臭水体" } },
  // 且 / and: all
  { text: "完成上级规定的考核任务，且保持稳定或持续下降", rule: { kind: "all", parts: [superior, stable("lower")] } },
  { text: "≥20,且≤25", rule: { kind: "all", parts: [t(">=", 20), t("<=", 25)] } },
  { text: "≥20 and ≤25", rule: { kind: "all", parts: [t(">=", 20), t("<=", 25)] } },
  { text: "≥20 AND ≤25", rule: { kind: "all", parts: [t(">=", 20), t("<=", 25)] } },
  { text: "≥20并且≤25", rule: { kind: "all", parts: [t(">=", 20), t("<=", 25)] } },
  // 或 / or: any
  { text: "≥20或建立", rule: { kind: "any", parts: [t(">=", 20), status("established")] } },
  { text: "≥20 or established", rule: { kind: "any", parts: [t(">=", 20), status("established")] } },
  { text: "≥20，或者≤5", rule: { kind: "any", parts: [t(">=", 20), t("<=", 5)] } },
  { text: "stable or ≥20", rule: { kind: "any", parts: [stable("better"), t(">=", 20)] } },
  // 且 binds tighter than 或
  {
    text: "≥20，且≤25或建立",
    rule: { kind: "any", parts: [{ kind: "all", parts: [t(">=", 20), t("<=", 25)] }, status("established")] },
  },
  {
    text: "建立或≥20，且≤25",
    rule: { kind: "any", parts: [status("established"), { kind: "all", parts: [t(">=", 20), t("<=", 25)] }] },
  },
  // a phrase holding 或 is still one phrase when it stands beside a real 或
  { text: "保持稳定或持续下降或≤35", rule: { kind: "any", parts: [stable("lower"), t("<=", 35)] } },
];

const invalid: Array<{ text: string; error: RuleParseError }> = [
  { text: "≥20 foo", error: { offset: 4, found: "foo", expected: "rule.expected.connective" } },
  { text: "保持稳定或", error: { offset: 5, found: "", expected: "rule.expected.atom" } },
  { text: "", error: { offset: 0, found: "", expected: "rule.expected.empty" } },
  { text: "   ", error: { offset: 3, found: "", expected: "rule.expected.empty" } },
  { text: "≥", error: { offset: 0, found: "≥", expected: "rule.expected.atom" } },
  { text: "≥20，且", error: { offset: 5, found: "", expected: "rule.expected.atom" } },
  { text: "≥20或", error: { offset: 4, found: "", expected: "rule.expected.atom" } },
  { text: "foo", error: { offset: 0, found: "foo", expected: "rule.expected.atom" } },
  // a range needs 之间: the unread part is the second number
  { text: "0.3-0.4", error: { offset: 3, found: "-0.4", expected: "rule.expected.connective" } },
  // English phrases end at a word boundary
  { text: "stablex", error: { offset: 0, found: "stablex", expected: "rule.expected.atom" } },
  // the offset is in the text as written, full-width characters included; found is the original
  { text: "≥２０ ｘ", error: { offset: 4, found: "ｘ", expected: "rule.expected.connective" } },
  { text: "完成上级规定的考核任务，且", error: { offset: 13, found: "", expected: "rule.expected.atom" } },
];

describe("parseRule", () => {
  it.each(valid)("reads $text", ({ text, rule }) => {
    const r = parseRule(text);
    if (!r.ok) throw new Error(`did not parse: ${JSON.stringify(r.error)}`);
    expect(shape(r.rule)).toEqual(rule);
  });

  it.each(invalid)("points at the unread part of $text", ({ text, error }) => {
    expect(parseRule(text)).toEqual({ ok: false, error });
  });

  it("is one stable node for 保持稳定或持续下降, not an or", () => {
    const r = parseRule("保持稳定或持续下降");
    expect(r.ok && r.rule.kind).toBe("stable");
  });

  it("spans each part in the original text", () => {
    const r = parseRule("≥20，且保持稳定或持续下降");
    if (!r.ok || r.rule.kind !== "all") throw new Error("expected an all node");
    expect(r.rule.parts.map((p) => p.span)).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 14 },
    ]);
    expect(r.rule.span).toEqual({ start: 0, end: 14 });
  });

  it("accepts a number as well as text", () => {
    const r = parseRule(100);
    expect(r.ok && shape(r.rule)).toEqual({ kind: "target", value: 100 });
  });
});
