/**
 * Which stated trend implies which (src/rules/trends.ts, claimImplies), and a target's worst value
 * against a trend from the base year. Cases found by mutation testing (docs/mutation.md); every
 * expectation a literal.
 */
import { describe, expect, it } from "vitest";
import type { JudgeCase } from "./helpers.js";
import { checkJudge } from "./ruleTester.js";

const targets: JudgeCase[] = [
  {
    name: "持续提高 stated is not 持续下降",
    standard: "持续下降",
    target: "持续提高",
    base: 80,
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "持续下降 stated is not 有所提高",
    standard: "有所提高",
    target: "持续下降",
    base: 80,
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "持续提高 on a lower-better row is not 保持稳定 (the row's way is down)",
    standard: "保持稳定",
    target: "持续提高",
    base: 80,
    better: "lower",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "保持稳定 on a lower-better row is not 保持稳定或有所提高 (which is upward)",
    standard: "保持稳定或有所提高",
    target: "保持稳定",
    base: 80,
    better: "lower",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "保持稳定 on a higher-better row is 保持稳定或有所提高",
    standard: "保持稳定或有所提高",
    target: "保持稳定",
    base: 80,
    verdict: "PASS",
    id: "target.trend.stated",
  },
  {
    name: "≥90 from a base of 80 keeps 持续改善 at its worst",
    standard: "持续改善",
    target: "≥90",
    base: 80,
    verdict: "PASS",
    id: "target.trend.endpoint.pass",
    data: { worst: 90, base: 80, change: 10 },
  },
  {
    name: ">80 from a base of 85 allows a fall: 持续改善 is not kept",
    standard: "持续改善",
    target: ">80",
    base: 85,
    verdict: "FAIL",
    id: "target.trend.endpoint.fail",
    data: { worst: 80, base: 85, change: -5 },
  },
  {
    name: ">80 from a base of 80 is strictly above it: 持续改善 is kept",
    standard: "持续改善",
    target: ">80",
    base: 80,
    verdict: "PASS",
    id: "target.trend.endpoint.pass",
  },
];

describe("trends: a target against a trend", () => {
  it.each(targets)("$verdict: $name", (c) => {
    expect(["PASS", "FAIL", "REVIEW"]).toContain(c.verdict);
    checkJudge(c);
  });
});
