/**
 * The shared comparison of a value, or a target's guarantee, with `op limit` (src/rules/compare.ts):
 * where a share on a "%" row reads as a fraction or past its whole, and how a target's bounds are
 * written in a reason. Cases found by mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, it } from "vitest";
import type { EvalCase, JudgeCase } from "./helpers.js";
import { checkEval, checkJudge } from "./ruleTester.js";

const values: EvalCase[] = [
  // A fraction is a value strictly between 0 and 1, against a floor above 1.
  {
    name: "0 on a % row against ≥85 is a plain failure, not a fraction",
    rule: "≥85",
    series: { 2022: 0 },
    unit: "%",
    verdict: "FAIL",
    id: "rule.compare.fail",
    data: { value: 0, rule: "≥85" },
  },
  {
    name: "1 on a % row against ≥85 is 1 %, not a fraction",
    rule: "≥85",
    series: { 2022: 1 },
    unit: "%",
    verdict: "FAIL",
    id: "rule.compare.fail",
    data: { value: 1 },
  },
  {
    name: "0.5 on a % row against ≥0.8 (a floor below 1) is 0.5 %, not a fraction",
    rule: "≥0.8",
    series: { 2022: 0.5 },
    unit: "%",
    verdict: "FAIL",
    id: "rule.compare.fail",
  },
  {
    name: "0.5 on a % row against ≥1 (a floor of 1) is 0.5 %, not a fraction",
    rule: "≥1",
    series: { 2022: 0.5 },
    unit: "%",
    verdict: "FAIL",
    id: "rule.compare.fail",
  },
  {
    name: "0.9 on a % row against >85 may be 90 %: a person looks",
    rule: ">85",
    series: { 2022: 0.9 },
    unit: "%",
    verdict: "REVIEW",
    id: "value.fractionPercent",
    data: { value: 0.9, percent: 90, rule: ">85" },
  },
  {
    name: "0.5 on a row without a unit against ≥85 is no fraction of a share: it fails",
    rule: "≥85",
    series: { 2022: 0.5 },
    verdict: "FAIL",
    id: "rule.compare.fail",
    data: { value: 0.5, unit: "" },
  },
  // Past the whole: a share above 100 % against a floor within it.
  {
    name: "120 on a % row against ≥100 is more than the whole",
    rule: "≥100",
    series: { 2022: 120 },
    unit: "%",
    verdict: "REVIEW",
    id: "value.pastWhole",
    data: { value: 120, whole: 100 },
  },
  {
    name: "855 on a % row against >85 is more than the whole",
    rule: ">85",
    series: { 2022: 855 },
    unit: "%",
    verdict: "REVIEW",
    id: "value.pastWhole",
    data: { value: 855, whole: 100, rule: ">85" },
  },
  {
    name: "855 on a % row against =100 is more than the whole",
    rule: "=100",
    series: { 2022: 855 },
    unit: "%",
    verdict: "REVIEW",
    id: "value.pastWhole",
    data: { rule: "=100" },
  },
  {
    name: "120 on a % row against a ceiling (≤50) simply fails",
    rule: "≤50",
    series: { 2022: 120 },
    unit: "%",
    verdict: "FAIL",
    id: "rule.compare.fail",
    data: { value: 120, rule: "≤50" },
  },
];

const targets: JudgeCase[] = [
  {
    name: "the standard's own unit stays in its label (≥85%)",
    standard: "≥85%",
    target: "≥90",
    unit: "%",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { rule: "≥85%", worst: 90 },
  },
  {
    name: "a ceiling target on a % row (≤30) against ≤35: no lower bound to be past the whole",
    standard: "≤35",
    target: "≤30",
    unit: "%",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 30, unit: "%" },
  },
  {
    name: "a target of >110 on a % row is past the whole, written strict",
    standard: "≥85",
    target: ">110",
    unit: "%",
    verdict: "REVIEW",
    id: "target.pastWhole",
    data: { target: ">110", whole: 100 },
  },
  {
    name: "none present as a target meets a full share (=100 on a % row)",
    standard: "=100",
    target: "无黑臭水体",
    unit: "%",
    verdict: "PASS",
    id: "target.nonePresent.full",
    data: { rule: "=100" },
  },
  // How a target's bounds are written when they bound the wrong side.
  {
    name: "≥1且≤3 against 未发生 is written 1–3",
    standard: "未发生",
    target: "≥1且≤3",
    verdict: "FAIL",
    id: "target.wrongSide",
    data: { target: "1–3" },
  },
  {
    name: "=2 against 未发生 is written =2",
    standard: "未发生",
    target: "=2",
    verdict: "FAIL",
    id: "target.wrongSide",
    data: { target: "=2" },
  },
  {
    name: ">2 against 未发生 is written >2",
    standard: "未发生",
    target: ">2",
    verdict: "FAIL",
    id: "target.wrongSide",
    data: { target: ">2" },
  },
  {
    name: "<3 against 未发生 is written <3",
    standard: "未发生",
    target: "<3",
    verdict: "FAIL",
    id: "target.wrongSide",
    data: { target: "<3" },
  },
];

describe("compare: a value against op limit", () => {
  it.each(values)("$verdict: $name ($rule)", (c) => checkEval(c));
});
describe("compare: a target's guarantee against op limit", () => {
  it.each(targets)("$verdict: $name", (c) => checkJudge(c));
});
