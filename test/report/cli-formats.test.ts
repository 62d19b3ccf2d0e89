/**
 * Several outputs per run, through the built binary (`npm run build` first): formats paired with
 * outputs in order, files written whole, standard output, several files and directories.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseJunit, type TestSuites } from "junit2json";
import { afterAll, describe, expect, it } from "vitest";
import { ANSI, FIXTURES, FIXTURE_PATH, type JsonReport } from "./shared.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "bin", "lingling-check.js");

const PASS = join(FIXTURES, "pass.yaml");
const WARN = join(FIXTURES, "warn.yaml");
const INCOMPLETE = join(FIXTURES, "incomplete.yaml");

function cli(args: readonly string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en" },
    cwd: ROOT,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return result;
}

const made: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), "lingling-check-report-"));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const STACK = /\n\s+at /;
const SUMMARY =
  /^(?:plan review|\d{4} assessment) — binding \d+: .* — reference \d+: .* — overall (PASS|WARN|INCOMPLETE|FAIL)$/;
const RUN_SUMMARY = /^(\d+) files: (.*) — overall (PASS|WARN|INCOMPLETE|FAIL)$/;

describe("several formats from one run", () => {
  it("writes json and junit whole to their files and the table to standard output, all agreeing", async () => {
    const dir = temp();
    const a = join(dir, "a.json");
    const b = join(dir, "b.xml");
    const r = cli(["-f", "json", "-o", a, "-f", "junit", "-o", b, "-f", "table", FIXTURE_PATH]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1); // the fixture has a failing binding check
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.xml"]); // no temporary files left behind

    const report = JSON.parse(readFileSync(a, "utf8")) as JsonReport;
    expect(report.format).toBe("lingling-check/v1");
    const fromJson = report.files.flatMap((f) =>
      f.indicators.flatMap((i) =>
        Object.entries(i.checks).map(([name, c]) => `${i.id} ${i.name} — ${name}: ${c.verdict}`),
      ),
    );

    const xml = readFileSync(b, "utf8");
    expect(xml.trimEnd().endsWith("</testsuites>")).toBe(true);
    const junit = (await parseJunit(xml)) as TestSuites;
    const fromJunit = (junit.testsuite ?? []).flatMap((s) =>
      (s.testcase ?? []).map((tc) => `${tc.name}: ${String(tc["system-out"]?.[0]).split("\n")[1]!.split(":")[0]}`),
    );
    expect(fromJunit).toEqual(fromJson);
    expect(fromJson.length).toBeGreaterThan(0);

    // the table on standard output: no JSON, no XML, and the same overall verdict
    expect(r.stdout.split("\n")[0]).toBe(`${FIXTURE_PATH} — 永州市零陵区`);
    expect(r.stdout).not.toContain('"format"');
    expect(r.stdout).not.toContain("<?xml");
    const summary = r.stdout.trimEnd().split("\n").at(-1) ?? "";
    expect(summary).toMatch(SUMMARY);
    expect(summary.endsWith(`overall ${report.files[0]?.overall}`)).toBe(true);
    expect(junit.testsuite?.[0]?.properties).toEqual([{ name: "overall", value: report.files[0]?.overall }]);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("writes CSV with a byte-order mark to a file, nothing to standard output", () => {
    const dir = temp();
    const x = join(dir, "x.csv");
    const r = cli(["-f", "csv", "--bom", "-o", x, FIXTURE_PATH]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const bytes = readFileSync(x);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.toString("utf8"), { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(records.length).toBeGreaterThan(0);
    expect(records.map((rec) => rec.name)).toContain('受污染耕地安全利用率, 含"重点"地块');
  });

  it("writes CSV without a byte-order mark unless asked", () => {
    const r = cli(["-f", "csv", FIXTURE_PATH]);
    expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
    expect(r.stdout.startsWith("file,region,id,")).toBe(true);
  });

  it("sends `-o -` to standard output", () => {
    const r = cli(["-f", "json", "-o", "-", FIXTURE_PATH]);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).format).toBe("lingling-check/v1");
  });

  it("sends `-o -` to standard output after a format written to a file", () => {
    const dir = temp();
    const a = join(dir, "a.json");
    const r = cli(["-f", "json", "-o", a, "-f", "csv", "-o", "-", FIXTURE_PATH]);
    expect(r.status).toBe(1);
    expect(existsSync(a)).toBe(true);
    expect(r.stdout.startsWith("file,region,id,")).toBe(true);
  });

  it("refuses the same file for two formats with status 2, writing nothing", () => {
    const dir = temp();
    const same = join(dir, "same.out");
    const r = cli(["-f", "json", "-o", same, "-f", "junit", "-o", same, FIXTURE_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(same);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("writes no file at all when one of the outputs cannot be written", () => {
    const dir = temp();
    const taken = join(dir, "taken.xml");
    writeFileSync(taken, "mine");
    const r = cli(["-f", "json", "-o", join(dir, "a.json"), "-f", "junit", "-o", taken, FIXTURE_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(taken);
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(dir)).toEqual(["taken.xml"]);
    expect(readFileSync(taken, "utf8")).toBe("mine");
  });
});

describe("several files and a directory", () => {
  /** A fresh directory holding copies of the given fixture files: the directory argument. */
  function regionDir(files: readonly string[]): string {
    const dir = temp();
    for (const f of files) copyFileSync(f, join(dir, f.split("/").at(-1)!));
    return dir;
  }

  it("prints a table per file, then a summary across files, and exits with the worst file's status", () => {
    const dir = regionDir([FIXTURE_PATH, PASS]);
    const r = cli([PASS, WARN, INCOMPLETE, dir]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    const last = lines.at(-1) ?? "";
    const m = RUN_SUMMARY.exec(last);
    expect(m, last).not.toBeNull();
    expect(m?.[1]).toBe("5");
    expect(m?.[2]).toBe("2 PASS · 1 WARN · 1 INCOMPLETE · 1 FAIL");
    expect(m?.[3]).toBe("FAIL");
    // each file's table and summary line, before the total
    const perFile = lines.filter((l) => SUMMARY.test(l));
    expect(perFile.map((l) => l.split("overall ")[1])).toEqual(["PASS", "WARN", "INCOMPLETE", "FAIL", "PASS"]);
    expect(lines.findLastIndex((l) => SUMMARY.test(l))).toBeLessThan(lines.length - 1);
    expect(lines.filter((l) => l.startsWith("┌"))).toHaveLength(5);
    expect(lines.findLastIndex((l) => l.startsWith("└"))).toBeLessThan(lines.length - 1);
  });

  it("exits 0 when the worst file warns, 1 when it is incomplete (0 with --allow-incomplete)", () => {
    const dir = regionDir([PASS]);
    const warn = cli([PASS, WARN, PASS, dir]);
    expect(warn.status).toBe(0);
    expect(warn.stdout.trimEnd().split("\n").at(-1)).toBe("4 files: 3 PASS · 1 WARN — overall WARN");
    expect(cli([PASS, WARN, INCOMPLETE, dir]).status).toBe(1);
    expect(cli(["--allow-incomplete", PASS, WARN, INCOMPLETE, dir]).status).toBe(0);
    expect(cli(["--fail-on", "warn", PASS, WARN, PASS, dir]).status).toBe(1);
  });

  it("with --quiet prints only each file's name and summary line, then the total", () => {
    const dir = regionDir([FIXTURE_PATH, PASS]);
    const r = cli(["--quiet", PASS, WARN, INCOMPLETE, dir]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n").filter((l) => l.trim() !== "");
    const titles = lines.filter((l) => / — 永州市/.test(l) && !SUMMARY.test(l) && !RUN_SUMMARY.test(l));
    const summaries = lines.filter((l) => SUMMARY.test(l));
    expect(summaries).toHaveLength(5);
    expect(titles).toHaveLength(5);
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toMatch(RUN_SUMMARY);
    expect(r.stdout).not.toMatch(/[┌│└]/);
    expect(r.stdout).not.toContain("Reasons");
  });

  it("keeps the JSON of several files in one document with a run summary", () => {
    const dir = regionDir([FIXTURE_PATH]);
    const r = cli(["-f", "json", PASS, WARN, INCOMPLETE, dir]);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => f.overall)).toEqual(["PASS", "WARN", "INCOMPLETE", "FAIL"]);
    expect(report.summary).toMatchObject({
      overall: "FAIL",
      files: 4,
      by_overall: { PASS: 1, WARN: 1, INCOMPLETE: 1, FAIL: 1 },
    });
    expect(r.status).toBe(1);
  });
});

describe("a pass behind pace reaches the human formats, as a reason", () => {
  it("PM2.5 下降18% by 2025, 50 → 47 in 2022: the table and markdown list it with its reason", () => {
    const dir = temp();
    const file = join(dir, "cum.yaml");
    writeFileSync(
      file,
      "region: {name: 测试县, level: county, zone: central, urban_district: false}\nplan: {base_year: 2020, long_term: 2025}\nindicators:\n  - {id: P, name: PM2.5浓度, unit: μg/m³, better: lower, standard: 下降18%, baseline: 50, actuals: {2022: 47}}\n",
    );
    const line =
      "P progress: 2022 against the standard (no plan target for this phase): 2022: 47μg/m³ is behind pace for 下降18% from 50μg/m³ in 2020, due in 2025: 6% of it done, 7.2% due by 2022 (needs ≤46.4μg/m³; the whole, ≤41μg/m³, is not due before 2025)";
    const table = cli([file]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain(`  ✓ PASS    ${line}\n`);
    expect(cli([file, "-f", "markdown"]).stdout).toContain(`- ✓ **PASS** ${line}\n`);
  });
});
