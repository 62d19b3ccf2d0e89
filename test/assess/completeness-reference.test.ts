/**
 * A year assessment's completeness lists the binding rows without a value for the year, never a
 * reference (参考性) row: the standard does not require those, so their gap must not make a file
 * INCOMPLETE nor appear in the list.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";

const FILE = `region:
  name: 某县
  level: county
  zone: central
plan:
  base_year: 2022
  near_term: 2025
  long_term: 2030
indicators:
  - id: "1"
    name: 生态文明建设工作占党政实绩考核的比例
    unit: "%"
    binding: true
    better: higher
    standard: "≥20"
    baseline: 25.5
    actuals: { 2024: 26 }
  - id: "2"
    name: 单位地区生产总值能耗
    unit: "%"
    binding: true
    better: higher
    standard: "≥20"
    baseline: 25.5
  - id: R1
    name: 参考指标
    unit: "%"
    binding: false
    better: higher
    standard: "≥20"
    baseline: 25.5
`;

function load(text: string) {
  const r = loadIndicatorFile(text, "county.yaml");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

describe("completeness of a year", () => {
  it("names the binding row without a value, not the reference row without one", () => {
    const a = assess(load(FILE), { mode: "year", year: 2024 });
    expect(a.completeness?.missing.map((m) => m.id)).toEqual(["2"]);
    expect(a.summary.overall).toBe("INCOMPLETE");
  });

  it("a file whose only gap is a reference row is complete", () => {
    const a = assess(
      load(
        FILE.replace(/ {4}baseline: 25\.5\n {2}- id: R1/, "    baseline: 25.5\n    actuals: { 2024: 26 }\n  - id: R1"),
      ),
      {
        mode: "year",
        year: 2024,
      },
    );
    expect(a.completeness?.missing).toEqual([]);
    expect(a.summary.overall).not.toBe("INCOMPLETE");
  });
});
