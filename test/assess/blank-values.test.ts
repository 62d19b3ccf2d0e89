/**
 * A value left blank — "", spaces, or `{value: ""}` — is not there yet: MISSING, and listed among
 * the year's gaps, as `2024:` with nothing after it is (README, "Input the tool refuses, and input
 * it reads"); never text for a person to judge.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";

const file = (value: string) => `region: {name: 某县}
plan: {base_year: 2022}
indicators:
  - {id: "1", name: 森林覆盖率, unit: "%", standard: "≥20", baseline: 25, actuals: {2024: ${value}}}
  - {id: "2", name: 空气质量优良天数比例, unit: "%", standard: "≥20", baseline: ${value}}
`;

describe("a blank value", () => {
  it.each(['""', '"   "', '{value: ""}'])("%s is MISSING for its year, and listed as missing", (value) => {
    const loaded = loadIndicatorFile(file(value), "blank.yaml");
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const year = assess(loaded.value, { year: 2024 });
    expect(year.indicators.map((i) => i.checks.progress?.verdict)).toEqual(["MISSING", "MISSING"]);
    expect(year.completeness?.missing.map((m) => m.id)).toEqual(["1", "2"]);
    const plan = assess(loaded.value, { mode: "plan" });
    expect(plan.indicators.map((i) => i.checks.baseline?.verdict)).toEqual(["PASS", "MISSING"]);
  });
});
