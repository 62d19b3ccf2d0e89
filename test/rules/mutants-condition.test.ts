/**
 * A condition the value cannot decide (且无危险废物排放), src/rules/kinds/condition.ts: stated as not
 * met, stated unclearly, or decided by a signed review. Cases found by mutation testing
 * (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { levels } from "../../src/rules/index.js";
import type { EvalCase } from "./helpers.js";
import { checkEval } from "./ruleTester.js";
import { rule } from "./helpers.js";

const RULE = "≥90，且无危险废物排放";

const cases: EvalCase[] = [
  {
    name: "stated as not met: FAIL",
    rule: RULE,
    series: { 2022: 95 },
    clauses: { 无危险废物排放: "未满足" },
    verdict: "FAIL",
    id: "rule.all",
    parts: [
      { verdict: "PASS", id: "rule.compare.pass" },
      { verdict: "FAIL", id: "rule.condition.notMet", data: { condition: "无危险废物排放", text: "未满足" } },
    ],
  },
  {
    name: "stated unclearly: for a person",
    rule: RULE,
    series: { 2022: 95 },
    clauses: { 无危险废物排放: "情况待核实" },
    verdict: "REVIEW",
    id: "rule.all",
    parts: [
      { verdict: "PASS", id: "rule.compare.pass" },
      { verdict: "REVIEW", id: "rule.condition.unclear", data: { text: "情况待核实" } },
    ],
  },
  {
    name: "a signed review that fails the year decides the condition: FAIL",
    rule: RULE,
    series: { 2022: 95 },
    review: { verdict: "fail", by: "张三", year: 2022 },
    verdict: "FAIL",
    id: "rule.all",
    parts: [
      { verdict: "PASS", id: "rule.compare.pass" },
      { verdict: "FAIL", id: "rule.condition.reviewed", data: { by: "张三" } },
    ],
  },
];

describe("condition: stated, unclear, or reviewed", () => {
  it.each(cases)("$verdict: $name", (c) => checkEval(c));
});

describe("condition: no level on the value", () => {
  it("≥90，且无危险废物排放 sets ≥90 only: the condition is no level", () => {
    expect(levels(rule(RULE), "higher")).toEqual([{ op: ">=", value: 90 }]);
  });
});
