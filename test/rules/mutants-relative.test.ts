/**
 * 不低于 / 高于 / 优于 / 达到 / 等于 a reference value (src/rules/kinds/relative.ts): which stated
 * relation implies which, 优于 and 达到 the row's way, and values that are no number. Cases found by
 * mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { levels } from "../../src/rules/index.js";
import { rule } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";

runRuleTester("relative", {
  valid: [
    {
      name: "优于 on a higher-better row: 80 above 78",
      rule: "优于全省平均水平",
      series: { 2022: 80 },
      referenceValues: { 2022: 78 },
      verdict: "PASS",
      id: "rule.relative.pass",
      data: { value: 80, referenceValue: 78 },
    },
    {
      name: "达到 on a higher-better row: 80 is at least 78",
      rule: "达到全省平均水平",
      series: { 2022: 80 },
      referenceValues: { 2022: 78 },
      verdict: "PASS",
      id: "rule.relative.pass",
    },
    {
      name: "达到 on a lower-better row: 76 is at least as good as 78",
      rule: "达到全省平均水平",
      series: { 2022: 76 },
      referenceValues: { 2022: 78 },
      better: "lower",
      verdict: "PASS",
      id: "rule.relative.pass",
    },
  ],
  invalid: [
    {
      name: "达到 on a lower-better row: 80 is worse than 78",
      rule: "达到全省平均水平",
      series: { 2022: 80 },
      referenceValues: { 2022: 78 },
      better: "lower",
      verdict: "FAIL",
      id: "rule.relative.fail",
      data: { value: 80, referenceValue: 78 },
    },
    {
      name: "优于 on a higher-better row: 76 is below 78",
      rule: "优于全省平均水平",
      series: { 2022: 76 },
      referenceValues: { 2022: 78 },
      verdict: "FAIL",
      id: "rule.relative.fail",
    },
    {
      name: "words are for a person",
      rule: "不低于全省平均水平",
      series: { 2022: "高于全省平均" },
      referenceValues: { 2022: 78 },
      verdict: "REVIEW",
      id: "value.text",
    },
    {
      name: "none present is not a full share of a reference",
      rule: "不低于全省平均水平",
      series: { 2022: "无黑臭水体" },
      referenceValues: { 2022: 78 },
      unit: "%",
      verdict: "REVIEW",
      id: "value.nonePresent.review",
    },
  ],
  adequate: [
    {
      name: "低于 stated implies 不高于",
      standard: "不高于全省平均水平",
      target: "低于全省平均水平",
      better: "lower",
      verdict: "PASS",
      id: "target.relative.stated",
    },
    {
      name: "等于 stated implies 不低于",
      standard: "不低于全省平均水平",
      target: "等于全省平均水平",
      verdict: "PASS",
      id: "target.relative.stated",
    },
    {
      name: "等于 stated implies 不高于",
      standard: "不高于全省平均水平",
      target: "等于全省平均水平",
      better: "lower",
      verdict: "PASS",
      id: "target.relative.stated",
    },
    {
      name: "高于 stated implies 优于 on a higher-better row",
      standard: "优于全省平均水平",
      target: "高于全省平均水平",
      verdict: "PASS",
      id: "target.relative.stated",
    },
  ],
  inadequate: [
    {
      name: "不低于 stated does not imply 高于",
      standard: "高于全省平均水平",
      target: "不低于全省平均水平",
      verdict: "REVIEW",
      id: "target.relative.noNumber",
    },
    {
      name: "低于 stated does not imply 不低于",
      standard: "不低于全省平均水平",
      target: "低于全省平均水平",
      verdict: "REVIEW",
      id: "target.relative.noNumber",
    },
    {
      name: "不高于 stated does not imply 低于",
      standard: "低于全省平均水平",
      target: "不高于全省平均水平",
      better: "lower",
      verdict: "REVIEW",
      id: "target.relative.noNumber",
    },
    {
      name: "不低于 stated does not imply 不高于",
      standard: "不高于全省平均水平",
      target: "不低于全省平均水平",
      better: "lower",
      verdict: "REVIEW",
      id: "target.relative.noNumber",
    },
    {
      name: "高于 stated does not imply 不高于",
      standard: "不高于全省平均水平",
      target: "高于全省平均水平",
      better: "lower",
      verdict: "REVIEW",
      id: "target.relative.noNumber",
    },
    {
      name: "等于 stated does not imply 高于",
      standard: "高于全省平均水平",
      target: "等于全省平均水平",
      verdict: "REVIEW",
      id: "target.relative.noNumber",
    },
    {
      name: "a target with no number is not compared with the year's reference value, and the reason says so, not that the value is missing",
      standard: "不低于全省平均水平",
      target: "保持稳定",
      referenceValues: { 2025: 78 },
      verdict: "REVIEW",
      id: "target.relative.noNumber",
      en: "the target names no number to compare with 全省平均水平, nor states “not lower than 全省平均水平”",
    },
  ],
});

describe("relative: no level on the value", () => {
  it("不低于全省平均水平 sets none: the reference value is the row's, by year", () => {
    expect(levels(rule("不低于全省平均水平"), "higher")).toEqual([]);
  });
});
