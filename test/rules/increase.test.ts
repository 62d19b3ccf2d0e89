import { type EvalCase, type JudgeCase } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";
import { ref } from "../../src/i18n/message.js";

const UP = "有所提高";
const UP_OR_STABLE = "保持稳定或有所提高";
const pct = { unit: "%", better: "higher" } as const;

const valid: EvalCase[] = [
  { name: "有所提高: higher than the previous year", rule: UP, series: { 2021: 10, 2022: 10.1 }, verdict: "PASS", id: "rule.increase.held", data: { rule: ref("phrase.increase.higher"), year: 2022, value: 10.1, refYear: 2021, refValue: 10, change: 0.1, tolerance: undefined }, zh: "有所提高：2021年 10 → 2022年 10.1（变化 0.1）", en: "increased: 2021 10 → 2022 10.1 (change 0.1)" },
  { name: "保持稳定或有所提高: level", rule: UP_OR_STABLE, series: { 2021: 10, 2022: 10 }, verdict: "PASS", id: "rule.increase.held", data: { rule: ref("phrase.increase.orStable.higher"), refYear: 2021, change: 0, tolerance: "0" } },
  { name: "保持稳定或有所提高: exactly at an absolute tolerance", rule: UP_OR_STABLE, series: { 2021: 10, 2022: 9.5 }, tolerance: 0.5, verdict: "PASS", id: "rule.increase.held", data: { change: -0.5, tolerance: "0.5" } },
  { name: "保持稳定或有所提高: exactly at a relative tolerance", rule: UP_OR_STABLE, series: { 2021: 50, 2022: 49.5 }, tolerance: "1%", verdict: "PASS", id: "rule.increase.held", data: { change: -0.5, tolerance: "1%" } },
  { name: "reference: first", rule: UP, series: { 2020: 10, 2021: 12, 2022: 11 }, reference: "first", verdict: "PASS", id: "rule.increase.held", data: { refYear: 2020, refValue: 10, change: 1 } },
  { name: "reference: base_year", rule: UP, series: { 2022: 10, 2023: 12, 2024: 11 }, baseYear: 2022, reference: "base_year", verdict: "PASS", id: "rule.increase.held", data: { refYear: 2022, refValue: 10, change: 1 } },
  { name: "有所提高: 100 % cannot rise further, one value", rule: UP, series: { 2022: 100 }, ...pct, verdict: "PASS", id: "rule.trend.atBound", data: { year: 2022, value: 100, unit: "%" } },
  { name: "保持稳定或有所提高: 100 % after 100 %", rule: UP_OR_STABLE, series: { 2021: 100, 2022: 100 }, ...pct, verdict: "PASS", id: "rule.trend.atBound" },
];

const invalid: EvalCase[] = [
  { name: "有所提高: level is not higher", rule: UP, series: { 2021: 10, 2022: 10 }, verdict: "FAIL", id: "rule.increase.broken", data: { refYear: 2021, refValue: 10, value: 10, change: 0 }, zh: "有所提高：2021年 10 → 2022年 10，未提高（变化 0）", en: "increased: 2021 10 → 2022 10 is not higher (change 0)" },
  { name: "有所提高: the tolerance does not excuse it", rule: UP, series: { 2021: 10, 2022: 9.9 }, tolerance: 0.5, verdict: "FAIL", id: "rule.increase.broken", data: { change: -0.1, tolerance: undefined } },
  { name: "保持稳定或有所提高: just beyond the tolerance", rule: UP_OR_STABLE, series: { 2021: 10, 2022: 9.49 }, tolerance: 0.5, verdict: "FAIL", id: "rule.increase.broken", data: { change: -0.51, tolerance: "0.5" } },
  { name: "保持稳定或有所提高: lower, no tolerance", rule: UP_OR_STABLE, series: { 2021: 10, 2022: 9.99 }, verdict: "FAIL", id: "rule.increase.broken", data: { change: -0.01, tolerance: "0" } },
  { name: "reference: first — not above the first year", rule: UP, series: { 2020: 12, 2021: 10, 2022: 11 }, reference: "first", verdict: "FAIL", id: "rule.increase.broken", data: { refYear: 2020, change: -1 } },
  { name: "one value is never a pass", rule: UP_OR_STABLE, series: { 2022: 10 }, verdict: "MISSING", id: "rule.trend.tooFew", data: { year: 2022 } },
  { name: "99.5 % is not at the bound", rule: UP, series: { 2022: 99.5 }, ...pct, verdict: "MISSING", id: "rule.trend.tooFew" },
  { name: "no value for the year", rule: UP, series: { 2021: 10 }, year: 2022, verdict: "MISSING", id: "value.missing", data: { year: 2022 } },
  { name: "不涉及", rule: UP, series: { 2021: 10, 2022: "不涉及" }, verdict: "N/A", id: "value.notApplicable" },
  { name: "text", rule: UP, series: { 2021: 2, 2022: "由2家增至24家" }, verdict: "REVIEW", id: "value.text", data: { text: "由2家增至24家" } },
];

const adequate: JudgeCase[] = [
  { name: "the target states 有所提高", standard: UP, target: UP, verdict: "PASS", id: "target.trend.stated", data: { rule: ref("phrase.increase.higher") }, zh: "目标已写明有所提高或更严格的要求", en: "the target states increased or stronger" },
  { name: "有所提高 implies 保持稳定或有所提高", standard: UP_OR_STABLE, target: UP, verdict: "PASS", id: "target.trend.stated", data: { rule: ref("phrase.increase.orStable.higher") }, zh: "目标已写明保持稳定或有所提高或更严格的要求", en: "the target states stable or increased or stronger" },
  { name: "保持稳定或持续提高 implies 保持稳定或有所提高", standard: UP_OR_STABLE, target: "保持稳定或持续提高", verdict: "PASS", id: "target.trend.stated" },
  { name: "持续提高 implies 有所提高", standard: UP, target: "持续提高", verdict: "PASS", id: "target.trend.stated" },
  { name: "保持稳定或有所提高: the base-year value", standard: UP_OR_STABLE, target: "≥10", base: 10, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 10, base: 10, change: 0, tolerance: "0" } },
  { name: "保持稳定或有所提高: within the tolerance", standard: UP_OR_STABLE, target: "≥9.5", base: 10, tolerance: 0.5, verdict: "PASS", id: "target.trend.endpoint.pass", data: { change: -0.5, tolerance: "0.5" } },
  { name: "有所提高: a strict bound at the base-year value", standard: UP, target: ">10", base: 10, verdict: "PASS", id: "target.trend.endpoint.pass", data: { worst: 10, tolerance: undefined } },
];

const inadequate: JudgeCase[] = [
  { name: "保持稳定或有所提高 does not imply 有所提高", standard: UP, target: UP_OR_STABLE, base: 10, verdict: "REVIEW", id: "target.noValue", data: { rule: ref("phrase.increase.higher") }, zh: "目标未给出可判断 有所提高 的内容", en: "the target states nothing that decides increased" },
  { name: "有所提高: the base-year value is no increase", standard: UP, target: "≥10", base: 10, verdict: "FAIL", id: "target.trend.endpoint.fail", data: { worst: 10, base: 10, change: 0 } },
  { name: "保持稳定或有所提高: below the base year", standard: UP_OR_STABLE, target: "≥9", base: 10, verdict: "FAIL", id: "target.trend.endpoint.fail", data: { worst: 9, change: -1, tolerance: "0" } },
];

runRuleTester("increase", { valid, invalid, adequate, inadequate });
