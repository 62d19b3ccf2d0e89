import type { EvalCase, JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";

const NONE = "无黑臭水体";

const valid: EvalCase[] = [
  {
    name: "stated as none present",
    rule: NONE,
    series: { 2022: "无黑臭水体" },
    verdict: "PASS",
    id: "rule.absent.pass",
    data: { year: 2022, what: "黑臭水体" },
    zh: "2022年：无黑臭水体",
    en: "2022: none of 黑臭水体 present",
  },
  {
    name: "a count of zero",
    rule: NONE,
    series: { 2022: 0 },
    verdict: "PASS",
    id: "rule.absent.pass",
    data: { what: "黑臭水体", value: 0 },
  },
  // A none-present value (not the absent rule) against a numeric rule:
  {
    name: "none present meets 100 % higher-better",
    rule: "100",
    series: { 2022: "无黑臭水体" },
    unit: "%",
    better: "higher",
    verdict: "PASS",
    id: "value.nonePresent.full",
    data: { text: "无黑臭水体" },
  },
];

const invalid: EvalCase[] = [
  {
    name: "some present",
    rule: NONE,
    series: { 2022: 2 },
    verdict: "FAIL",
    id: "rule.absent.fail",
    data: { year: 2022, what: "黑臭水体", value: 2 },
    zh: "2022年：黑臭水体有 2",
    en: "2022: 2 黑臭水体 present",
  },
  {
    name: "text",
    rule: NONE,
    series: { 2022: "已基本消除" },
    verdict: "REVIEW",
    id: "rule.absent.review",
    data: { text: "已基本消除", what: "黑臭水体" },
  },
  {
    name: "a status",
    rule: NONE,
    series: { 2022: "已建立" },
    verdict: "REVIEW",
    id: "rule.absent.review",
    data: { text: "已建立" },
  },
  {
    name: "no value",
    rule: NONE,
    series: {},
    year: 2022,
    verdict: "MISSING",
    id: "value.missing",
    data: { year: 2022 },
  },
  { name: "不涉及", rule: NONE, series: { 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable" },
  {
    name: "有黑臭水体: the thing is present",
    rule: NONE,
    series: { 2022: "有黑臭水体" },
    verdict: "FAIL",
    id: "rule.absent.denied",
    data: { year: 2022, what: "黑臭水体", text: "有黑臭水体" },
    zh: "2022年：“有黑臭水体”，存在黑臭水体",
    en: "2022: “有黑臭水体” — 黑臭水体 present",
  },
  { name: "存在黑臭水体", rule: NONE, series: { 2022: "存在黑臭水体" }, verdict: "FAIL", id: "rule.absent.denied" },
  {
    name: "否 answers the row's question",
    rule: NONE,
    series: { 2022: "否" },
    verdict: "FAIL",
    id: "rule.absent.denied",
  },
  {
    name: "another thing present says nothing of this one",
    rule: NONE,
    series: { 2022: "有劣V类水体" },
    verdict: "REVIEW",
    id: "rule.absent.review",
  },
];

// "None present" as a value against other rules: fully meets 100 % higher-better, REVIEW elsewhere.
const nonePresentValue: EvalCase[] = [
  {
    name: "REVIEW against a lower threshold",
    rule: "≥90",
    series: { 2022: "无黑臭水体" },
    unit: "%",
    better: "higher",
    verdict: "REVIEW",
    id: "value.nonePresent.review",
  },
  {
    name: "REVIEW for a count",
    rule: "≤0",
    series: { 2022: "无黑臭水体" },
    better: "lower",
    verdict: "REVIEW",
    id: "value.nonePresent.review",
  },
  {
    name: "REVIEW against a stability clause",
    rule: "保持稳定或持续改善",
    series: { 2021: 100, 2022: "无黑臭水体" },
    unit: "%",
    better: "higher",
    verdict: "REVIEW",
    id: "value.nonePresent.review",
  },
  {
    name: "REVIEW against a status",
    rule: "建立",
    series: { 2022: "无黑臭水体" },
    verdict: "REVIEW",
    id: "rule.status.review",
  },
];

const adequate: JudgeCase[] = [
  {
    name: "the target is none present",
    standard: NONE,
    target: "无黑臭水体",
    verdict: "PASS",
    id: "target.absent.pass",
    data: { what: "黑臭水体" },
    zh: "目标为无黑臭水体",
    en: "the target is that no 黑臭水体 is present",
  },
  {
    name: "a bare 0 lower-better",
    standard: NONE,
    target: "0",
    better: "lower",
    verdict: "PASS",
    id: "target.absent.pass",
  },
  { name: "≤0", standard: NONE, target: "≤0", verdict: "PASS", id: "target.absent.pass" },
  {
    name: "none present meets 100 % higher-better",
    standard: "100",
    target: NONE,
    unit: "%",
    better: "higher",
    verdict: "PASS",
    id: "target.nonePresent.full",
    data: { rule: "≥100" },
  },
];

const inadequate: JudgeCase[] = [
  {
    name: "none of another thing says nothing of this one (无劣Ⅴ类水体 against 无黑臭水体)",
    standard: NONE,
    target: "无劣Ⅴ类水体",
    verdict: "REVIEW",
    id: "target.noValue",
    data: { rule: "无黑臭水体" },
  },
  {
    name: "either of two things none present guarantees neither (无黑臭水体或无劣Ⅴ类水体)",
    standard: NONE,
    target: "无黑臭水体或无劣Ⅴ类水体",
    verdict: "REVIEW",
    id: "target.noValue",
    data: { rule: "无黑臭水体" },
  },
  {
    name: "a share says nothing about presence",
    standard: NONE,
    target: "100",
    unit: "%",
    better: "higher",
    verdict: "REVIEW",
    id: "target.noValue",
    data: { rule: "无黑臭水体" },
    zh: "目标未给出可判断 无黑臭水体 的内容",
    en: "the target states nothing that decides 无黑臭水体",
  },
  {
    name: "none present against a lower share",
    standard: "≥90",
    target: NONE,
    unit: "%",
    better: "higher",
    verdict: "REVIEW",
    id: "target.noValue",
    data: { rule: "≥90" },
  },
];

runRuleTester("absent", { valid, invalid: [...invalid, ...nonePresentValue], adequate, inadequate });
