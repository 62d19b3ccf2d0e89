import { describe, it } from "vitest";
import { type EvalCase, type JudgeCase } from "./helpers.js";
import { checkEval, runRuleTester } from "./ruleTester.js";

const pct = { unit: "%", better: "higher" } as const;

const valid: EvalCase[] = [
  { name: "≥ includes the limit", rule: "≥20", series: { 2022: 20 }, ...pct, verdict: "PASS", id: "rule.compare.pass", data: { year: 2022, value: 20, rule: "≥20" }, zh: "2022年：20% 满足 ≥20", en: "2022: 20% meets ≥20" },
  { name: "≥ above the limit", rule: "≥20", series: { 2022: 25.5 }, ...pct, verdict: "PASS", id: "rule.compare.pass", data: { value: 25.5, unit: "%" } },
  { name: "≤ includes the limit", rule: "≤25", series: { 2022: 25 }, verdict: "PASS", id: "rule.compare.pass", data: { value: 25, rule: "≤25" } },
  { name: "< strictly below", rule: "<5", series: { 2022: 4.99 }, verdict: "PASS", id: "rule.compare.pass", data: { value: 4.99, rule: "<5" } },
  { name: "> strictly above a negative limit", rule: ">-1", series: { 2022: -0.72 }, verdict: "PASS", id: "rule.compare.pass", data: { value: -0.72, rule: ">-1" } },
  { name: "= exactly", rule: "=100", series: { 2022: 100 }, ...pct, verdict: "PASS", id: "rule.compare.pass", data: { value: 100, rule: "=100" } },
  { name: "the rule's unit is shown", rule: "≤35μg/m³", series: { 2022: 34 }, unit: "μg/m³", better: "lower", verdict: "PASS", id: "rule.compare.pass", data: { value: 34, unit: "μg/m³", rule: "≤35μg/m³" } },
  { name: "a value written with %", rule: "≥93", series: { 2022: "93.05%" }, ...pct, verdict: "PASS", id: "rule.compare.pass", data: { value: 93.05 } },
  { name: "a full-width value", rule: "≥90", series: { 2022: "９６．３３" }, ...pct, verdict: "PASS", id: "rule.compare.pass", data: { value: 96.33 } },
  { name: "the year judged is the context's, not the latest", rule: "≥20", series: { 2022: 25, 2023: 10 }, year: 2022, verdict: "PASS", id: "rule.compare.pass", data: { year: 2022, value: 25 } },
  { name: "none present meets ≥100 % higher-better", rule: "≥100", series: { 2022: "无黑臭水体" }, ...pct, verdict: "PASS", id: "value.nonePresent.full", data: { year: 2022, text: "无黑臭水体" } },
  { name: "none present meets =100 % higher-better", rule: "=100", series: { 2022: "无劣V类水体" }, ...pct, verdict: "PASS", id: "value.nonePresent.full", data: { text: "无劣V类水体" } },
  { name: "none present meets ≥100% when only the rule has the unit", rule: "≥100%", series: { 2022: "无黑臭水体" }, better: "higher", verdict: "PASS", id: "value.nonePresent.full" },
];

