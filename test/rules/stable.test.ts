import { describe, it } from "vitest";
import { type EvalCase, type JudgeCase } from "./helpers.js";
import { checkEval, runRuleTester } from "./ruleTester.js";
import { ref } from "../../src/i18n/message.js";

const STABLE = "保持稳定或持续改善";
const pct = { unit: "%", better: "higher" } as const;
const pm = { unit: "μg/m³", better: "lower" } as const;
const history = { 2020: 50.76, 2021: 50.43, 2022: 50.58 };

const valid: EvalCase[] = [
  { name: "held level against the previous year", rule: STABLE, series: { 2021: 50.58, 2022: 50.58 }, verdict: "PASS", id: "rule.stable.held", data: { year: 2022, value: 50.58, refYear: 2021, refValue: 50.58, change: 0, tolerance: "0" }, zh: "保持稳定或持续改善：2021年 50.58 → 2022年 50.58（变化 0，容差 0）", en: "stable or improving: 2021 50.58 → 2022 50.58 (change 0, tolerance 0)" },
  { name: "improved on the previous year", rule: STABLE, series: history, verdict: "PASS", id: "rule.stable.held", data: { refYear: 2021, refValue: 50.43, change: 0.15, tolerance: "0" } },
  { name: "持续下降 lower-better: fell", rule: "保持稳定或持续下降", series: { 2021: 34, 2022: 33 }, ...pm, verdict: "PASS", id: "rule.stable.held", data: { refValue: 34, value: 33, change: -1 } },
  { name: "持续下降 keeps its own direction on a higher-better row", rule: "保持稳定或持续下降", series: { 2021: 0.1, 2022: 0.03 }, verdict: "PASS", id: "rule.stable.held", data: { change: -0.07 } },
  { name: "改善 follows a lower-better row", rule: STABLE, series: { 2021: 34, 2022: 33.5 }, ...pm, verdict: "PASS", id: "rule.stable.held", data: { change: -0.5 } },
  { name: "不降低 held level", rule: "不降低", series: { 2021: 10, 2022: 10 }, verdict: "PASS", id: "rule.stable.held", data: { refYear: 2021, change: 0 } },
  { name: "exactly at an absolute tolerance", rule: STABLE, series: { 2021: 50.43, 2022: 49.93 }, tolerance: 0.5, verdict: "PASS", id: "rule.stable.held", data: { change: -0.5, tolerance: "0.5" } },
  { name: "exactly at a relative tolerance (1 % of 50)", rule: STABLE, series: { 2021: 50, 2022: 49.5 }, tolerance: "1%", verdict: "PASS", id: "rule.stable.held", data: { refValue: 50, change: -0.5, tolerance: "1%" } },
  // 1 % of the reference 200 is 2; 1 % of the value 198 would be 1.98 and fail
  { name: "a relative tolerance is of the reference, not the value", rule: STABLE, series: { 2021: 200, 2022: 198 }, tolerance: "1%", verdict: "PASS", id: "rule.stable.held", data: { refValue: 200, change: -2, tolerance: "1%" } },
  { name: "within tolerance lower-better", rule: "保持稳定或持续下降", series: { 2021: 34, 2022: 34.5 }, ...pm, tolerance: 0.5, verdict: "PASS", id: "rule.stable.held", data: { change: 0.5, tolerance: "0.5" } },
  { name: "reference: first", rule: STABLE, series: { 2020: 50, 2021: 52, 2022: 51 }, reference: "first", verdict: "PASS", id: "rule.stable.held", data: { refYear: 2020, refValue: 50, change: 1 } },
  { name: "reference: base_year after the base year", rule: STABLE, series: { 2021: 53, 2022: 50, 2023: 52, 2024: 51 }, baseYear: 2022, reference: "base_year", verdict: "PASS", id: "rule.stable.held", data: { year: 2024, refYear: 2022, refValue: 50, change: 1 } },
  { name: "reference: base_year in the base year itself looks before it", rule: STABLE, series: { 2021: 50, 2022: 50.5 }, baseYear: 2022, reference: "base_year", verdict: "PASS", id: "rule.stable.held", data: { refYear: 2021 } },
  { name: "the previous numeric year when a year is skipped", rule: STABLE, series: { 2020: 50, 2022: 50 }, verdict: "PASS", id: "rule.stable.held", data: { refYear: 2020 } },
  { name: "100 % going up, one value", rule: STABLE, series: { 2022: 100 }, ...pct, verdict: "PASS", id: "rule.trend.atBound", data: { year: 2022, value: 100, unit: "%" } },
  { name: "100 % going up after 100 %", rule: "保持稳定或持续提高", series: { 2021: 100, 2022: 100 }, ...pct, verdict: "PASS", id: "rule.trend.atBound", data: { value: 100 } },
  { name: "0 % going down, one value", rule: "保持稳定或持续下降", series: { 2022: 0 }, unit: "%", better: "lower", verdict: "PASS", id: "rule.trend.atBound", data: { value: 0, unit: "%" } },
];

