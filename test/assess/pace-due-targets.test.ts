/**
 * The pace needed is enough: the value shown for a year meets every target due that year and the
 * standard, so a region that reaches it never fails that year's check. The seed's row 17 (≥97 in
 * 2025 and 2030) at 95 in 2024 needs 97 in 2025, not the 95.34 of a straight path to 2030; row 15
 * (88 in 2025, 90 in 2030) at 84 needs 88 in 2025 and then the constant rate from 88 to 90.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";
import { withActuals } from "./seedWithActuals.js";

function paceOf(a: ReturnType<typeof assess>, id: string, targetYear: number) {
  const progress = a.indicators.find((i) => i.indicator.id === id)!.checks.progress!;
  const forecasts = progress.forecasts ?? [progress.forecast!];
  return forecasts.find((f) => f.target_year === targetYear)!.pace.map((p) => [p.year, Number(p.value.toFixed(4))]);
}

describe("the pace needed meets the targets due on the way and the standard", () => {
  const a = assess(withActuals({ "15": { 2024: 84 }, "17": { 2024: 95 } }), { mode: "year", year: 2024 });

  it("17 at 95 in 2024: 97 from 2025 on (the near-term target is ≥97)", () => {
    expect(paceOf(a, "17", 2030)).toEqual([
      [2025, 97],
      [2026, 97],
      [2027, 97],
      [2028, 97],
      [2029, 97],
      [2030, 97],
    ]);
    expect(paceOf(a, "17", 2025)).toEqual([[2025, 97]]);
  });

  it("15 at 84 in 2024: 88 in 2025, then the constant rate from 88 to 90", () => {
    expect(paceOf(a, "15", 2030)).toEqual([
      [2025, 88],
      [2026, 88.3964],
      [2027, 88.7946],
      [2028, 89.1946],
      [2029, 89.5964],
      [2030, 90],
    ]);
  });

  it("the reason shows the near-term target's value for 2025", () => {
    const progress = a.indicators.find((i) => i.indicator.id === "17")!.checks.progress!;
    const forecast = progress.outcome.parts!.find(
      (p) => p.message.id === "progress.forecast" && p.message.data?.targetYear === 2030,
    )!;
    expect(String(forecast.message.data?.pace)).toBe("2025 ≥97 · 2026 ≥97 · 2027 ≥97 · 2028 ≥97 …");
  });

  it("no year's pace falls below the standard (≥85): 80 in 2024 toward 90 in 2030", () => {
    const r = loadIndicatorFile(
      `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, long_term: 2030}
indicators:
  - {id: "15", name: 农膜回收率, unit: "%", binding: true, better: higher, standard: "≥85", baseline: 82, long_term: "90", actuals: {2024: 80}}
`,
      "floor.yaml",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(paceOf(assess(r.value, { mode: "year", year: 2024 }), "15", 2030)).toEqual([
      [2025, 85],
      [2026, 85],
      [2027, 85],
      [2028, 86.535],
      [2029, 88.2505],
      [2030, 90],
    ]);
  });

  it("the standard of each year: a superior's target raised from 2027 raises the pace from 2027", () => {
    // 完成上级规定的考核任务 asks ≥50 until 2026 and ≥70 from 2027: from 55 in 2024 toward ≥60 in 2030,
    // the constant rate (55.8, 56.6) until the superior's target passes it, then 70.
    const r = loadIndicatorFile(
      `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, long_term: 2030}
indicators:
  - {id: "9", name: 某指标, unit: "%", binding: true, better: higher, standard: 完成上级规定的考核任务, superior: {2022: "≥50", 2027: "≥70"}, baseline: 52, long_term: "≥60", actuals: {2024: 55}}
`,
      "superior-floor.yaml",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(paceOf(assess(r.value, { mode: "year", year: 2024 }), "9", 2030)).toEqual([
      [2025, 55.8034],
      [2026, 56.6186],
      [2027, 70],
      [2028, 70],
      [2029, 70],
      [2030, 70],
    ]);
  });

  it("the pace shows the target's decimals: from 0.1 toward ≤0.05, 0.08 and 0.07, not 0", () => {
    const r = loadIndicatorFile(
      `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, long_term: 2030}
indicators:
  - {id: "1", name: 某排放, unit: 吨, better: lower, standard: "≤1", baseline: 0.3, long_term: "≤0.05", actuals: {2023: 0.2, 2024: 0.1}}
`,
      "decimals.yaml",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const progress = assess(r.value, { mode: "year", year: 2024 }).indicators[0]!.checks.progress!;
    const forecast = progress.outcome.parts!.find((p) => p.message.id === "progress.forecast")!;
    expect(String(forecast.message.data?.pace)).toBe("2025 ≤0.08 · 2026 ≤0.07 · 2027 ≤0.07 · 2028 ≤0.06 …");
  });
});
