/**
 * The JSON and CSV reports of a large file are written a thousand indicators at a time, never held
 * whole: what is written is still exactly JSON.stringify(report, null, 2) — JSON's own layout is
 * the oracle — for one file, for several, and for a file with fewer rows than a piece; and the CSV
 * reads back by csv-parse record for record.
 */
import { parse } from "csv-parse/sync";
import { parse as parseJunit } from "junit2json";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { read, removeTempDirs, run, tempDir } from "../cli/run.js";
import { writeRows } from "../support/rowsFile.js";

afterAll(removeTempDirs);

/** Rows n = 1…: "指标 n" in %, baseline (n - 1) mod 40 against ≥20 — rows 1…20 of every 40 fail. */
const rowsFile = (dir: string, name: string, rows: number) =>
  writeRows(
    dir,
    name,
    rows,
    (n) => `{id: ${n}, name: "指标 ${n}", unit: "%", standard: ≥20, baseline: ${(n - 1) % 40}}`,
    "某县",
  );

interface Report {
  files: Array<{ file: string; indicators: Array<{ id: string; verdict: string }> }>;
}

describe("the JSON report of a large file, written in pieces", () => {
  it.each([
    ["one file of 2,500 rows", [2500]],
    ["two files of 1,001 and 999 rows", [1001, 999]],
    ["one file of 3 rows", [3]],
  ])("%s: is JSON.stringify's own text, every row in order", (_, sizes) => {
    const dir = tempDir();
    const names = sizes.map((n, i) => rowsFile(dir, `f${i}.yaml`, n));
    const r = run([...names, "-f", "json", "-o", "out.json", "--exit-zero"], { cwd: dir });
    expect(r.stderr).toBe("");
    const text = read(join(dir, "out.json"));
    const report = JSON.parse(text) as Report;
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(report.files.map((f) => f.indicators.length)).toEqual(sizes);
    const first = report.files[0]!.indicators;
    expect(first.map((i) => i.id).slice(-2)).toEqual([String(sizes[0]! - 1), String(sizes[0])]);
    // Baselines 0…39 against ≥20: rows 1…20 fail, 21…40 pass.
    expect([first[0]!.verdict, first[sizes[0]! > 20 ? 20 : 0]!.verdict]).toEqual([
      "FAIL",
      sizes[0]! > 20 ? "PASS" : "FAIL",
    ]);
  });
});

describe("the CSV report of a large file, written in pieces", () => {
  it("reads back, by csv-parse, as a record per check in row order, with nothing between the pieces", () => {
    const dir = tempDir();
    rowsFile(dir, "big.yaml", 2500);
    const r = run(["big.yaml", "-f", "csv", "-o", "out.csv", "--lang", "en", "--exit-zero"], { cwd: dir });
    expect(r.stderr).toBe("");
    const records = parse(read(join(dir, "out.csv")), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(2500);
    expect(records.map((x) => x.id)).toEqual(Array.from({ length: 2500 }, (_, i) => String(i + 1)));
    expect(records[1000]).toMatchObject({ id: "1001", check: "baseline", verdict: "FAIL", line: "1004" });
  });
});

describe("the CI reports of a large file, written a thousand rows of findings at a time", () => {
  // Baselines 0…39 against ≥20: rows 1…20 of every 40 fail, 1,260 of 2,500.
  const failing = Array.from({ length: 2500 }, (_, i) => i).filter((i) => i % 40 < 20);
  const dir = tempDir();
  rowsFile(dir, "big.yaml", 2500);
  const report = (format: string) => {
    const r = run(["big.yaml", "-f", format, "--lang", "en", "--exit-zero"], { cwd: dir });
    expect(r.stderr).toBe("");
    return r.stdout;
  };

  it("SARIF: a result per failing row, in row order, the log whole", () => {
    const log = JSON.parse(report("sarif")) as {
      runs: Array<{
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
      }>;
    };
    const results = log.runs[0]!.results;
    expect(results.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual(failing.map((i) => i + 4));
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(["baseline"]));
  });

  it("GitLab Code Quality: an entry per failing row, in row order", () => {
    const entries = JSON.parse(report("gitlab")) as Array<{ location: { lines: { begin: number } } }>;
    expect(entries.map((e) => e.location.lines.begin)).toEqual(failing.map((i) => i + 4));
  });

  it("GitHub annotations: a line per failing row, then the run's notice", () => {
    const lines = report("github").trimEnd().split("\n");
    expect(lines).toHaveLength(failing.length + 1);
    expect(lines.slice(0, -1).map((l) => Number(/,line=(\d+),/.exec(l)?.[1]))).toEqual(failing.map((i) => i + 4));
    expect(lines.at(-1)).toMatch(/^::notice title=lingling-check::/);
  });
});

describe("the JUnit report of a large file, written a thousand rows of testcases at a time", () => {
  it("reads back, by junit2json, as one suite whose totals count its testcases, in row order", async () => {
    const dir = tempDir();
    rowsFile(dir, "big.yaml", 2500);
    const r = run(["big.yaml", "-f", "junit", "--lang", "en", "--exit-zero"], { cwd: dir });
    expect(r.stderr).toBe("");
    const parsed = await parseJunit(r.stdout);
    const suites = parsed && "testsuite" in parsed ? (parsed.testsuite ?? []) : [];
    expect(suites).toHaveLength(1);
    expect(suites[0]).toMatchObject({ tests: 2500, failures: 1260, errors: 0, skipped: 0 });
    const cases = suites[0]!.testcase ?? [];
    expect(cases.map((c) => c.classname)).toEqual(Array.from({ length: 2500 }, (_, i) => `big.yaml.${i + 1}`));
    expect(cases.filter((c) => c.failure).length).toBe(1260);
  });
});

describe("the Markdown report of a large file, written a thousand rows at a time", () => {
  it("has one table of every row in order, then every reason, then the summary", () => {
    const dir = tempDir();
    rowsFile(dir, "big.yaml", 2500);
    const r = run(["big.yaml", "-f", "markdown", "--lang", "en", "--exit-zero"], { cwd: dir });
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    const table = lines.filter((l) => l.startsWith("| "));
    expect(table).toHaveLength(2502);
    expect(table.slice(2).map((l) => l.split(" | ")[0])).toEqual(Array.from({ length: 2500 }, (_, i) => `| ${i + 1}`));
    const reasons = lines.filter((l) => l.startsWith("- ✗ **FAIL**"));
    expect(reasons).toHaveLength(1260);
    // Nothing between the pieces: the table's lines follow each other, the reasons too.
    expect(lines.indexOf(table.at(-1)!) - lines.indexOf(table[0]!)).toBe(2501);
    expect(lines.indexOf(reasons.at(-1)!) - lines.indexOf(reasons[0]!)).toBe(1259);
    expect(lines.at(-2)).toBe(
      "**plan review — binding 2500: 1240 pass · 1260 fail — reference 0: none — overall FAIL**",
    );
  });
});
