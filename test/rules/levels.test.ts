/**
 * The numbers a rule sets on the value itself, asked of the rule's kind (rules/index.ts `levels`)
 * by every consumer: lint's single level, record's fraction hint and the HTML chart's line. Each
 * row's expectation is a literal.
 */
import { describe, expect, it } from "vitest";
import { levelOf } from "../../src/lint/levels.js";
import { fractionOfPercent } from "../../src/rules/slips.js";
import type { Indicator, RuleSpec } from "../../src/model/types.js";
import { levels } from "../../src/rules/index.js";
import { parseRule } from "../../src/rules/parse.js";
import { loaded } from "../load/paths.js";

const spec = (text: string): RuleSpec => {
  const p = parseRule(text);
  if (!p.ok) throw new Error(`${text}: ${p.error.expected}`);
  return { text, rule: p.rule } as RuleSpec;
};

const row = (standard: string, better = "higher"): Indicator =>
  loaded(
    `region: {name: 测试区}\nplan: {base_year: 2020}\nindicators:\n  - id: "1"\n    name: 测试\n    unit: "%"\n    better: ${better}\n    standard: "${standard}"\n`,
  ).indicators[0]!;

describe("lint: the single level a rule sets", () => {
  it.each([
    ["≥85", "higher", { op: ">=", value: 85 }],
    ["≤35", "lower", { op: "<=", value: 35 }],
    [">5", "higher", { op: ">", value: 5 }],
    ["88", "higher", { op: ">=", value: 88 }],
    ["88", "lower", { op: "<=", value: 88 }],
    ["90左右", "higher", undefined],
    ["85~95之间", "higher", undefined],
    ["Δ≥5", "higher", undefined],
    ["≥85，且≤95", "higher", undefined],
    ["≥85或≤2", "higher", undefined],
    ["提高5个百分点", "higher", undefined],
    ["〔18〕", "higher", undefined],
    ["逐年提高", "higher", undefined],
    ["完成上级下达的考核任务", "higher", undefined],
  ] as const)("%s (%s is better)", (text, better, level) => {
    expect(levelOf(spec(text), better)).toEqual(level);
  });
});

describe("record: the fraction hint's floors", () => {
  it.each([
    ["85~95之间", "0.9", { value: 0.9, percent: 90, rule: "85~95之间" }],
    ["Δ≥5", "0.9", undefined],
    ["≥85或≤2", "0.9", { value: 0.9, percent: 90, rule: "≥85或≤2" }],
    ["提高5个百分点", "0.9", undefined],
  ] as const)("%s and %s", (standard, value, hint) => {
    expect(fractionOfPercent(row(standard), value)).toEqual(hint);
  });
});

describe("levels, as each kind states them (the chart draws the first)", () => {
  it.each([
    ["≥85", "higher", [{ op: ">=", value: 85 }]],
    ["88", "lower", [{ op: "<=", value: 88 }]],
    [
      "85~95之间",
      "higher",
      [
        { op: ">=", value: 85 },
        { op: "<=", value: 95 },
      ],
    ],
    ["90左右", "higher", [{ op: "=", value: 90 }]],
    [
      "≥85，且≤95",
      "higher",
      [
        { op: ">=", value: 85 },
        { op: "<=", value: 95 },
      ],
    ],
    ["逐年提高，且≥85", "higher", [{ op: ">=", value: 85 }]],
    // A change is not a level of the value: a chart of 80–90 % draws no line at 5.
    ["Δ≥5", "higher", []],
    ["提高5个百分点", "higher", []],
    ["〔18〕", "lower", []],
    ["完成上级下达的考核任务", "higher", []],
    ["不涉及", "higher", []],
  ] as const)("%s (%s is better)", (text, better, expected) => {
    expect(levels(spec(text).rule, better)).toEqual(expected);
  });
});
