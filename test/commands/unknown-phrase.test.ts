/**
 * One unknown phrase in one row no longer refuses the whole file (#23): the row's check is REVIEW
 * with the text quoted, the other rows are checked, the exit is the verdict's (not 2), and `lint`
 * points at the phrase's line. A malformed comparison is still an input error.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const dir = tempDir("unknown-phrase-");
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const HEAD = `region: {name: 测试区}\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n`;
const FILE = write(
  "plan.yaml",
  `${HEAD}  - {id: "1", name: 规划, standard: 制定实施, baseline: 已制定实施}
  - id: "17"
    name: 生态保护红线
    standard: 应划尽划
    baseline: 已划定
  - {id: "2", name: 优良天数比例, unit: "%", standard: "不得低于80", baseline: 85}
`,
);

describe("an unknown phrase in one row", () => {
  it("is REVIEW for that row, the other rows are judged, exit 1 (INCOMPLETE), not 2", () => {
    const r = cli(["-f", "json", FILE]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as {
      files: Array<{
        overall: string;
        indicators: Array<{ id: string; checks: { baseline?: { verdict: string; reason: string } } }>;
      }>;
    };
    const rows = Object.fromEntries(report.files[0]!.indicators.map((i) => [i.id, i.checks.baseline]));
    expect(report.files[0]!.overall).toBe("INCOMPLETE");
    expect(rows["1"]).toMatchObject({ verdict: "PASS" });
    expect(rows["2"]).toMatchObject({ verdict: "PASS" });
    expect(rows["17"]).toMatchObject({
      verdict: "REVIEW",
      reason: "“应划尽划” is a phrase the rule grammar does not read: a person must judge it",
    });
    expect(cli(["--allow-incomplete", FILE]).status).toBe(0);
  });

  it("lint names it at its line", () => {
    const r = cli(["lint", FILE]);
    expect(r.stdout).toContain(`${FILE}:7:15`);
    expect(r.stdout).toContain("17: standard “应划尽划” holds a phrase the grammar does not read");
    expect(r.status).not.toBe(2);
  });

  it("a malformed comparison stays an input error, located", () => {
    const bad = write("bad.yaml", `${HEAD}  - {id: "1", name: x, standard: "≥≥1", baseline: 2}\n`);
    const r = cli([bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:4:`);
  });
});
