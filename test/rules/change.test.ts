/**
 * 下降18%, 提高2个百分点, 〔18〕: the change from the base-year value (#23). `%` is a share of the base,
 * 个百分点 points; a bracket is a share of the base on a "%" row and the row's unit elsewhere.
 */
import { runRuleTester } from "./ruleTester.js";

runRuleTester("change", {
  valid: [
    { name: "下降18%: exactly base × 0.82", rule: "下降18%", series: { 2020: 50, 2025: 41 }, baseYear: 2020, unit: "μg/m³", better: "lower", verdict: "PASS", id: "rule.change.pass", data: { base: 50, baseYear: 2020, limit: "≤41" }, en: "2025: 41μg/m³ meets 下降18% from 50μg/m³ in 2020 (≤41μg/m³)", zh: "2025年：41μg/m³ 满足 下降18%（2020年 50μg/m³，须 ≤41μg/m³）" },
    { name: "降低10%: 0.7 → 0.63 exactly (0.7 × 0.9 is 0.6299999999999999 in binary)", rule: "降低10%", series: { 2020: 0.7, 2024: 0.63 }, baseYear: 2020, better: "lower", verdict: "PASS", id: "rule.change.pass", data: { limit: "≤0.63" } },
    { name: "提高2个百分点: points on a % row", rule: "提高2个百分点", series: { 2022: 80, 2025: 82 }, unit: "%", verdict: "PASS", id: "rule.change.pass", data: { limit: "≥82" } },
    { name: "累计下降18%", rule: "累计下降18%", series: { 2020: 100, 2025: 80 }, baseYear: 2020, better: "lower", verdict: "PASS", id: "rule.change.pass" },
    { name: "〔18〕 on a % row: a share of the base, the row's way", rule: "〔18〕", series: { 2020: 50, 2025: 41 }, baseYear: 2020, unit: "%", better: "lower", verdict: "PASS", id: "rule.change.pass", data: { limit: "≤41" } },
    { name: "〔27〕 in the row's unit (万平方公里): the amount itself", rule: "〔27〕", series: { 2020: 100, 2025: 127 }, baseYear: 2020, unit: "万平方公里", verdict: "PASS", id: "rule.change.pass", data: { limit: "≥127" } },
    { name: "下降5以上 in the row's unit", rule: "下降5以上", series: { 2022: 40, 2023: 35 }, better: "lower", verdict: "PASS", id: "rule.change.pass", data: { limit: "≤35" } },
    { name: "下降18% on a % row is a share of the base, not 18 points (50 → 41, not 32)", rule: "下降18%", series: { 2020: 50, 2025: 41 }, baseYear: 2020, unit: "%", better: "lower", verdict: "PASS", id: "rule.change.pass" },
    { name: "持续削减 is a trend, not a change", rule: "持续削减", series: { 2021: 10, 2022: 9 }, better: "lower", verdict: "PASS", id: "rule.trend.held" },
  ],
  invalid: [
    { name: "下降18%: a little short", rule: "下降18%", series: { 2020: 50, 2025: 41.1 }, baseYear: 2020, better: "lower", verdict: "FAIL", id: "rule.change.fail", data: { limit: "≤41", value: 41.1 } },
    { name: "提高2个百分点: 1.9 points short", rule: "提高2个百分点", series: { 2022: 80, 2025: 81.9 }, unit: "%", verdict: "FAIL", id: "rule.change.fail" },
    { name: "〔18〕 the wrong way", rule: "〔18〕", series: { 2020: 50, 2025: 58.9 }, baseYear: 2020, unit: "%", better: "higher", verdict: "FAIL", id: "rule.change.fail", data: { limit: "≥59" } },
    { name: "the base year itself: judged in a later year, not applicable in it", rule: "下降18%", series: { 2020: 50 }, baseYear: 2020, better: "lower", verdict: "N/A", id: "rule.change.baseYear", en: "下降18%: 2020 is the base year (2020); a change from it is judged in a later year" },
    { name: "no base-year value", rule: "〔18〕", series: { 2024: 40 }, baseYear: 2020, unit: "%", better: "lower", verdict: "MISSING", id: "rule.change.noBase" },
    { name: "text is for a person", rule: "下降18%", series: { 2020: 50, 2025: "明显下降" }, baseYear: 2020, better: "lower", verdict: "REVIEW", id: "value.text" },
  ],
  adequate: [
    { name: "a target of ≤40 meets 下降18% from 50", standard: "下降18%", target: "≤40", base: 50, better: "lower", verdict: "PASS", id: "target.compare.pass" },
    { name: "下降20% meets 下降18%", standard: "下降18%", target: "下降20%", base: 50, better: "lower", verdict: "PASS", id: "target.compare.pass" },
  ],
  inadequate: [
    { name: "a target of ≤42 allows less than 下降18% from 50", standard: "下降18%", target: "≤42", base: 50, better: "lower", verdict: "FAIL", id: "target.compare.fail" },
    { name: "without a base value, undecided", standard: "〔18〕", target: "≤40", unit: "%", better: "lower", verdict: "REVIEW", id: "target.change.noBase" },
  ],
});
