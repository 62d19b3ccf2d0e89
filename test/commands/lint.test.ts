/** `lingling-check lint` through the built binary: findings at line:column, CI formats, exit statuses. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const dir = tempDir("lint-");
const FILE = join(dir, "plan.yaml");
writeFileSync(
  FILE,
  `region: {name: 测试区, zone: central, urban_district: true}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "4"
    name: PM2.5
    standard: "≤35"
    baseline: 34
    near_term: "≤32"
    long_term: "≥40"
  - id: "15"
    name: 农膜回收率
    unit: "%"
    standard: "≥80"
    baseline: 85
    near_term: "≥80"
    long_term: "≥90"
`,
);
const WARN_ONLY = join(dir, "warn.yaml");
writeFileSync(
  WARN_ONLY,
  `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - {id: "15", name: x, standard: "≥80", baseline: 85, near_term: "≥80"}\n`,
);
const CLEAN = join(dir, "clean.yaml");
writeFileSync(
  CLEAN,
  `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - {id: "15", name: x, standard: "≥80", baseline: 85, near_term: "≥88"}\n`,
);

describe("lingling-check lint", () => {
  it("table: each finding at file:line:column, its severity and check; exit 1", () => {
    const r = cli(["lint", FILE]);
    expect(r.status).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      `${FILE}:9:16: error: 4: the long-term target “≥40” points the other way from the standard “≤35” [target-against-standard]`,
      `${FILE}:15:16: warning: 15: the near-term target “≥80” is below the row's baseline 85 (2022), and higher is better: a fall would meet it [target-below-baseline]`,
      "1 file: 1 error, 1 warning",
      "",
    ]);
  });
  it("warnings fail too; --fail-on error lets them pass", () => {
    expect(cli(["lint", WARN_ONLY]).status).toBe(1);
    expect(cli(["lint", "--fail-on", "error", WARN_ONLY]).status).toBe(0);
    expect(cli(["lint", "--fail-on", "error", FILE]).status).toBe(1);
  });
  it("a clean plan: exit 0", () => {
    const r = cli(["lint", CLEAN]);
    expect([r.status, r.stdout]).toEqual([0, "1 file: no findings\n"]);
  });
  it("a file that cannot be read (broken YAML, a broken rule) is not counted as having no findings: exit 2, each error located on standard error, the summary says it was not checked", () => {
    const broken = join(dir, "broken.yaml");
    writeFileSync(broken, "region: {name: x\n");
    const r = cli(["lint", CLEAN, broken]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("1 file: no findings — 1 not checked (input errors above)\n");
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      "region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - {id: 1, name: x, standard: '≥'}\n",
    );
    const rule = cli(["lint", bad, CLEAN]);
    expect(rule.status).toBe(2);
    expect(rule.stderr).toContain("bad.yaml:4:");
  });
  it("json", () => {
    const r = JSON.parse(cli(["lint", "-f", "json", FILE]).stdout);
    expect(r.format).toBe("lingling-check-lint/v1");
    expect(
      r.files[0].findings.map((f: { check: string; line: number; column: number; severity: string }) => [
        f.check,
        f.severity,
        f.line,
        f.column,
      ]),
    ).toEqual([
      ["target-against-standard", "error", 9, 16],
      ["target-below-baseline", "warning", 15, 16],
    ]);
    expect(r.summary).toEqual({ files: 1, errors: 1, warnings: 1 });
  });
  it("github: annotations at each finding, escaped", () => {
    const out = cli(["lint", "-f", "github", FILE]).stdout;
    expect(out).toContain(
      `::error file=${FILE},line=9,col=16,title=lingling-check lint[target-against-standard]::4%3A`.replace(
        "4%3A",
        "4: the long-term",
      ),
    );
    expect(out).toMatch(
      /^::warning file=.*,line=15,col=16,title=lingling-check lint\[target-below-baseline\]::15: the near-term target/m,
    );
  });
  it("zh", () => {
    expect(cli(["lint", "--lang", "zh", WARN_ONLY]).stdout).toContain(
      "警告: 15：近期目标“≥80”低于本行基准值 85（2022年）",
    );
  });
  it("the seed: exactly its real inconsistencies, each checked against the plan's text", () => {
    const r = JSON.parse(cli(["lint", "-f", "json", "seeds/lingling.yaml"], { cwd: process.cwd() }).stdout);
    // 表1 has none; 附表1: projects 4 (约8000 vs 7700) and 13 (2153 vs 2200) state other amounts in their
    // content; 19 repeats 17's content word for word; 31 is 29's content with one more facility.
    expect(
      r.files[0].findings.map((f: { check: string; line: number; message: string }) => [f.check, f.line, f.message]),
    ).toEqual([
      [
        "plan-consistency",
        444,
        "project 4: its content states 总投资约8000万元 (8000 万元), its investment column 7700 万元",
      ],
      [
        "plan-consistency",
        527,
        "project 13: its content states 总投资2153万元 (2153 万元), its investment column 2200 万元",
      ],
      ["plan-consistency", 582, "project 19: the same content as project 17"],
      ["plan-consistency", 691, "project 31: nearly the same content as project 29 (90% alike)"],
    ]);
  });
});
