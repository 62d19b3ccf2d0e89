/**
 * The new rule kinds judged: observed values (passing, failing, undecidable) and target adequacy,
 * family by family. Comparison words and look-alike signs judge as the thresholds they read as.
 */
import { describe, it } from "vitest";
import { ref } from "../../src/i18n/message.js";
import { type EvalCase, type JudgeCase } from "./helpers.js";
import { checkEval, checkJudge } from "./ruleTester.js";

const evals: Record<string, EvalCase[]> = {
  "comparison words: inclusive and strict as the words mean": [
    { name: "大于 is strict: equal fails", rule: "大于95", series: { 2022: 95 }, verdict: "FAIL", id: "rule.compare.fail", data: { rule: ">95" } },
    { name: "大于: above passes", rule: "大于95", series: { 2022: 95.1 }, verdict: "PASS", id: "rule.compare.pass" },
    { name: "不低于 includes the number", rule: "不低于90", series: { 2022: 90 }, verdict: "PASS", id: "rule.compare.pass", data: { rule: "≥90" } },
    { name: "不低于: below fails", rule: "不低于90", series: { 2022: 89.9 }, verdict: "FAIL", id: "rule.compare.fail" },
    { name: "以上 includes the number", rule: "20%以上", series: { 2022: 20 }, unit: "%", verdict: "PASS", id: "rule.compare.pass" },
    { name: "以下 includes the number", rule: "35以下", series: { 2022: 35 }, better: "lower", verdict: "PASS", id: "rule.compare.pass" },
    { name: "不超过: above fails", rule: "不超过35", series: { 2022: 35.5 }, better: "lower", verdict: "FAIL", id: "rule.compare.fail", data: { rule: "≤35" } },
    { name: "低于 is strict", rule: "低于0.5", series: { 2022: 0.5 }, better: "lower", verdict: "FAIL", id: "rule.compare.fail" },
    { name: "text is for a person", rule: "不低于90", series: { 2022: "较好" }, verdict: "REVIEW", id: "value.text" },
  ],
  "status verbs": [
    { name: "遵守 by 遵守", rule: "遵守", series: { 2022: "遵守" }, verdict: "PASS", id: "rule.status.pass", data: { status: [ref("status.complied")] } },
    { name: "遵守 by 已遵守", rule: "遵守", series: { 2022: "已遵守" }, verdict: "PASS", id: "rule.status.pass" },
    { name: "建立并实施 by 已建立并实施", rule: "建立并实施", series: { 2022: "已建立并实施" }, verdict: "PASS", id: "rule.status.pass" },
    { name: "建立并实施 by 建立 alone: not stated", rule: "建立并实施", series: { 2022: "已建立" }, verdict: "REVIEW", id: "rule.status.review", data: { status: [ref("status.established"), ref("status.implemented")] } },
    { name: "建立健全 by 建立并完善", rule: "建立健全", series: { 2022: "建立并完善" }, verdict: "PASS", id: "rule.status.pass" },
    { name: "建成 by 已 建成 (a stray space)", rule: "建成", series: { 2022: "已 建成" }, verdict: "PASS", id: "rule.status.pass" },
    { name: "全面推行 meets 推行", rule: "推行", series: { 2022: "已全面推行" }, verdict: "PASS", id: "rule.status.pass" },
    { name: "推行 does not meet 全面推行", rule: "全面推行", series: { 2022: "推行" }, verdict: "REVIEW", id: "rule.status.review" },
    { name: "制定 meets 编制", rule: "编制", series: { 2022: "已制定" }, verdict: "PASS", id: "rule.status.pass" },
    { name: "消除 meets 基本消除 (a weakening word asks less)", rule: "基本消除", series: { 2022: "已消除" }, verdict: "PASS", id: "rule.status.pass" },
    { name: "基本消除 does not meet 消除", rule: "消除", series: { 2022: "基本消除" }, verdict: "REVIEW", id: "rule.status.review" },
    { name: "a number is not a status", rule: "出台", series: { 2022: 1 }, verdict: "REVIEW", id: "rule.status.review" },
  ],
  "events that must not happen": [
    { name: "0 events", rule: "未发生", series: { 2022: 0 }, verdict: "PASS", id: "rule.event.none" },
    { name: "stated 未发生", rule: "未发生", series: { 2022: "未发生" }, verdict: "PASS", id: "rule.event.none", data: { text: "未发生" } },
    { name: "stated 无…", rule: "不发生重特大突发环境事件", series: { 2022: "无重特大突发环境事件" }, verdict: "PASS", id: "rule.event.none" },
    { name: "one event fails", rule: "不发生重特大突发环境事件", series: { 2022: 1 }, verdict: "FAIL", id: "rule.event.happened", data: { value: 1, what: "重特大突发环境事件" } },
    { name: "a fraction is no count", rule: "未发生", series: { 2022: 0.5 }, verdict: "REVIEW", id: "rule.event.review" },
    { name: "other text", rule: "未发生", series: { 2022: "发生1起较大事件" }, verdict: "REVIEW", id: "rule.event.review" },
    { name: "stated 已发生 fails", rule: "未发生", series: { 2022: "已发生" }, verdict: "FAIL", id: "rule.event.happened", data: { text: "已发生" } },
    { name: "a count in words fails", rule: "不发生重特大突发环境事件", series: { 2022: "发生1起" }, verdict: "FAIL", id: "rule.event.happened", data: { text: "发生1起" } },
    { name: "two times fails", rule: "未发生", series: { 2022: "2次" }, verdict: "FAIL", id: "rule.event.happened" },
    { name: "no value", rule: "未发生", series: {}, year: 2022, verdict: "MISSING", id: "value.missing" },
  ],
  "multi-year trends": [
    { name: "every step of the last three years", rule: "近三年逐年下降", series: { 2019: 9, 2020: 8, 2021: 7, 2022: 6 }, better: "lower", verdict: "PASS", id: "rule.trend.held" },
    { name: "a step before the window does not count", rule: "近三年逐年下降", series: { 2018: 1, 2019: 9, 2020: 8, 2021: 7, 2022: 6 }, better: "lower", verdict: "PASS", id: "rule.trend.held" },
    { name: "one step in the window the wrong way", rule: "近三年逐年下降", series: { 2019: 9, 2020: 8, 2021: 8, 2022: 6 }, better: "lower", verdict: "FAIL", id: "rule.trend.broken", data: { fromYear: 2020, toYear: 2021 } },
    { name: "fewer than N+1 values: MISSING, naming the years", rule: "近三年逐年下降", series: { 2020: 8, 2021: 7, 2022: 6 }, better: "lower", verdict: "MISSING", id: "rule.trend.window", data: { years: 3, from: 2019, missing: "2019" } },
    { name: "a gap inside the window", rule: "近五年逐年提高", series: { 2017: 1, 2018: 2, 2020: 3, 2021: 4, 2022: 5 }, verdict: "MISSING", id: "rule.trend.window", data: { missing: "2019" } },
    { name: "逐年提高: the whole series", rule: "逐年提高", series: { 2020: 1, 2021: 2, 2022: 3 }, verdict: "PASS", id: "rule.trend.held" },
  ],
  "relative to a reference value": [
    { name: "not lower than the provincial average", rule: "不低于全省平均水平", series: { 2022: 80 }, referenceValues: { 2022: 78 }, verdict: "PASS", id: "rule.relative.pass", data: { reference: "全省平均水平", referenceValue: 78, year: 2022 } },
    { name: "equal is not lower", rule: "不低于全省平均水平", series: { 2022: 78 }, referenceValues: { 2022: 78 }, verdict: "PASS", id: "rule.relative.pass" },
    { name: "below fails", rule: "不低于全省平均水平", series: { 2022: 77 }, referenceValues: { 2022: 78 }, verdict: "FAIL", id: "rule.relative.fail" },
    { name: "高于 is strict", rule: "高于全国平均水平", series: { 2022: 78 }, referenceValues: { 2022: 78 }, verdict: "FAIL", id: "rule.relative.fail" },
    { name: "优于, lower-better: lower passes", rule: "优于全省平均水平", series: { 2022: 30 }, better: "lower", referenceValues: { 2022: 35 }, verdict: "PASS", id: "rule.relative.pass" },
    { name: "优于, lower-better: higher fails", rule: "优于全省平均水平", series: { 2022: 36 }, better: "lower", referenceValues: { 2022: 35 }, verdict: "FAIL", id: "rule.relative.fail" },
    { name: "no reference value: MISSING, never a guess", rule: "不低于全省平均水平", series: { 2022: 99 }, verdict: "MISSING", id: "rule.relative.missing", data: { reference: "全省平均水平", year: 2022 } },
    { name: "a reference value for another year does not count", rule: "不低于全省平均水平", series: { 2022: 99 }, referenceValues: { 2021: 78 }, verdict: "MISSING", id: "rule.relative.missing" },
  ],
  "conditions the value cannot decide": [
    { name: "number met, condition unstated: MISSING", rule: "≤0.70，且能源消耗总量不超过控制目标值", series: { 2022: 0.6 }, better: "lower", verdict: "MISSING", id: "rule.all", parts: [{ verdict: "PASS", id: "rule.compare.pass" }, { verdict: "MISSING", id: "rule.condition.missing", data: { condition: "能源消耗总量不超过控制目标值" } }] },
    { name: "number failed: FAIL whatever the condition", rule: "≤0.70，且能源消耗总量不超过控制目标值", series: { 2022: 0.8 }, better: "lower", clauses: { 能源消耗总量不超过控制目标值: "已满足" }, verdict: "FAIL", id: "rule.all" },
    { name: "condition stated met", rule: "≤0.70，且能源消耗总量不超过控制目标值", series: { 2022: 0.6 }, better: "lower", clauses: { 能源消耗总量不超过控制目标值: "已满足" }, verdict: "PASS", id: "rule.all", parts: [{ verdict: "PASS", id: "rule.compare.pass" }, { verdict: "PASS", id: "rule.condition.met", data: { text: "已满足" } }] },
    { name: "condition stated not met", rule: "≤0.70，且能源消耗总量不超过控制目标值", series: { 2022: 0.6 }, better: "lower", clauses: { 能源消耗总量不超过控制目标值: "未满足" }, verdict: "FAIL", id: "rule.all" },
    { name: "condition stated for another year only", rule: "≤0.70，且能源消耗总量不超过控制目标值", series: { 2022: 0.6 }, better: "lower", clauses: { 能源消耗总量不超过控制目标值: { 2024: "已满足" } }, verdict: "MISSING", id: "rule.all" },
    { name: "condition stated for the year", rule: "≤0.70，且能源消耗总量不超过控制目标值", series: { 2024: 0.6 }, better: "lower", clauses: { 能源消耗总量不超过控制目标值: { 2024: "已满足" } }, verdict: "PASS", id: "rule.all" },
    { name: "condition stated in words that decide nothing", rule: "≥90，且无危险废物排放", series: { 2022: 95 }, clauses: { 无危险废物排放: "基本没有" }, verdict: "REVIEW", id: "rule.all" },
    { name: "a signed review decides it", rule: "≥90，且无危险废物排放", series: { 2022: 95 }, review: { verdict: "pass", by: "李四", year: 2022 }, verdict: "PASS", id: "rule.all", parts: [{ verdict: "PASS", id: "rule.compare.pass" }, { verdict: "PASS", id: "rule.condition.reviewed", data: { by: "李四" } }] },
    { name: "a review of another year does not", rule: "≥90，且无危险废物排放", series: { 2022: 95 }, review: { verdict: "pass", by: "李四", year: 2021 }, verdict: "MISSING", id: "rule.all" },
    { name: "a standalone condition needs no value", rule: "达到功能区标准", series: {}, year: 2022, clauses: { 达到功能区标准: "达标" }, verdict: "PASS", id: "rule.condition.met" },
  ],
  // #23
  "negated comparisons judge as the comparison": [
    { name: "不得低于95: 95 passes", rule: "不得低于95", series: { 2022: 95 }, verdict: "PASS", id: "rule.compare.pass", data: { rule: "≥95" } },
    { name: "不得低于95: 94.9 fails, without any clause", rule: "不得低于95", series: { 2022: 94.9 }, verdict: "FAIL", id: "rule.compare.fail" },
    { name: "严禁超过1: 1 passes", rule: "严禁超过1", series: { 2022: 1 }, better: "lower", verdict: "PASS", id: "rule.compare.pass", data: { rule: "≤1" } },
  ],
  "stated states and the province's targets": [
    { name: "不明显 stated as 不明显", rule: "不明显", series: { 2022: "不明显" }, verdict: "PASS", id: "rule.status.pass" },
    { name: "不明显 against other text", rule: "不明显", series: { 2022: "较明显" }, verdict: "REVIEW", id: "rule.status.review" },
    { name: "完成省下达任务 against the superior's target", rule: "完成省下达任务", series: { 2022: 30 }, better: "lower", superior: { 2022: "≤35" }, verdict: "PASS", id: "rule.superior.result" },
    { name: "100，且城市无超四类水体: the number met, the condition unstated", rule: "100，且城市无超四类水体", series: { 2022: 100 }, unit: "%", verdict: "MISSING", id: "rule.all" },
    { name: "100，且城市无超四类水体: stated", rule: "100，且城市无超四类水体", series: { 2022: 100 }, unit: "%", clauses: { 城市无超四类水体: "已满足" }, verdict: "PASS", id: "rule.all" },
  ],
};

