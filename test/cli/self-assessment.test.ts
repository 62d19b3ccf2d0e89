/**
 * A scripted annual self-assessment: the seed copied, observed values added for a few rows, and
 * `--year` checked. Expected forecast classes are computed here from SPEC.md's formula.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { read, run, SEED, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

type ForecastClass = "achieved" | "on_track" | "acceleration_needed" | "limited_progress" | "moving_away";
const CLASSES: ForecastClass[] = ["achieved", "on_track", "acceleration_needed", "limited_progress", "moving_away"];

interface Forecast {
  class: string;
  projected: number | null;
  target: number;
  target_year: number;
  ratio: number | null;
}
interface Check {
  verdict: string;
  reason: string;
  forecast?: Forecast;
}
interface Indicator {
  id: string;
  line: number;
  checks: Partial<Record<"baseline" | "near_term" | "long_term" | "progress", Check>>;
}
interface Report {
  format: string;
  files: Array<{ overall: string; indicators: Indicator[] }>;
}

/**
 * SPEC.md, "Forecast": CAGR_a = (y_t ÷ y_b)^(1/(t−b)) − 1, CAGR_r = (y* ÷ y_b)^(1/(T−b)) − 1,
 * RR = CAGR_a / CAGR_r; target already met → achieved; RR ≥ 0.95 on track; 0.60 ≤ RR < 0.95
 * acceleration needed; 0 ≤ RR < 0.60 limited progress; RR < 0 moving away.
 */
function expectedClass(o: {
  b: number;
  yb: number;
  t: number;
  yt: number;
  T: number;
  target: number;
  better: "higher" | "lower";
}): { cls: ForecastClass; rr?: number } {
  const met = o.better === "higher" ? o.yt >= o.target : o.yt <= o.target;
  if (met) return { cls: "achieved" };
  const actual = (o.yt / o.yb) ** (1 / (o.t - o.b)) - 1;
  const required = (o.target / o.yb) ** (1 / (o.T - o.b)) - 1;
  const rr = actual / required;
  const cls: ForecastClass =
    rr >= 0.95 ? "on_track" : rr >= 0.6 ? "acceleration_needed" : rr >= 0 ? "limited_progress" : "moving_away";
  return { cls, rr };
}

/** Adds `actuals:` as the row's second line, right under its `- id:`. */
function addActuals(text: string, id: string, actuals: string): string {
  const pattern = new RegExp(`^(\\s*)- id: "?${id.replace(".", "\\.")}"?\\s*$`, "m");
  const match = pattern.exec(text);
  if (!match) throw new Error(`no row ${id}`);
  const indent = `${match[1] ?? ""}  `;
  const end = match.index + match[0].length;
  return `${text.slice(0, end)}\n${indent}actuals: ${actuals}${text.slice(end)}`;
}

function idLine(text: string, id: string): number {
  const pattern = new RegExp(`^\\s*- id: "?${id.replace(".", "\\.")}"?\\s*$`);
  return text.split("\n").findIndex((l) => pattern.test(l)) + 1;
}

// The year's observations, appended to the seed.
let assessment = read(SEED);
assessment = addActuals(assessment, "1", "{2023: 26.1}"); // ≥25.5 met already
assessment = addActuals(assessment, "5.2", "{2023: 98.32}"); // 98.3 → 98.5 by 2025: slow
assessment = addActuals(assessment, "15", "{2023: 87.1, 2026: 88.5}"); // 86.8 → 88 (2025) → 90 (2030)
assessment = addActuals(assessment, "17", "{2023: 95}"); // 96.33 → ≥97: going the wrong way
assessment = addActuals(assessment, "R1", "{2023: 35}"); // 33.3 → 40 (2025), reference row
const dir = tempDir();
const file = join(dir, "lingling-2023.yaml");
writeFileSync(file, assessment);

