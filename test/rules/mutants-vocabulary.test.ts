/**
 * The count of years in 近N年 (src/rules/vocabulary.ts, readCount), in digits and in numerals, read
 * through the rule's window. Found by mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, it } from "vitest";
import type { EvalCase } from "./helpers.js";
import { checkEval } from "./ruleTester.js";

const cases: EvalCase[] = [
  {
    name: "近12年: two digits are twelve years",
    rule: "近12年逐年提高",
    series: { 2021: 1, 2022: 2 },
    verdict: "MISSING",
    id: "rule.trend.window",
    data: { years: 12, from: 2010 },
  },
  {
    name: "近十二年 in numerals is twelve years too",
    rule: "近十二年逐年提高",
    series: { 2021: 1, 2022: 2 },
    verdict: "MISSING",
    id: "rule.trend.window",
    data: { years: 12, from: 2010 },
  },
];

describe("vocabulary: the years of 近N年", () => {
  it.each(cases)("$verdict: $name ($rule)", (c) => checkEval(c));
});