const judges: Record<string, JudgeCase[]> = {
  "comparison words as targets": [
    { name: "不低于95 guarantees ≥90", standard: "≥90", target: "不低于95", verdict: "PASS", id: "target.compare.pass" },
    { name: "大于89 does not guarantee ≥90", standard: "≥90", target: "大于89", verdict: "FAIL", id: "target.compare.fail" },
    { name: "95%以上 guarantees 大于90", standard: "大于90", target: "95%以上", unit: "%", verdict: "PASS", id: "target.compare.pass" },
  ],
  "status targets": [
    { name: "建立并实施 guarantees 建立", standard: "建立", target: "建立并实施", verdict: "PASS", id: "target.status.pass" },
    { name: "建立 does not guarantee 建立并实施", standard: "建立并实施", target: "建立", verdict: "REVIEW", id: "target.status.review" },
    { name: "建立健全 guarantees 完善", standard: "完善", target: "建立健全", verdict: "PASS", id: "target.status.pass" },
  ],
  "event targets": [
    { name: "未发生 guarantees 未发生", standard: "不发生重特大突发环境事件", target: "未发生", verdict: "PASS", id: "target.event.pass" },
    { name: "a count of 0 guarantees none", standard: "未发生", target: "0", better: "lower", verdict: "PASS", id: "target.event.pass" },
    { name: "≤1 allows an event", standard: "未发生", target: "≤1", better: "lower", verdict: "FAIL", id: "target.wrongSide" },
    { name: "a status says nothing of events", standard: "未发生", target: "建立", verdict: "REVIEW", id: "target.noValue" },
  ],
  "multi-year trend targets": [
    { name: "持续下降 guarantees 近三年逐年下降", standard: "近三年逐年下降", target: "持续下降", better: "lower", verdict: "PASS", id: "target.trend.stated" },
    { name: "a bound below the base value guarantees a fall", standard: "近三年逐年下降", target: "≤5", better: "lower", base: 6, verdict: "PASS", id: "target.trend.endpoint.pass" },
  ],
  "reference targets": [
    { name: "the same relation", standard: "不低于全省平均水平", target: "不低于全省平均水平", verdict: "PASS", id: "target.relative.stated" },
    { name: "高于 guarantees 不低于", standard: "不低于全省平均水平", target: "高于全省平均水平", verdict: "PASS", id: "target.relative.stated" },
    { name: "another reference", standard: "不低于全省平均水平", target: "不低于全国平均水平", verdict: "REVIEW", id: "target.relative.unknown" },
    { name: "a number, with the reference value of the target year", standard: "不低于全省平均水平", target: "≥80", referenceValues: { 2025: 78 }, verdict: "PASS", id: "target.compare.pass" },
    { name: "a number below the reference value", standard: "不低于全省平均水平", target: "≥75", referenceValues: { 2025: 78 }, verdict: "FAIL", id: "target.compare.fail" },
    { name: "a number, without the reference value", standard: "不低于全省平均水平", target: "≥80", verdict: "REVIEW", id: "target.relative.unknown", data: { year: 2025 } },
  ],
  "condition targets": [
    { name: "the target states the condition", standard: "≤0.70，且能源消耗总量不超过控制目标值", target: "≤0.6，且能源消耗总量不超过控制目标值", better: "lower", verdict: "PASS", id: "rule.all" },
    { name: "a number alone cannot guarantee it", standard: "≤0.70，且能源消耗总量不超过控制目标值", target: "≤0.6", better: "lower", verdict: "REVIEW", id: "rule.all", parts: [{ verdict: "PASS", id: "target.compare.pass" }, { verdict: "REVIEW", id: "target.condition.unstated" }] },
  ],
};

describe("wordings judged: observed values", () => {
  for (const [family, rows] of Object.entries(evals)) it.each(rows)(`${family}: $verdict $name`, checkEval);
});
describe("wordings judged: target adequacy", () => {
  for (const [family, rows] of Object.entries(judges)) it.each(rows)(`${family}: $verdict $name`, checkJudge);
});
