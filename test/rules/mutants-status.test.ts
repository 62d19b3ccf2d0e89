/**
 * A status (建立, 开展) against values that do not state it, src/rules/kinds/status.ts. Cases found
 * by mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { levels } from "../../src/rules/index.js";
import { rule } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";

runRuleTester("status", {
  invalid: [
    {
      name: "有问题 names something present, and denies no verb: a person judges",
      rule: "建立",
      series: { 2022: "有问题" },
      verdict: "REVIEW",
      id: "rule.status.review",
      data: { text: "有问题" },
    },
    {
      name: "a number is no status: quoted with the row's unit",
      rule: "建立",
      series: { 2022: 1 },
      unit: "个",
      verdict: "REVIEW",
      id: "rule.status.review",
      data: { text: "1个" },
      en: "2022: “1个” does not state “established”: a person must judge it",
    },
    {
      name: "words that state nothing are for a person, not a denial",
      rule: "建立",
      series: { 2022: "正在推进" },
      verdict: "REVIEW",
      id: "rule.status.review",
    },
  ],
  adequate: [
    {
      name: "建立并实施 as a target reaches 建立",
      standard: "建立",
      target: "建立并实施",
      verdict: "PASS",
      id: "target.status.pass",
    },
  ],
});

describe("status: no level on the value", () => {
  it("建立 sets none", () => {
    expect(levels(rule("建立"), "higher")).toEqual([]);
  });
});
