/** 无… beside a number: a number is never evidence that something exists (the bug this file pins). */
import { describe, it } from "vitest";
import type { EvalCase } from "./helpers.js";
import { checkEval } from "./ruleTester.js";

const RULE = "≥90，且无危险废物排放";

const cases: EvalCase[] = [
  {
    name: "the number part met: the condition is undecided",
    rule: RULE,
    series: { 2022: 95 },
    unit: "%",
    verdict: "MISSING",
    id: "rule.all",
    parts: [
      { verdict: "PASS", id: "rule.compare.pass" },
      { verdict: "MISSING", id: "rule.condition.missing", data: { condition: "无危险废物排放", year: 2022 } },
    ],
  },
  {
    name: "the number part failed: FAIL",
    rule: RULE,
    series: { 2022: 85 },
    unit: "%",
    verdict: "FAIL",
    id: "rule.all",
    parts: [
      { verdict: "FAIL", id: "rule.compare.fail" },
      { verdict: "MISSING", id: "rule.condition.missing" },
    ],
  },
];

describe("无… beside a number is a condition", () => {
  it.each(cases)("$verdict: $name", checkEval);
});
