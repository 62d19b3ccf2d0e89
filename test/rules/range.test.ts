import type { EvalCase, JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";

const valid: EvalCase[] = [
  {
    name: "the low end is inside",
    rule: "0.3-0.4之间",
    series: { 2022: 0.3 },
    verdict: "PASS",
    id: "rule.compare.pass",
    data: { year: 2022, value: 0.3, rule: "0.3–0.4" },
    zh: "2022年：0.3 满足 0.3–0.4",
    en: "2022: 0.3 meets 0.3–0.4",
  },
  {
    name: "the high end is inside",
    rule: "0.3-0.4之间",
    series: { 2022: 0.4 },
    verdict: "PASS",
    id: "rule.compare.pass",
    data: { value: 0.4 },
  },
  {
    name: "the middle",
    rule: "between 0.3 and 0.4",
    series: { 2022: 0.35 },
    verdict: "PASS",
    id: "rule.compare.pass",
    data: { value: 0.35, rule: "0.3–0.4" },
  },
  {
    name: "reversed ends read the same",
    rule: "0.4-0.3之间",
    series: { 2022: 0.33 },
    verdict: "PASS",
    id: "rule.compare.pass",
    data: { rule: "0.3–0.4" },
  },
];

const invalid: EvalCase[] = [
  {
    name: "just below",
    rule: "0.3-0.4之间",
    series: { 2022: 0.29 },
    verdict: "FAIL",
    id: "rule.compare.fail",
    data: { value: 0.29, rule: "0.3–0.4" },
    zh: "2022年：0.29 不满足 0.3–0.4",
    en: "2022: 0.29 does not meet 0.3–0.4",
  },
  {
    name: "just above",
    rule: "between 0.3 and 0.4",
    series: { 2022: 0.41 },
    verdict: "FAIL",
    id: "rule.compare.fail",
    data: { value: 0.41 },
  },
  {
    name: "no value",
    rule: "0.3-0.4之间",
    series: {},
    year: 2022,
    verdict: "MISSING",
    id: "value.missing",
    data: { year: 2022 },
  },
  { name: "不涉及", rule: "0.3-0.4之间", series: { 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable" },
  {
    name: "text",
    rule: "0.3-0.4之间",
    series: { 2022: "待评估" },
    verdict: "REVIEW",
    id: "value.text",
    data: { text: "待评估" },
  },
  {
    name: "an approximate figure is not a number",
    rule: "0.3-0.4之间",
    series: { 2022: "约0.35" },
    verdict: "REVIEW",
    id: "value.approximate",
    data: { text: "约0.35" },
  },
  {
    name: "none present",
    rule: "0.3-0.4之间",
    series: { 2022: "无黑臭水体" },
    verdict: "REVIEW",
    id: "value.nonePresent.review",
  },
];

const adequate: JudgeCase[] = [
  {
    name: "a narrower range",
    standard: "0.3-0.4之间",
    target: "0.32-0.38之间",
    verdict: "PASS",
    id: "target.range.pass",
    data: { lo: 0.32, hi: 0.38, rule: "0.3–0.4" },
    zh: "目标在 0.3–0.4 之内",
    en: "the target stays within 0.3–0.4",
  },
  {
    name: "the same range",
    standard: "0.3-0.4之间",
    target: "between 0.3 and 0.4",
    verdict: "PASS",
    id: "target.range.pass",
    data: { lo: 0.3, hi: 0.4 },
  },
  {
    name: "two thresholds that close it",
    standard: "0.3-0.4之间",
    target: "≥0.31，且≤0.39",
    verdict: "PASS",
    id: "target.range.pass",
    data: { lo: 0.31, hi: 0.39 },
  },
];

const inadequate: JudgeCase[] = [
  {
    name: "a range reaching past the top",
    standard: "0.3-0.4之间",
    target: "0.35-0.45之间",
    verdict: "FAIL",
    id: "target.range.fail",
    data: { lo: 0.35, hi: 0.45 },
    zh: "目标允许超出 0.3–0.4 的值",
    en: "the target allows values outside 0.3–0.4",
  },
  {
    name: "a range reaching below the bottom",
    standard: "0.3-0.4之间",
    target: "0.2-0.35之间",
    verdict: "FAIL",
    id: "target.range.fail",
    data: { lo: 0.2, hi: 0.35 },
  },
  {
    name: "a lower bound alone allows values above the range",
    standard: "0.3-0.4之间",
    target: "≥0.3",
    verdict: "FAIL",
    id: "target.wrongSide",
    data: { rule: "0.3–0.4", target: "≥0.3" },
  },
  {
    name: "≥0.5 lies outside 0.3–0.4",
    standard: "0.3-0.4之间",
    target: "≥0.5",
    verdict: "FAIL",
    id: "target.wrongSide",
    data: { target: "≥0.5" },
  },
];

runRuleTester("range", { valid, invalid, adequate, inadequate });