const invalid: EvalCase[] = [
  { name: "fell against the previous year", rule: STABLE, series: { 2021: 50.58, 2022: 50.43 }, verdict: "FAIL", id: "rule.stable.broken", data: { year: 2022, value: 50.43, refYear: 2021, refValue: 50.58, change: -0.15, tolerance: "0" }, zh: "保持稳定或持续改善：2021年 50.58 → 2022年 50.43，向不利方向变动超过容差 0（变化 -0.15）", en: "stable or improving: 2021 50.58 → 2022 50.43 moved the wrong way by more than the tolerance 0 (change -0.15)" },
  { name: "持续下降 lower-better: rose", rule: "保持稳定或持续下降", series: { 2021: 34, 2022: 34.1 }, ...pm, verdict: "FAIL", id: "rule.stable.broken", data: { change: 0.1 } },
  { name: "just beyond an absolute tolerance", rule: STABLE, series: { 2021: 50.43, 2022: 49.92 }, tolerance: 0.5, verdict: "FAIL", id: "rule.stable.broken", data: { change: -0.51, tolerance: "0.5" } },
  { name: "just beyond a relative tolerance", rule: STABLE, series: { 2021: 50, 2022: 49.49 }, tolerance: "1%", verdict: "FAIL", id: "rule.stable.broken", data: { change: -0.51, tolerance: "1%" } },
  { name: "reference: first — below the first year", rule: STABLE, series: history, reference: "first", verdict: "FAIL", id: "rule.stable.broken", data: { refYear: 2020, refValue: 50.76, change: -0.18 } },
  { name: "reference: base_year — below the base year", rule: STABLE, series: { 2022: 52, 2023: 50, 2024: 51 }, baseYear: 2022, reference: "base_year", verdict: "FAIL", id: "rule.stable.broken", data: { refYear: 2022, refValue: 52, change: -1 } },
  { name: "one value is never a pass", rule: STABLE, series: { 2022: 50.58 }, verdict: "MISSING", id: "rule.trend.tooFew", data: { year: 2022 } },
  { name: "the only earlier value is text", rule: STABLE, series: { 2021: "暂无", 2022: 50.58 }, verdict: "MISSING", id: "rule.trend.tooFew", data: { year: 2022 } },
  { name: "reference: first in the first year", rule: STABLE, series: { 2022: 50 }, reference: "first", verdict: "MISSING", id: "rule.trend.tooFew" },
  { name: "100 is not a bound when it is not a percentage", rule: STABLE, series: { 2022: 100 }, better: "higher", verdict: "MISSING", id: "rule.trend.tooFew" },
  { name: "100 % is not a bound going down", rule: STABLE, series: { 2022: 100 }, unit: "%", better: "lower", verdict: "MISSING", id: "rule.trend.tooFew" },
  { name: "no value for the year", rule: STABLE, series: { 2021: 50 }, year: 2022, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  { name: "不涉及", rule: STABLE, series: { 2021: 50, 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable" },
  { name: "text", rule: STABLE, series: { 2021: 50, 2022: "总体稳定" }, verdict: "REVIEW", id: "value.text", data: { text: "总体稳定" } },
  { name: "none present", rule: STABLE, series: { 2022: "无黑臭水体" }, ...pct, verdict: "REVIEW", id: "value.nonePresent.review" },
];

const adequate: JudgeCase[] = [
  { name: "the target states the same phrase", standard: STABLE, target: STABLE, base: 50.58, verdict: "PASS", id: "target.trend.stated", data: { rule: ref("phrase.stable.better") }, zh: "目标已写明保持稳定或持续改善或更严格的要求", en: "the target states stable or improving or stronger" },
  { name: "持续改善 implies 保持稳定或持续改善", standard: STABLE, target: "持续改善", base: 50.58, verdict: "PASS", id: "target.trend.stated" },
  { name: "有所提高 implies 保持稳定或持续提高", standard: "保持稳定或持续提高", target: "有所提高", verdict: "PASS", id: "target.trend.stated", data: { rule: ref("phrase.stable.higher") } },
  { name: "改善 and 下降 agree on a lower-better row", standard: "保持稳定或持续下降", target: STABLE, better: "lower", verdict: "PASS", id: "target.trend.stated" },
  { name: "a number equal to the base year", standard: STABLE, target: "≥50.58", base: 50.58, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 50.58, baseYear: 2022, base: 50.58, change: 0, tolerance: "0" } },
  { name: "a number above the base year", standard: STABLE, target: "≥51", base: 50.58, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 51, base: 50.58, change: 0.42 } },
  { name: "a number within the tolerance", standard: STABLE, target: "≥50", base: 50.58, tolerance: 1, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 50, change: -0.58, tolerance: "1" } },
  { name: "lower-better: ≤32 against 34", standard: "保持稳定或持续下降", target: "≤32", base: 34, ...pm, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 32, base: 34, change: -2, unit: "μg/m³" } },
  { name: "lower-better: a bare 32 against 34", standard: "保持稳定或持续下降", target: "32", base: 34, ...pm, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 32 } },
  { name: "100 % kept at its bound", standard: "保持稳定或持续提高", target: "100", base: 100, ...pct, verdict: "PASS", id: "target.trend.atBound", data: { worst: 100, unit: "%" } },
];

