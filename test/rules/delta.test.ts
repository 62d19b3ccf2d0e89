import { type EvalCase, type JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";

const changes = { measure: "delta" } as const;

const valid: EvalCase[] = [
  { name: "the change from the series", rule: "ΔEQI>-1", series: { 2021: 60, 2022: 59.28 }, verdict: "PASS", id: "rule.delta.pass", data: { year: 2022, from: 2021, change: -0.72, rule: "ΔEQI>-1" }, zh: "2022年较2021年变化 -0.72，满足 ΔEQI>-1", en: "2022: change -0.72 since 2021 meets ΔEQI>-1" },
  { name: "a rise", rule: "Δ>-1", series: { 2021: 60, 2022: 61.5 }, verdict: "PASS", id: "rule.delta.pass", data: { from: 2021, change: 1.5, rule: "Δ>-1" } },
  { name: "≥ includes the limit", rule: "ΔEQI≥0", series: { 2021: 60.4, 2022: 60.4 }, verdict: "PASS", id: "rule.delta.pass", data: { change: 0, rule: "ΔEQI≥0" } },
  { name: "the change of the context's year, not the latest", rule: "ΔEQI>-1", series: { 2020: 60, 2021: 60.5, 2022: 50 }, year: 2021, verdict: "PASS", id: "rule.delta.pass", data: { year: 2021, from: 2020, change: 0.5 } },
  { name: "measure: delta — the value is the change", rule: "ΔEQI>-1", series: { 2022: -0.72 }, ...changes, verdict: "PASS", id: "rule.delta.pass", data: { year: 2022, from: undefined, change: -0.72 } },
  // 0.5 then -0.6: as changes, -0.6 passes; read as levels it would be a change of -1.1
  { name: "measure: delta is not differenced again", rule: "ΔEQI>-1", series: { 2021: 0.5, 2022: -0.6 }, ...changes, verdict: "PASS", id: "rule.delta.pass", data: { change: -0.6, from: undefined } },
];

const invalid: EvalCase[] = [
  { name: "> is strict: a change of exactly -1", rule: "ΔEQI>-1", series: { 2021: 60, 2022: 59 }, verdict: "FAIL", id: "rule.delta.fail", data: { year: 2022, from: 2021, change: -1, rule: "ΔEQI>-1" }, zh: "2022年较2021年变化 -1，不满足 ΔEQI>-1", en: "2022: change -1 since 2021 does not meet ΔEQI>-1" },
  { name: "> is strict despite float noise", rule: "Δ>-1", series: { 2021: 60.3, 2022: 59.3 }, verdict: "FAIL", id: "rule.delta.fail", data: { change: -1 } },
  { name: "just beyond", rule: "ΔEQI>-1", series: { 2021: 60, 2022: 58.99 }, verdict: "FAIL", id: "rule.delta.fail", data: { change: -1.01 } },
  { name: "levels are differenced", rule: "ΔEQI>-1", series: { 2021: 0.5, 2022: -0.6 }, verdict: "FAIL", id: "rule.delta.fail", data: { from: 2021, change: -1.1 } },
  { name: "measure: delta, a change of exactly -1", rule: "ΔEQI>-1", series: { 2022: -1 }, ...changes, verdict: "FAIL", id: "rule.delta.fail", data: { change: -1 } },
  { name: "one value cannot give a change", rule: "ΔEQI>-1", series: { 2022: 60 }, verdict: "MISSING", id: "rule.delta.noPrevious", data: { year: 2022, previousYear: 2021, rule: "ΔEQI>-1" } },
  { name: "the earlier value is text", rule: "ΔEQI>-1", series: { 2021: "待评估", 2022: 60 }, verdict: "MISSING", id: "rule.delta.noPrevious", data: { year: 2022, previousYear: 2021 } },
  { name: "a change across a gap is not year-on-year", rule: "ΔEQI>-1", series: { 2020: 60, 2022: 59.5 }, verdict: "MISSING", id: "rule.delta.noPrevious", data: { previousYear: 2021 } },
  { name: "a text year in between breaks the change", rule: "ΔEQI>-1", series: { 2020: 60, 2021: "暂无", 2022: 59.5 }, verdict: "MISSING", id: "rule.delta.noPrevious" },
  { name: "no value for the year", rule: "ΔEQI>-1", series: { 2021: 60 }, year: 2022, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  { name: "不涉及", rule: "ΔEQI>-1", series: { 2021: 60, 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable" },
  { name: "text", rule: "ΔEQI>-1", series: { 2021: 60, 2022: "基本稳定" }, verdict: "REVIEW", id: "value.text", data: { text: "基本稳定" } },
  { name: "none present", rule: "ΔEQI>-1", series: { 2022: "无黑臭水体" }, ...changes, verdict: "REVIEW", id: "value.nonePresent.review" },
];

const adequate: JudgeCase[] = [
  { name: "the same Δ rule", standard: "ΔEQI>-1", target: "ΔEQI>-1", verdict: "PASS", id: "target.delta.pass", data: { worst: -1, rule: "ΔEQI>-1" }, zh: "目标的变化量至少为 -1，满足 ΔEQI>-1", en: "the target's change of at worst -1 meets ΔEQI>-1" },
  { name: "a stricter Δ rule", standard: "ΔEQI>-1", target: "ΔEQI≥0", verdict: "PASS", id: "target.delta.pass", data: { worst: 0 } },
  { name: "measure: delta, a bare 0 higher-better", standard: "ΔEQI>-1", target: "0", ...changes, verdict: "PASS", id: "target.delta.pass", data: { worst: 0 } },
  { name: "measure: delta, a threshold on the change", standard: "ΔEQI>-1", target: "≥-0.5", ...changes, verdict: "PASS", id: "target.delta.pass", data: { worst: -0.5 } },
];

const inadequate: JudgeCase[] = [
  { name: "≥-1 against the strict >-1", standard: "ΔEQI>-1", target: "ΔEQI≥-1", verdict: "FAIL", id: "target.delta.fail", data: { worst: -1, rule: "ΔEQI>-1" }, zh: "目标允许变化量 -1，不满足 ΔEQI>-1", en: "the target allows a change of -1, which does not meet ΔEQI>-1" },
  { name: "measure: delta, a bare -1", standard: "ΔEQI>-1", target: "-1", ...changes, verdict: "FAIL", id: "target.delta.fail", data: { worst: -1 } },
  { name: "a level target says nothing of the change", standard: "ΔEQI>-1", target: "≥60", verdict: "REVIEW", id: "target.noValue", data: { rule: "ΔEQI>-1" } },
];

runRuleTester("delta", { valid, invalid, adequate, inadequate });
