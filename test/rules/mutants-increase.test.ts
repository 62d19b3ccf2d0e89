/**
 * 有所提高 (src/rules/kinds/increase.ts) against a value that is no number. Found by mutation testing
 * (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { levels } from "../../src/rules/index.js";
import { type EvalCase, type JudgeCase, rule } from "./helpers.js";
import { checkEval, checkJudge, type Rendered } from "./ruleTester.js";

const values: EvalCase[] = [
  {
    name: "none present is no full share against 有所提高",
    rule: "有所提高",
    series: { 2021: 50, 2022: "无黑臭水体" },
    unit: "%",
    verdict: "REVIEW",
    id: "value.nonePresent.review",
  },
];

const targets: Array<JudgeCase & Rendered> = [
  {
    name: "有所提高 as a target states it",
    standard: "有所提高",
    target: "有所提高",
    base: 80,
    verdict: "PASS",
    id: "target.trend.stated",
    data: { rule: { ref: "phrase.increase.higher" } },
    en: "the target states increased or stronger",
  },
];

describe("increase: a value that is no number, and the target that states it", () => {
  it.each(values)("$verdict: $name", (c) => checkEval(c));
  it.each(targets)("$verdict: $name", (c) => checkJudge(c));
});

describe("increase: no level on the value", () => {
  it("有所提高 sets none: it is a move from the reference, not a level", () => {
    expect(levels(rule("有所提高"), "higher")).toEqual([]);
  });
});
