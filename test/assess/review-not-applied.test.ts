/**
 * A signed review turns only a REVIEW: on a value the rule decides (15 at 80 against ≥85 FAILs) the
 * review changes nothing, and the reason says so instead of passing over it in silence.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { reason } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";

const file = (review: string) => {
  const r = loadIndicatorFile(
    `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "15"
    name: 农膜回收率
    unit: "%"
    binding: true
    better: higher
    standard: "≥85"
    baseline: 86.8
    actuals: {2024: 80}
    review: ${review}
`,
    "review.yaml",
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe("a review on a value the rule decides", () => {
  it("the value's FAIL stands, and the reason says the signed pass was not applied (zh and en)", () => {
    const a = assess(file("{verdict: pass, by: 张三, year: 2024}"), { mode: "year", year: 2024 });
    const progress = a.indicators[0]!.checks.progress!;
    expect(progress.verdict).toBe("FAIL");
    expect(reason("en", progress.outcome)).toBe(
      "2024 against the standard (no plan target for this phase): the signed review (pass, by 张三) is not applied: a review turns only a REVIEW, and the value decides: 2024: 80% does not meet ≥85",
    );
    expect(reason("zh", progress.outcome)).toBe(
      "2024年对照国家标准（本阶段无规划目标）：张三签署的审核意见（达标）未采用：审核意见只改变须人工判断的结果，此处由数值判定：2024年：80% 不满足 ≥85",
    );
  });

  it("a review of another year says nothing", () => {
    const a = assess(file("{verdict: pass, by: 张三, year: 2023}"), { mode: "year", year: 2024 });
    expect(reason("en", a.indicators[0]!.checks.progress!.outcome)).toBe(
      "2024 against the standard (no plan target for this phase): 2024: 80% does not meet ≥85",
    );
  });
});
