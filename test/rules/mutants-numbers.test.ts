/**
 * What the numeric rules share (src/rules/numbers.ts): whether a target's bounds meet `op limit`,
 * the worst value a reason names, a value that is no number, and a limit written with many decimals.
 * Cases found by mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import type { EvalCase, JudgeCase } from "./helpers.js";
import { checkEval, checkJudge, type Rendered } from "./ruleTester.js";

const values: Array<EvalCase & Rendered> = [
  {
    name: "a limit of 0.0000001 is written as its digits, never 1e-7",
    rule: "≤0.0000001",
    series: { 2022: 0 },
    verdict: "PASS",
    id: "rule.compare.pass",
    data: { rule: "≤0.0000001" },
    en: "2022: 0 meets ≤0.0000001",
  },
  {
    name: "an approximate value is for a person, naming the year and the text",
    rule: "≥85",
    series: { 2022: "约90" },
    verdict: "REVIEW",
    id: "value.approximate",
    data: { year: 2022, text: "约90" },
  },
  {
    name: "none present meets a full share (≥100 on a % row)",
    rule: "≥100",
    series: { 2022: "无黑臭水体" },
    unit: "%",
    verdict: "PASS",
    id: "value.nonePresent.full",
    data: { year: 2022, text: "无黑臭水体" },
  },
  {
    name: "none present does not meet ≥90 on a % row: that is no full share",
    rule: "≥90",
    series: { 2022: "无黑臭水体" },
    unit: "%",
    verdict: "REVIEW",
    id: "value.nonePresent.review",
  },
  {
    name: "none present against a ceiling of 100 (≤100) is no full share either",
    rule: "≤100",
    series: { 2022: "无黑臭水体" },
    unit: "%",
    verdict: "REVIEW",
    id: "value.nonePresent.review",
  },
];

const targets: Array<JudgeCase & Rendered> = [
  {
    name: "≥70 does not meet >80",
    standard: ">80",
    target: "≥70",
    verdict: "FAIL",
    id: "target.compare.fail",
    data: { worst: 70 },
  },
  {
    name: "a strict lower bound is just above its number",
    standard: "≥75",
    target: ">80",
    verdict: "PASS",
    id: "target.compare.pass",
    en: "meeting the target means at worst just above 80, which meets ≥75",
  },
  {
    name: "=100 meets ≥100 at 100 itself, not just above it",
    standard: "≥100",
    target: "=100",
    verdict: "PASS",
    id: "target.compare.pass",
    en: "meeting the target means at worst 100, which meets ≥100",
  },
  {
    name: "=100 meets ≤100 at 100 itself, not just below it",
    standard: "≤100",
    target: "=100",
    verdict: "PASS",
    id: "target.compare.pass",
    en: "meeting the target means at worst 100, which meets ≤100",
  },
  {
    name: "=100 meets =100",
    standard: "=100",
    target: "=100",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 100 },
  },
  {
    name: "≥90且≤100 does not meet =100: the reason names 90",
    standard: "=100",
    target: "≥90且≤100",
    verdict: "FAIL",
    id: "target.compare.fail",
    data: { worst: 90 },
    en: "the target allows 90, which does not meet =100",
  },
  {
    name: "≥10且≤20 meets <30, at worst 20 (the upper bound)",
    standard: "<30",
    target: "≥10且≤20",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 20 },
  },
  {
    name: "≤25 meets <30",
    standard: "<30",
    target: "≤25",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 25 },
  },
];

describe("numbers: a value against a numeric rule", () => {
  it.each(values)("$verdict: $name ($rule)", (c) => checkEval(c));
});
describe("numbers: a target's bounds against a numeric rule", () => {
  it.each(targets)("$verdict: $name", (c) => {
    expect(c.verdict).toMatch(/^(PASS|FAIL)$/);
    checkJudge(c);
  });
});