const invalid: EvalCase[] = [
  { name: "≥ just below", rule: "≥20", series: { 2022: 19.99 }, ...pct, verdict: "FAIL", id: "rule.compare.fail", data: { year: 2022, value: 19.99, rule: "≥20" }, zh: "2022年：19.99% 不满足 ≥20", en: "2022: 19.99% does not meet ≥20" },
  { name: "> is strict at the limit", rule: ">20", series: { 2022: 20 }, verdict: "FAIL", id: "rule.compare.fail", data: { value: 20, rule: ">20" } },
  { name: "> is strict at a negative limit", rule: ">-1", series: { 2022: -1 }, verdict: "FAIL", id: "rule.compare.fail", data: { value: -1, rule: ">-1" } },
  { name: "< is strict at the limit", rule: "<5", series: { 2022: 5 }, verdict: "FAIL", id: "rule.compare.fail", data: { value: 5, rule: "<5" } },
  { name: "≤ just above", rule: "≤25", series: { 2022: 25.01 }, verdict: "FAIL", id: "rule.compare.fail", data: { value: 25.01 } },
  { name: "= off by a little", rule: "=100", series: { 2022: 99.9 }, ...pct, verdict: "FAIL", id: "rule.compare.fail", data: { value: 99.9 } },
  { name: "no value for the year", rule: "≥20", series: { 2021: 30 }, year: 2022, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  { name: "no value at all", rule: "≥20", series: {}, year: 2022, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  { name: "不涉及", rule: "≥20", series: { 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable", data: { year: 2022 } },
  { name: "text is never guessed", rule: "≥20", series: { 2022: "上报企业由2家增至24家" }, verdict: "REVIEW", id: "value.text", data: { year: 2022, text: "上报企业由2家增至24家" } },
  { name: "a status against a number", rule: "≥20", series: { 2022: "已建立" }, verdict: "REVIEW", id: "value.text", data: { text: "已建立" } },
  { name: "none present against less than 100 %", rule: "≥95", series: { 2022: "无黑臭水体" }, ...pct, verdict: "REVIEW", id: "value.nonePresent.review", data: { text: "无黑臭水体" } },
  { name: "none present, lower-better", rule: "≥100", series: { 2022: "无黑臭水体" }, unit: "%", better: "lower", verdict: "REVIEW", id: "value.nonePresent.review" },
  { name: "none present, not a percentage", rule: "≥100", series: { 2022: "无黑臭水体" }, better: "higher", verdict: "REVIEW", id: "value.nonePresent.review" },
  { name: "none present against an upper limit", rule: "≤0", series: { 2022: "无黑臭水体" }, ...pct, verdict: "REVIEW", id: "value.nonePresent.review" },
];

const adequate: JudgeCase[] = [
  { name: "≥25.5 guarantees ≥20", standard: "≥20", target: "≥25.5", ...pct, verdict: "PASS", id: "target.compare.pass", data: { worst: 25.5, unit: "%", rule: "≥20" }, zh: "达到目标即至少为 25.5%，满足 ≥20", en: "meeting the target means at worst 25.5%, which meets ≥20" },
  { name: "≥20 guarantees ≥20", standard: "≥20", target: "≥20", verdict: "PASS", id: "target.compare.pass", data: { worst: 20 } },
  { name: ">20 guarantees ≥20", standard: "≥20", target: ">20", verdict: "PASS", id: "target.compare.pass", data: { worst: 20 } },
  { name: ">20 guarantees >20", standard: ">20", target: ">20", verdict: "PASS", id: "target.compare.pass", data: { worst: 20 } },
  { name: "≤32 guarantees ≤35", standard: "≤35", target: "≤32", unit: "μg/m³", better: "lower", verdict: "PASS", id: "target.compare.pass", data: { worst: 32, unit: "μg/m³" } },
  { name: "<35 guarantees <35", standard: "<35", target: "<35", better: "lower", verdict: "PASS", id: "target.compare.pass", data: { worst: 35 } },
  { name: "a range's low end meets ≥", standard: "≥0.3", target: "0.3-0.4之间", verdict: "PASS", id: "target.compare.pass", data: { worst: 0.3 } },
  { name: "a bare 88 guarantees ≥85", standard: "≥85", target: "88", ...pct, verdict: "PASS", id: "target.compare.pass", data: { worst: 88 } },
  { name: "a bare 100 on a percentage is exactly 100", standard: "=100", target: "100", ...pct, verdict: "PASS", id: "target.compare.pass", data: { worst: 100 } },
  { name: "either part of 且 may carry the bound", standard: "≥20", target: "建立，且≥21", verdict: "PASS", id: "target.compare.pass", data: { worst: 21 } },
  { name: "none present meets ≥100 % higher-better", standard: "≥100", target: "无黑臭水体", ...pct, verdict: "PASS", id: "target.nonePresent.full", data: { rule: "≥100" } },
];

const inadequate: JudgeCase[] = [
  { name: "a bare 40 against ≥60", standard: "≥60", target: "40", ...pct, verdict: "FAIL", id: "target.compare.fail", data: { worst: 40, rule: "≥60" }, zh: "目标允许 40%，不满足 ≥60", en: "the target allows 40%, which does not meet ≥60" },
  { name: "≥19.9 against ≥20", standard: "≥20", target: "≥19.9", verdict: "FAIL", id: "target.compare.fail", data: { worst: 19.9 } },
  { name: "≥20 against the strict >20", standard: ">20", target: "≥20", verdict: "FAIL", id: "target.compare.fail", data: { worst: 20, rule: ">20" } },
  { name: "≤35 against the strict <35", standard: "<35", target: "≤35", better: "lower", verdict: "FAIL", id: "target.compare.fail", data: { worst: 35 } },
  { name: "≤36 against ≤35", standard: "≤35", target: "≤36", better: "lower", verdict: "FAIL", id: "target.compare.fail", data: { worst: 36 } },
  { name: "或 guarantees only the weaker part", standard: "≥20", target: "≥25或≥15", verdict: "FAIL", id: "target.compare.fail", data: { worst: 15 } },
  { name: "a lower bound on a percentage still allows 100", standard: "≤25", target: "≥20", ...pct, verdict: "FAIL", id: "target.compare.fail", data: { worst: 100 } },
  { name: "a status says nothing numeric", standard: "≥20", target: "建立", verdict: "REVIEW", id: "target.noValue", data: { rule: "≥20" } },
  { name: "none present against less than 100 %", standard: "≥95", target: "无黑臭水体", ...pct, verdict: "REVIEW", id: "target.noValue" },
  { name: "deferring to a superior target that is not given", standard: "≥20", target: "完成上级规定的考核任务", year: 2025, verdict: "REVIEW", id: "target.deferred", data: { year: 2025, rule: "≥20" } },
  { name: "about has no pass/fail meaning", standard: "≥20", target: "25左右", verdict: "REVIEW", id: "target.noValue" },
  { name: "a target of 不涉及", standard: "≥20", target: "不涉及", verdict: "N/A", id: "rule.notApplicable" },
];

runRuleTester("threshold", { valid, invalid, adequate, inadequate });

describe("threshold: values people really write", () => {
  it.each([
    { name: "thousands separators", rule: "≥1000", series: { 2022: "1,234.5" }, verdict: "PASS", id: "rule.compare.pass", data: { value: 1234.5 } },
    { name: "full-width digits, point and percent", rule: "≥93", unit: "%", series: { 2022: "９３．５％" }, verdict: "PASS", id: "rule.compare.pass", data: { value: 93.5 } },
    { name: "约25.5 is approximate", rule: "≥20", series: { 2022: "约25.5" }, verdict: "REVIEW", id: "value.approximate" },
    { name: "25.5左右 is approximate", rule: "≥20", series: { 2022: "25.5左右" }, verdict: "REVIEW", id: "value.approximate" },
    { name: "0.935 where the unit is % reads as a fraction", rule: "≥93", unit: "%", series: { 2022: 0.935 }, verdict: "REVIEW", id: "value.fractionPercent", data: { percent: 93.5 } },
    { name: "0.03 % against a limit below 1 is a real percentage", rule: "≤0.5", unit: "%", better: "lower", series: { 2022: 0.03 }, verdict: "PASS", id: "rule.compare.pass" },
  ] as const)("$verdict: $name", (c) => checkEval({ ...c, series: { ...c.series } }));
});
