/**
 * 未发生 (src/rules/kinds/event.ts) against the values a row may hold: a count, words with spaces,
 * none present, a status, a plain 否. Cases found by mutation testing (docs/mutation.md); every
 * expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { levels } from "../../src/rules/index.js";
import { rule } from "./helpers.js";
import { runRuleTester } from "./ruleTester.js";

runRuleTester("event", {
  valid: [
    {
      name: "0 events, and no event named by the rule",
      rule: "未发生",
      series: { 2022: 0 },
      verdict: "PASS",
      id: "rule.event.none",
      data: { what: "", value: 0 },
      en: "2022: no event happened",
    },
    {
      name: "未 发生 with a space is still none",
      rule: "未发生",
      series: { 2022: "未 发生" },
      verdict: "PASS",
      id: "rule.event.none",
      data: { text: "未 发生" },
    },
    {
      name: "none present names the text it was read from",
      rule: "未发生",
      series: { 2022: "无重特大突发环境事件" },
      verdict: "PASS",
      id: "rule.event.none",
      data: { text: "无重特大突发环境事件" },
    },
  ],
  invalid: [
    {
      name: "a negative count is for a person",
      rule: "未发生",
      series: { 2022: -1 },
      verdict: "REVIEW",
      id: "rule.event.review",
      data: { text: "-1" },
    },
    {
      name: "a plain 否 does not say whether an event happened",
      rule: "未发生",
      series: { 2022: "否" },
      verdict: "REVIEW",
      id: "rule.event.review",
      data: { text: "否" },
    },
    {
      name: "a status is quoted for a person",
      rule: "未发生",
      series: { 2022: "已建立" },
      verdict: "REVIEW",
      id: "rule.event.review",
      data: { text: "已建立" },
    },
  ],
  adequate: [
    {
      name: "未发生 as a target meets 未发生",
      standard: "未发生",
      target: "未发生",
      verdict: "PASS",
      id: "target.event.pass",
    },
  ],
});

describe("event: no level on the value", () => {
  it("未发生 sets none: it is a count of events, not a level", () => {
    expect(levels(rule("未发生"), "lower")).toEqual([]);
  });
});
