/**
 * Years and amounts are bounded where they are read, so nothing after them can grow without end:
 * a period of ten thousand years, a sum past Number.MAX_VALUE (written by JSON as null).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const HEAD =
  'region: {name: 测试区}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: n, standard: "≥20", baseline: 25}\n';

function file(body: string): string {
  const path = join(tempDir(), "bounds.yaml");
  writeFileSync(path, HEAD + body);
  return path;
}

describe("years from 1949 to 2100 everywhere", () => {
  it.each([
    ['"0000-9999"', 7, 59],
    ["1948-2023", 7, 59],
    ["2023-2101", 7, 59],
  ])("a project's period %s is refused at its place, saying which years", (period, line, column) => {
    const path = file(`projects:\n  items:\n    - {id: 1, name: a, investment: 100, kind: 新建, period: ${period}}\n`);
    const r = run([path]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${path}:${line}:${column}: error[invalid-value]: “period”: expected the years of the period, from 1949 to 2100`,
    );
    expect(r.stdout).toBe("");
  });

  it("a review's year is a year", () => {
    const path = join(tempDir(), "bounds.yaml");
    writeFileSync(
      path,
      'region: {name: 测试区}\nplan: {base_year: 2022}\nindicators:\n  - id: "1"\n    name: n\n    standard: 建立\n    baseline: 已建立\n    review: {verdict: pass, by: 张三, year: 20240}\n',
    );
    const r = run([path, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /bounds\.yaml:8:\d+: error\[invalid-value\]: .*expected a year from 1949 to 2100; found 20240/,
    );
  });

  it("--compare-year names itself when it is not a year", () => {
    const r = run([SEED, "--year", "2023", "--compare-year", "1900", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--compare-year expects a year from 1949 to 2100; found 1900");
  });
});

describe("amounts finite and bounded, so their sums are", () => {
  it("two investments of 1.7e308 万元 are refused at each, not summed to Infinity", () => {
    const path = file(
      "projects:\n  items:\n    - {id: 1, name: a, investment: 1.7e308, period: 2023-2024}\n    - {id: 2, name: b, investment: 1.7e308, period: 2023-2024}\n",
    );
    const r = run([path, "-f", "json", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${path}:7:36: error[invalid-value]: “investment”: expected an amount in 万元, from 0 to below 1,000,000,000,000; found "1.7e308"`,
    );
    expect(r.stderr).toContain(`${path}:8:36: error[invalid-value]`);
  });

  it.each([
    ["stated_total: 1000000000000\n  items: []", 6, 17],
    ["items:\n    - {id: 1, name: a, investment: 100, period: 2023-2024, progress: {2023: {invested: 1e12}}}", 7, 88],
  ])("%s is refused: 10¹² 万元 is past the bound", (body, line, column) => {
    const path = file(`projects:\n  ${body}\n`);
    const r = run([path, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}:${line}:${column}: error[invalid-value]`);
    expect(r.stderr).toContain("from 0 to below 1,000,000,000,000");
  });

  it("the largest amounts allowed add up to finite numbers in JSON, never null", () => {
    const items = Array.from(
      { length: 3 },
      (_, i) => `    - {id: ${i + 1}, name: p${i + 1}, investment: 999999999999, period: 2023-2024}`,
    ).join("\n");
    const r = run([file(`projects:\n  items:\n${items}\n`), "-f", "json"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toContain("null");
    const report = JSON.parse(r.stdout) as {
      files: Array<{ projects: { consistency: { sum: number } } }>;
      summary: { projects: { investment: number } };
    };
    expect(report.files[0]!.projects.consistency.sum).toBe(2999999999997);
    expect(report.summary.projects.investment).toBe(2999999999997);
  });
});
