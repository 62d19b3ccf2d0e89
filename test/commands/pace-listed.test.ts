/**
 * The formats that list a forecast's pace year by year (JSON, HTML) list every year to the
 * target's, whatever else the run writes; a table shows the reason's first four years either way.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { read, removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const FILE = `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2100}
indicators:
  - {id: "15", name: 农膜回收率, unit: "%", binding: true, better: higher, standard: "≥85", baseline: 82, near_term: "≥88", long_term: "≥95", actuals: {2024: 84}}
`;

describe("a pace to 2100", () => {
  const dir = tempDir();
  const file = join(dir, "pace.yaml");
  writeFileSync(file, FILE);

  it("JSON lists its 76 years, with a table written beside it", () => {
    const out = join(dir, "report.json");
    const r = run([file, "--year", "2024", "-f", "table", "-f", "json", "-o", out]);
    expect(r.status).toBe(1);
    const progress = JSON.parse(read(out)).files[0].indicators[0].checks.progress;
    const toward2100 = progress.forecasts.find((f: { target_year: number }) => f.target_year === 2100);
    expect(toward2100.pace).toHaveLength(76);
    expect(toward2100.pace.at(-1)).toEqual({ year: 2100, value: 95 });
    expect(r.stdout).toContain("2025 ≥88 · 2026 ≥88.1 · 2027 ≥88.2 · 2028 ≥88.3 …");
  });

  it("HTML's row detail lists every year to 2100", () => {
    const out = join(dir, "report.html");
    const r = run([file, "--year", "2024", "-f", "html", "-o", out]);
    expect(r.status).toBe(1);
    expect(read(out)).toMatch(/2099 9[45][.\d]*, 2100 95/);
  });
});
