import type { EvalCase, JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";

// `15左右` has no pass/fail meaning: there are no valid (PASS) cases, whatever the value.
const invalid: EvalCase[] = [
  {
    name: "exactly the figure",
    rule: "15左右",
    series: { 2022: 15 },
    verdict: "REVIEW",
    id: "rule.about",
    data: { value: 15, unit: "" },
    zh: "“15左右”无达标含义，须人工判断",
    en: "“about 15” has no pass/fail meaning: a person must judge it",
  },
  {
    name: "far from the figure",
    rule: "15左右",
    series: { 2022: 40 },
    verdict: "REVIEW",
    id: "rule.about",
    data: { value: 15 },
  },
  {
    name: "in English, with a unit",
    rule: "about 15%",
    series: { 2022: 14 },
    unit: "%",
    verdict: "REVIEW",
    id: "rule.about",
    data: { value: 15, unit: "%" },
  },
  {
    name: "no value",
    rule: "15左右",
    series: {},
    year: 2022,
    verdict: "MISSING",
    id: "value.missing",
    data: { year: 2022 },
  },
  { name: "不涉及", rule: "15左右", series: { 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable" },
];

const targets: JudgeCase[] = [
  {
    name: "a target against about",
    standard: "15左右",
    target: "≥15",
    verdict: "REVIEW",
    id: "rule.about",
    data: { value: 15 },
    zh: "“15左右”无达标含义，须人工判断",
    en: "“about 15” has no pass/fail meaning: a person must judge it",
  },
  {
    name: "about as a target says nothing numeric",
    standard: "≥10",
    target: "15左右",
    verdict: "REVIEW",
    id: "target.noValue",
    data: { rule: "≥10" },
  },
];

runRuleTester("about", { invalid, inadequate: targets });
