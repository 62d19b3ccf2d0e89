import { type EvalCase, type JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";
import { ref } from "../../src/i18n/message.js";

const TREND = "持续改善";
const pct = { unit: "%", better: "higher" } as const;

const valid: EvalCase[] = [
  { name: "every step up", rule: TREND, series: { 2020: 1, 2021: 2, 2022: 3 }, verdict: "PASS", id: "rule.trend.held", data: { series: "2020: 1 → 2021: 2 → 2022: 3" }, zh: "持续改善：逐年均朝规定方向变化（2020: 1 → 2021: 2 → 2022: 3）", en: "continuously improving: every step moves the right way (2020: 1 → 2021: 2 → 2022: 3)" },
  { name: "two values are enough", rule: TREND, series: { 2021: 50.43, 2022: 50.58 }, verdict: "PASS", id: "rule.trend.held", data: { series: "2021: 50.43 → 2022: 50.58" } },
  { name: "改善 follows a lower-better row", rule: TREND, series: { 2020: 40, 2021: 36, 2022: 34 }, better: "lower", verdict: "PASS", id: "rule.trend.held", data: { series: "2020: 40 → 2021: 36 → 2022: 34" } },
  { name: "持续下降", rule: "持续下降", series: { 2021: 0.1, 2022: 0.03 }, verdict: "PASS", id: "rule.trend.held" },
  { name: "only the series up to the year", rule: "持续提高", series: { 2020: 1, 2021: 2, 2022: 1 }, year: 2021, verdict: "PASS", id: "rule.trend.held", data: { series: "2020: 1 → 2021: 2" } },
  { name: "100 % going up, one value", rule: TREND, series: { 2022: 100 }, ...pct, verdict: "PASS", id: "rule.trend.atBound", data: { year: 2022, value: 100, unit: "%" } },
  { name: "0 % going down, one value", rule: "持续下降", series: { 2022: 0 }, unit: "%", better: "lower", verdict: "PASS", id: "rule.trend.atBound", data: { value: 0 } },
];

const invalid: EvalCase[] = [
  { name: "a flat step is not a move", rule: TREND, series: { 2021: 50, 2022: 50 }, verdict: "FAIL", id: "rule.trend.broken", data: { fromYear: 2021, from: 50, toYear: 2022, to: 50 }, zh: "持续改善：2021年 50 → 2022年 50 未按规定方向变化", en: "continuously improving: 2021 50 → 2022 50 does not move the way the rule requires" },
  { name: "the tolerance does not excuse a trend", rule: TREND, series: { 2021: 50, 2022: 49.9 }, tolerance: 0.5, verdict: "FAIL", id: "rule.trend.broken", data: { fromYear: 2021, toYear: 2022 } },
  { name: "an earlier step broke", rule: TREND, series: { 2020: 3, 2021: 2, 2022: 4 }, verdict: "FAIL", id: "rule.trend.broken", data: { fromYear: 2020, from: 3, toYear: 2021, to: 2, series: "2020: 3 → 2021: 2 → 2022: 4" } },
  { name: "持续下降 rose", rule: "持续下降", series: { 2021: 0.03, 2022: 0.1 }, verdict: "FAIL", id: "rule.trend.broken", data: { from: 0.03, to: 0.1 } },
  { name: "持续提高 keeps its own direction on a lower-better row", rule: "持续提高", series: { 2021: 5, 2022: 4 }, better: "lower", verdict: "FAIL", id: "rule.trend.broken" },
  { name: "one value is never a pass", rule: TREND, series: { 2022: 50.58 }, verdict: "MISSING", id: "rule.trend.tooFew", data: { year: 2022 } },
  { name: "the only earlier value is text", rule: TREND, series: { 2021: "较好", 2022: 50.58 }, verdict: "MISSING", id: "rule.trend.tooFew" },
  { name: "100 is not a bound when it is not a percentage", rule: TREND, series: { 2022: 100 }, better: "higher", verdict: "MISSING", id: "rule.trend.tooFew" },
  { name: "no value for the year", rule: TREND, series: { 2020: 1, 2021: 2 }, year: 2022, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  { name: "不涉及", rule: TREND, series: { 2021: 1, 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable" },
  { name: "text", rule: TREND, series: { 2021: 1, 2022: "明显改善" }, verdict: "REVIEW", id: "value.text", data: { text: "明显改善" } },
];

const adequate: JudgeCase[] = [
  { name: "the target states the same phrase", standard: TREND, target: TREND, verdict: "PASS", id: "target.trend.stated", data: { rule: ref("phrase.trend.better") }, zh: "目标已写明持续改善或更严格的要求", en: "the target states continuously improving or stronger" },
  { name: "持续提高 is 持续改善 on a higher-better row", standard: TREND, target: "持续提高", verdict: "PASS", id: "target.trend.stated" },
  { name: "a strict bound above the base year", standard: TREND, target: ">50.58", base: 50.58, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 50.58, base: 50.58, change: 0, tolerance: undefined } },
  { name: "a bound above the base year", standard: TREND, target: "≥51", base: 50.58, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 51, change: 0.42 } },
  { name: "持续下降: a bound below the base year", standard: "持续下降", target: "≤0.03", base: 0.1, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 0.03, base: 0.1 } },
];

const inadequate: JudgeCase[] = [
  { name: "保持稳定 does not imply 持续改善", standard: TREND, target: "保持稳定或持续改善", base: 50, verdict: "REVIEW", id: "target.noValue", data: { rule: ref("phrase.trend.better") }, zh: "目标未给出可判断 持续改善 的内容", en: "the target states nothing that decides continuously improving" },
  { name: "有所提高 does not imply every step", standard: "持续提高", target: "有所提高", base: 50, verdict: "REVIEW", id: "target.noValue" },
  { name: "the base-year value itself is no improvement", standard: TREND, target: "≥50.58", base: 50.58, verdict: "FAIL", id: "target.trend.endpoint.fail", data: { worst: 50.58, baseYear: 2022, base: 50.58, change: 0 } },
  { name: "the tolerance does not excuse a trend", standard: TREND, target: "≥50.5", base: 50.58, tolerance: 1, verdict: "FAIL", id: "target.trend.endpoint.fail", data: { tolerance: undefined } },
  { name: "持续下降: a bound above the base year", standard: "持续下降", target: "≤0.2", base: 0.1, verdict: "FAIL", id: "target.trend.endpoint.fail", data: { worst: 0.2, change: 0.1 } },
];

runRuleTester("trend", { valid, invalid, adequate, inadequate });
