import { type EvalCase, type JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";

const pct = { unit: "%", better: "higher" } as const;
const pm = { unit: "μg/m³", better: "lower" } as const;

const valid: EvalCase[] = [
  { name: "reaches 100 higher-better", rule: "100", series: { 2022: 100 }, ...pct, verdict: "PASS", id: "rule.compare.pass", data: { year: 2022, value: 100, rule: "≥100" }, zh: "2022年：100% 满足 ≥100", en: "2022: 100% meets ≥100" },
  { name: "exactly the number higher-better", rule: "98.5", series: { 2022: 98.5 }, ...pct, verdict: "PASS", id: "rule.compare.pass", data: { value: 98.5, rule: "≥98.5" } },
  { name: "beyond the number higher-better", rule: "88", series: { 2022: 90 }, ...pct, verdict: "PASS", id: "rule.compare.pass", data: { value: 90, rule: "≥88" } },
  { name: "exactly the number lower-better", rule: "35", series: { 2022: 35 }, ...pm, verdict: "PASS", id: "rule.compare.pass", data: { value: 35, rule: "≤35" } },
  { name: "below the number lower-better", rule: "35", series: { 2022: 28 }, ...pm, verdict: "PASS", id: "rule.compare.pass", data: { value: 28, rule: "≤35" } },
  { name: "none present fully meets 100 % higher-better", rule: "100", series: { 2022: "无黑臭水体" }, ...pct, verdict: "PASS", id: "value.nonePresent.full", data: { year: 2022, text: "无黑臭水体" } },
];

const invalid: EvalCase[] = [
  { name: "short of 100 higher-better", rule: "100", series: { 2022: 99.9 }, ...pct, verdict: "FAIL", id: "rule.compare.fail", data: { value: 99.9, rule: "≥100" }, zh: "2022年：99.9% 不满足 ≥100", en: "2022: 99.9% does not meet ≥100" },
  { name: "above the number lower-better", rule: "35", series: { 2022: 35.1 }, ...pm, verdict: "FAIL", id: "rule.compare.fail", data: { value: 35.1, rule: "≤35" } },
  { name: "below the number higher-better", rule: "40", series: { 2022: 33.3 }, ...pct, verdict: "FAIL", id: "rule.compare.fail", data: { value: 33.3, rule: "≥40" } },
  { name: "none present, lower-better", rule: "100", series: { 2022: "无黑臭水体" }, unit: "%", better: "lower", verdict: "REVIEW", id: "value.nonePresent.review" },
  { name: "none present against less than 100", rule: "95", series: { 2022: "无黑臭水体" }, ...pct, verdict: "REVIEW", id: "value.nonePresent.review" },
  { name: "no value for the year", rule: "100", series: { 2021: 100 }, year: 2022, ...pct, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  { name: "不涉及", rule: "100", series: { 2022: "不涉及" }, ...pct, verdict: "N/A", id: "value.notApplicable", data: { year: 2022 } },
  { name: "text", rule: "100", series: { 2022: "基本完成" }, ...pct, verdict: "REVIEW", id: "value.text", data: { text: "基本完成" } },
];

const adequate: JudgeCase[] = [
  { name: "88 against ≥85", standard: "≥85", target: "88", ...pct, verdict: "PASS", id: "target.compare.pass", data: { worst: 88, rule: "≥85" }, zh: "达到目标即至少为 88%，满足 ≥85", en: "meeting the target means at worst 88%, which meets ≥85" },
  { name: "100 against 100 on a percentage", standard: "100", target: "100", ...pct, verdict: "PASS", id: "target.compare.pass", data: { worst: 100, rule: "≥100" } },
  { name: "≥97 against a bare 90", standard: "90", target: "≥97", ...pct, verdict: "PASS", id: "target.compare.pass", data: { worst: 97, rule: "≥90" } },
  { name: "32 against a bare 35 lower-better", standard: "35", target: "32", ...pm, verdict: "PASS", id: "target.compare.pass", data: { worst: 32, rule: "≤35" } },
  { name: "none present against 100 % higher-better", standard: "100", target: "无黑臭水体", ...pct, verdict: "PASS", id: "target.nonePresent.full", data: { rule: "≥100" } },
];

const inadequate: JudgeCase[] = [
  { name: "40 against ≥60", standard: "≥60", target: "40", ...pct, verdict: "FAIL", id: "target.compare.fail", data: { worst: 40, rule: "≥60" }, zh: "目标允许 40%，不满足 ≥60", en: "the target allows 40%, which does not meet ≥60" },
  { name: "≥99 against a bare 100", standard: "100", target: "≥99", ...pct, verdict: "FAIL", id: "target.compare.fail", data: { worst: 99, rule: "≥100" } },
  { name: "36 against a bare 35 lower-better", standard: "35", target: "36", ...pm, verdict: "FAIL", id: "target.compare.fail", data: { worst: 36, rule: "≤35" } },
  { name: "a status against a bare number", standard: "100", target: "开展", ...pct, verdict: "REVIEW", id: "target.noValue", data: { rule: "≥100" } },
];

runRuleTester("target", { valid, invalid, adequate, inadequate });