const json = (args: string[]): Report => {
  const r = run(["--lang", "en", "-f", "json", ...args, file]);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Report;
};
const row = (report: Report, id: string): Indicator => {
  const found = report.files[0]?.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe("annual self-assessment, --year 2023", () => {
  const report = json(["--year", "2023"]);

  it("is still a valid report whose rows start where the edited file has them", () => {
    expect(report.format).toBe("lingling-check/v1");
    for (const i of report.files[0]?.indicators ?? []) expect([i.id, i.line]).toEqual([i.id, idLine(assessment, i.id)]);
  });

  it("every row with a 2023 value has a progress check", () => {
    for (const id of ["1", "5.2", "15", "17", "R1"]) {
      const progress = row(report, id).checks.progress;
      expect(progress, id).toBeDefined();
      expect(progress?.reason).toMatch(/2023/);
    }
  });

  it("a progress check with a forecast carries class, projected, target, target_year and ratio", () => {
    for (const id of ["5.2", "15", "17", "R1"]) {
      const forecast = row(report, id).checks.progress?.forecast;
      expect(forecast, id).toBeDefined();
      expect(CLASSES).toContain(forecast?.class);
      expect(forecast?.target_year).toBe(2025);
      expect(typeof forecast?.target).toBe("number");
      expect(forecast).toHaveProperty("projected");
      expect(forecast).toHaveProperty("ratio");
    }
  });

  it("row 15: the class and ratio follow SPEC's formula (86.8 in 2022, 87.1 in 2023, 88 by 2025)", () => {
    const expected = expectedClass({ b: 2022, yb: 86.8, t: 2023, yt: 87.1, T: 2025, target: 88, better: "higher" });
    expect(expected.cls).toBe("acceleration_needed"); // RR ≈ 0.753
    const progress = row(report, "15").checks.progress;
    expect(progress?.forecast?.class).toBe(expected.cls);
    expect(progress?.forecast?.target).toBe(88);
    expect(progress?.forecast?.ratio).toBeCloseTo(expected.rr ?? Number.NaN, 3);
    // The standard (≥85) is met and 2025 has not come: the forecast informs, it does not decide (#23).
    expect(progress?.verdict).toBe("PASS");
    // Projected value for 2025 at the observed growth rate.
    expect(progress?.forecast?.projected).toBeCloseTo(87.1 * (87.1 / 86.8) ** 2, 2);
  });

  it("row 5.2: limited progress, by the formula", () => {
    const expected = expectedClass({ b: 2022, yb: 98.3, t: 2023, yt: 98.32, T: 2025, target: 98.5, better: "higher" });
    expect(expected.cls).toBe("limited_progress");
    expect(row(report, "5.2").checks.progress?.forecast?.class).toBe(expected.cls);
    // A forecast informs, never decides: the 2023 value meets the standard (#23).
    expect(row(report, "5.2").checks.progress?.verdict).toBe("PASS");
  });

  it("row 17: moving away, by the formula; shown, not deciding: the year's value decides", () => {
    const expected = expectedClass({ b: 2022, yb: 96.33, t: 2023, yt: 95, T: 2025, target: 97, better: "higher" });
    expect(expected.cls).toBe("moving_away");
    const progress = row(report, "17").checks.progress;
    expect(progress?.forecast?.class).toBe(expected.cls);
    expect(progress?.forecast?.ratio).toBeLessThan(0);
    expect(progress?.verdict).toBe("PASS");
    expect(progress?.reason).toMatch(/! 2025 target .*forecast \(informs, does not decide\): moving away/);
  });

  it("R1: the reference row's 2023 value misses the national ≥60, which is a WARN", () => {
    const expected = expectedClass({ b: 2022, yb: 33.3, t: 2023, yt: 35, T: 2025, target: 40, better: "higher" });
    const progress = row(report, "R1").checks.progress;
    expect(progress?.forecast?.class).toBe(expected.cls);
    expect(progress?.verdict).toBe("WARN");
  });

  it("row 1: a value that meets both the standard and the 2025 target passes", () => {
    expect(row(report, "1").checks.progress?.verdict).toBe("PASS");
  });

  it("the table shows the year's actual values", () => {
    const r = run(["--lang", "en", "--year", "2023", file]);
    expect(r.stdout).toMatch(/Actual 2023/);
    expect(r.stdout).toMatch(/│ 15\s.*87\.1/);
    // 15 passes in 2023 (its forecast informs only); as its forecast needs acceleration, the reasons
    // list it as a pass to act on. R1's reason shows its forecast.
    expect(r.stdout).toMatch(/✓ PASS\s+15 progress: .*acceleration needed/);
    expect(r.stdout).toMatch(/WARN\s+R1 progress: .*forecast \(informs, does not decide\): acceleration needed/);
  });

  it("without --year, the latest year with observed values (2026) is assessed", () => {
    const latest = json([]);
    expect(row(latest, "15").checks.progress?.reason).toMatch(/2026/);
  });

  it("--checks progress runs only the progress check", () => {
    const only = json(["--year", "2023", "--checks", "progress"]);
    for (const i of only.files[0]?.indicators ?? []) {
      expect(i.checks.baseline).toBeUndefined();
      expect(i.checks.near_term).toBeUndefined();
      expect(i.checks.long_term).toBeUndefined();
    }
    expect(row(only, "15").checks.progress?.forecast?.class).toBe("acceleration_needed");
  });
});

describe("annual self-assessment, --year 2026: after the near-term year, the long-term target applies", () => {
  const report = json(["--year", "2026"]);

  it("row 15 is forecast against the 2030 target of 90, and is on track by the formula", () => {
    const expected = expectedClass({ b: 2022, yb: 86.8, t: 2026, yt: 88.5, T: 2030, target: 90, better: "higher" });
    expect(expected.cls).toBe("on_track"); // RR ≈ 1.07
    const progress = row(report, "15").checks.progress;
    expect(progress?.forecast?.target_year).toBe(2030);
    expect(progress?.forecast?.target).toBe(90);
    expect(progress?.forecast?.class).toBe(expected.cls);
    expect(progress?.forecast?.ratio).toBeCloseTo(expected.rr ?? Number.NaN, 3);
    expect(progress?.verdict).toBe("PASS");
  });
});

describe("a year past the plan", () => {
  it("says so on standard error (not with --quiet): every value of that year is MISSING for a reason", () => {
    const r = run([SEED, "--year", "2035", "--lang", "en"]);
    expect(r.stderr).toMatch(/lingling-check: .*lingling\.yaml: --year 2035 is after the plan's last year, 2030/);
    expect(run([SEED, "--year", "2035", "--lang", "zh"]).stderr).toMatch(/--year 2035 晚于规划的最后一年 2030/);
    expect(run([SEED, "--year", "2035", "-q"]).stderr).toBe("");
    expect(run([SEED, "--year", "2030", "--lang", "en"]).stderr).toBe("");
    expect(run([SEED, "--year", "2019", "--lang", "en"]).stderr).toMatch(
      /--year 2019 is before the plan's base year, 2022/,
    );
  });
});

describe("the README's self-assessment example", () => {
  it("copies the seed first and records into the copy, never into the shipped seed", () => {
    const readme = read(join(SEED, "..", "..", "README.md"));
    const section = readme.slice(readme.indexOf("## The annual self-assessment"));
    const start = section.indexOf("```sh\n") + 6;
    const block = section.slice(start, section.indexOf("\n```", start)).split("\n");
    expect(block[0]).toMatch(/^cp seeds\/lingling\.yaml my-county\.yaml(\s|$)/);
    const commands = block.slice(1).filter((l) => l.startsWith("lingling-check "));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) {
      expect(line).not.toContain("seeds/");
      expect(line).toContain(" my-county.yaml");
    }
  });
});
