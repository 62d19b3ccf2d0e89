/** A phrase the grammar does not know (应划尽划): REVIEW with the text quoted, never an input error (#23). */
import { runRuleTester } from "./ruleTester.js";

runRuleTester("unknown", {
  invalid: [
    {
      name: "应划尽划 alone",
      rule: "应划尽划",
      series: { 2022: 1 },
      verdict: "REVIEW",
      id: "rule.unknown",
      data: { text: "应划尽划" },
      en: "“应划尽划” is a phrase the rule grammar does not read: a person must judge it",
      zh: "“应划尽划”是规则语法无法识别的短语，须人工判断",
    },
    {
      name: "without a value it is still for a person",
      rule: "应划尽划",
      series: {},
      year: 2022,
      verdict: "REVIEW",
      id: "rule.unknown",
    },
    {
      name: "beside a number part: the worst part",
      rule: "≥95，且应划尽划",
      series: { 2022: 96 },
      verdict: "REVIEW",
      id: "rule.all",
      parts: [
        { verdict: "PASS", id: "rule.compare.pass" },
        { verdict: "REVIEW", id: "rule.unknown" },
      ],
    },
    {
      name: "a failed number part still fails",
      rule: "≥95，且应划尽划",
      series: { 2022: 90 },
      verdict: "FAIL",
      id: "rule.all",
    },
  ],
  inadequate: [
    {
      name: "a target in an unknown phrase decides nothing",
      standard: "≥95",
      target: "应划尽划",
      verdict: "REVIEW",
      id: "target.noValue",
    },
    {
      name: "a standard in an unknown phrase is for a person",
      standard: "应划尽划",
      target: "≥95",
      verdict: "REVIEW",
      id: "rule.unknown",
    },
  ],
});
