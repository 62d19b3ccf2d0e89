import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sparkline } from "../../src/report/sparkline.js";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

function recorded(): string {
  const file = join(tempDir("history-"), "lingling.yaml");
  copyFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), file);
  expect(cli(["record", file, "--year", "2023", "--set", "15=87", "--set", "1=26", "--set", "R1=36"]).status).toBe(0);
  expect(cli(["record", file, "--year", "2024", "--set", "15=84", "--set", "1=26.5", "--set", "R1=38"]).status).toBe(0);
  return file;
}

describe("history", () => {
  it("shows each year's value and verdict, the trend and the forecast", () => {
    const out = cli(["history", recorded()]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/│ 2022\s+│ 2023\s+│ 2024\s+│ Trend, with history\s+│ Forecast/);
    // 15: 86.8 → 87 → 84 against ≥85: the 2024 value fails the standard
    expect(out.stdout).toMatch(/│ 15 .*✓ 86\.8 .*✓ 87 .*✗ 84 /);
    expect(out.stdout).toMatch(/│ 7\.1 .*█▁▄/); // 50.76, 50.43, 50.58
  });

  it("as JSON: series, verdicts by year and the forecast", () => {
    const json = JSON.parse(cli(["history", "-f", "json", recorded()]).stdout) as {
      files: Array<{
        years: number[];
        indicators: Array<{
          id: string;
          series: Record<string, number>;
          verdicts: Record<string, { verdict: string }>;
          forecast?: { class: string };
        }>;
      }>;
    };
    const f = json.files[0]!;
    expect(f.years).toEqual([2022, 2023, 2024]);
    const r15 = f.indicators.find((i) => i.id === "15")!;
    expect(r15.series).toEqual({ 2022: 86.8, 2023: 87, 2024: 84 });
    expect(r15.verdicts["2024"]!.verdict).toBe("FAIL");
    expect(r15.forecast!.class).toBe("moving_away");
  });
});

describe("--compare-year", () => {
  it("lists what changed: newly failing, forecast classes", () => {
    const out = cli(["--compare-year", "2023", "--lang", "en", recorded()]).stdout;
    expect(out).toContain("Changes from 2023 to 2024:");
    expect(out).toMatch(/newly failing: 15 农膜回收率 \(PASS, limited progress → FAIL, moving away\)/);
    const json = JSON.parse(cli(["-f", "json", "--compare-year", "2023", recorded()]).stdout) as {
      files: Array<{ changes: { from_year: number; items: Array<{ id: string; kind: string }> } }>;
    };
    expect(json.files[0]!.changes.from_year).toBe(2023);
    expect(json.files[0]!.changes.items).toContainEqual(expect.objectContaining({ id: "15", kind: "newly_failing" }));
  });

  it("under --lang zh, a side's verdict and forecast are joined as Chinese text joins them (，), not with an ASCII comma", () => {
    const out = cli(["--compare-year", "2023", "--lang", "zh", recorded()]).stdout;
    expect(out).toContain("  新增未达标：15 农膜回收率（达标，进展有限 → 未达标，背离目标）\n");
    expect(out).not.toMatch(/（[^）\n]*, /);
  });

  it("from the base year, a forecast that is merely new is not a change of forecast", () => {
    const json = JSON.parse(cli(["-f", "json", "--compare-year", "2022", recorded()]).stdout) as {
      files: Array<{ changes: { items: Array<{ kind: string; from: { forecast?: string } }> } }>;
    };
    const forecastChanges = json.files[0]!.changes.items.filter((c) => c.kind === "forecast_changed");
    expect(forecastChanges.every((c) => c.from.forecast !== undefined)).toBe(true);
  });
});

describe("sparkline", () => {
  it.each([
    [[1, 2, 3], "▁▅█"],
    [[1, 8], "▁█"],
    [[5, 5], "▄▄"],
    [[3, undefined, 1], "█ ▁"],
    [[], ""],
  ] as const)("%j → %s", (values, expected) => expect(sparkline(values)).toBe(expected));
});

describe("--compare-year must be earlier", () => {
  it.each([["2025"], ["2024"]])("--compare-year %s against the latest year 2024 is an error", (year) => {
    const r = cli(["--compare-year", year, recorded()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--compare-year ${year} must be earlier than the year assessed (2024)`);
  });

  it("the year assessed is the file's latest: the error is at the row that records it, and says no later year is recorded", () => {
    const file = recorded();
    const en = cli(["--compare-year", "2024", file, "--lang", "en"]);
    expect(en.status).toBe(2);
    // Row 1 (line 20) is the first to hold a 2024 value.
    expect(en.stderr).toBe(
      `${file}:20:5: error[compare-year]: --compare-year 2024 must be earlier than the year assessed (2024): no year after 2024 has observed values recorded (lingling-check record adds a year's values)\n`,
    );
    const zh = cli(["--compare-year", "2024", file, "--lang", "zh"]);
    expect(zh.stderr).toBe(
      `${file}:20:5: error[compare-year]: --compare-year 2024 应早于评估年份 2024：2024 年之后尚未记录任何年份的实测值（可用 lingling-check record 记录）\n`,
    );
  });

  it("--year with --assess plan is a usage error: a plan review judges no year, and the year would go unread", () => {
    const r = cli(["--assess", "plan", "--year", "2023", recorded(), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: --year 2023 asks for a year assessment; --assess plan reviews the plan (its base year and targets), which has no year: give one of them\n",
    );
    const zh = cli(["--assess", "plan", "--year", "2023", recorded(), "--lang", "zh"]);
    expect(zh.stderr).toBe(
      "lingling-check: --year 2023 要求评估某一年；--assess plan 审查规划（基准年与目标），不针对某一年：请只给出其中之一\n",
    );
  });

  it("--compare-year with --assess plan is a usage error: a plan review has no year to compare", () => {
    const r = cli(["--assess", "plan", "--compare-year", "2022", recorded(), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: --compare-year 2022 compares a year assessment with an earlier year; --assess plan reviews the plan, which has no year: give one of them\n",
    );
  });

  it("--year 2023 --compare-year 2024 is a usage error", () => {
    expect(cli(["--year", "2023", "--compare-year", "2024", recorded()]).status).toBe(2);
  });
});

describe("history with a broken file among good ones", () => {
  it("shows the good files, reports the broken one located, exits 2, and writes no -o file", () => {
    const dir = tempDir("history-");
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "region: {name: x}\nplan: {base_year: twenty}\nindicators: []\n");
    const r = cli(["history", broken, recorded(), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:2:\d+: error/);
    expect(r.stdout).toMatch(/永州市零陵区/);
    const out = join(dir, "history.txt");
    const o = cli(["history", broken, recorded(), "-o", out, "--lang", "en"]);
    expect(o.status).toBe(2);
    expect(o.stderr).toContain(`not written, because of the input errors above: ${out}`);
    expect(existsSync(out)).toBe(false);
  });
});

describe("history -o", () => {
  it("never replaces a file it reads, even with --force, however it is named", () => {
    const dir = tempDir("history-");
    const file = join(dir, "region.yaml");
    copyFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), file);
    const before = readFileSync(file, "utf8");
    const r = cli(["history", dir, "-o", file, "--force", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/would replace the input/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});

describe("file errors in words", () => {
  it("a missing input file", () => {
    expect(cli(["/nonexistent/region.yaml"]).stderr).toBe(
      "/nonexistent/region.yaml:1:1: error[read-error]: cannot read /nonexistent/region.yaml: no such file or folder\n",
    );
  });
});