const inadequate: JudgeCase[] = [
  { name: "a number below the base year", standard: STABLE, target: "≥50", base: 50.58, verdict: "FAIL", id: "target.trend.endpoint.fail", data: { worst: 50, baseYear: 2022, base: 50.58, change: -0.58, tolerance: "0" }, zh: "保持稳定或持续改善：目标允许 50，对比2022年 50.58（变化 -0.58，容差 0）", en: "stable or improving: the target allows 50 against 2022's 50.58 (change -0.58, tolerance 0)" },
  { name: "a number beyond a relative tolerance", standard: STABLE, target: "≥50", base: 50.58, tolerance: "1%", verdict: "FAIL", id: "target.trend.endpoint.fail", data: { tolerance: "1%" } },
  { name: "lower-better: ≤35 against 34", standard: "保持稳定或持续下降", target: "≤35", base: 34, ...pm, verdict: "FAIL", id: "target.trend.endpoint.fail", data: { worst: 35, change: 1 } },
  { name: "a percentage at 100 allowed to fall", standard: "保持稳定或持续提高", target: "≥95", base: 100, ...pct, verdict: "FAIL", id: "target.trend.endpoint.fail", data: { worst: 95, change: -5 } },
  { name: "持续下降 does not imply 改善 on a higher-better row", standard: STABLE, target: "持续下降", base: 50, verdict: "REVIEW", id: "target.noValue" },
  { name: "no base-year value", standard: STABLE, target: "≥50", verdict: "REVIEW", id: "target.trend.noBase", data: { year: 2022 } },
  { name: "a text base-year value", standard: STABLE, target: "≥50", base: "总体稳定", verdict: "REVIEW", id: "target.trend.noBase" },
  { name: "a status says nothing numeric", standard: STABLE, target: "建立", base: 50, verdict: "REVIEW", id: "target.noValue" },
  { name: "deferring to a superior target that is not given", standard: STABLE, target: "完成上级规定的考核任务", base: 50, verdict: "REVIEW", id: "target.deferred", data: { year: 2025 } },
];

runRuleTester("stable", { valid, invalid, adequate, inadequate });

describe("stable: the tolerance as the file writes it", () => {
  // " 1 % " is what the schema admits; the helpers read it with the loader's own parser.
  it("a relative tolerance with spaces", () =>
    checkEval({ name: "spaced", rule: "保持稳定或持续改善", series: { 2021: 100, 2022: 99.5 }, tolerance: " 1 % ", verdict: "PASS", id: "rule.stable.held", data: { tolerance: "1%" } }));
});
