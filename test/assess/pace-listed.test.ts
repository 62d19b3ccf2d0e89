/**
 * How much of a pace is listed: every year to the target's for the formats that show it (JSON,
 * HTML's charts), only the years a reason shows for the others. A plan to 2100 is some eighty
 * numbers a row, worked out and kept for nothing when the report is a table.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";

const FILE = `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2100}
indicators:
  - {id: "15", name: 农膜回收率, unit: "%", binding: true, better: higher, standard: "≥85", baseline: 82, near_term: "≥88", long_term: "≥95", actuals: {2024: 84}}
`;

function progressOf(pace?: "reasons") {
  const r = loadIndicatorFile(FILE, "pace.yaml");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return assess(r.value, { mode: "year", year: 2024, ...(pace ? { pace } : {}) }).indicators[0]!.checks.progress!;
}

describe("the pace a run lists", () => {
  it("every year to 2100 by default", () => {
    const toward2100 = progressOf().forecasts!.find((f) => f.target_year === 2100)!;
    expect(toward2100.pace.length).toBe(76);
    expect(toward2100.pace.at(-1)).toEqual({ year: 2100, value: 95 });
  });

  it("only the years a reason shows, and one more, when only reasons are shown", () => {
    const toward2100 = progressOf("reasons").forecasts!.find((f) => f.target_year === 2100)!;
    expect(toward2100.pace.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(toward2100.pace[0]).toEqual({ year: 2025, value: 88 });
  });

  it("the verdict and the reasons read the same either way", () => {
    const whole = progressOf();
    const cut = progressOf("reasons");
    expect(cut.verdict).toBe(whole.verdict);
    expect(cut.outcome).toEqual(whole.outcome);
  });
});
