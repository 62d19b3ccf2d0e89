/**
 * Every finding and input error says where it ends as well as where it starts, in each format a CI
 * system reads: the row's or the value's extent, columns 1-based, the end column the one after the
 * last character (SARIF 2.1.0 §3.30.7-8). The expected places are counted by hand in the texts below.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Extents } from "../../src/load/positions.js";
import { removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

// Row 8 (lines 8-13) FAILs its baseline; a comment after its last value and after the row is not part of it.
const FAILING = `region:
  name: 测试区
plan:
  base_year: 2022
  near_term: 2025
  long_term: 2030
indicators:
  - id: "8"
    name: 受污染耕地安全利用率
    unit: "%"
    binding: true
    standard: "≥93"
    baseline: 90.2   # below the standard
    # a comment after the row

  - id: "1"
    name: 生态文明建设工作占党政实绩考核的比例
    unit: "%"
    binding: true
    standard: "≥20"
    baseline: 25.5
`;

// An unknown field: the error is at its key, and covers the key and its value (line 9, columns 5-15).
const UNKNOWN = `region:
  name: 测试区
plan:
  base_year: 2022
indicators:
  - id: "1"
    name: 比例
    standard: "≥20"
    bogus: 百分比
    baseline: 25
`;

const dir = tempDir();
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const failing = file("failing.yaml", FAILING);
const unknown = file("unknown.yaml", UNKNOWN);
const check = (...args: string[]) => run(args, { cwd: dir });

describe("a finding's extent: its row, from its first key to the end of its last value", () => {
  it("-f github: lines only, since GitHub takes columns on one line only", () => {
    const out = check(failing, "-f", "github").stdout;
    expect(out).toMatch(
      /^::error file=failing\.yaml,line=8,endLine=13,title=8 受污染耕地安全利用率 — baseline FAIL::/m,
    );
  });

  it("-f sarif: the region with its end column after the last character", () => {
    const log = JSON.parse(check(failing, "-f", "sarif").stdout);
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "baseline");
    expect(result.locations[0].physicalLocation.region).toEqual({
      startLine: 8,
      startColumn: 5,
      endLine: 13,
      endColumn: 19,
    });
  });

  it("-f gitlab: lines.begin and lines.end", () => {
    const issues = JSON.parse(check(failing, "-f", "gitlab").stdout);
    const baseline = issues.find((i: { check_name: string }) => i.check_name === "lingling-check/baseline");
    expect(baseline.location).toEqual({ path: "failing.yaml", lines: { begin: 8, end: 13 } });
  });
});

describe("an input error's extent", () => {
  it("-f json: endLine and endColumn beside line and column", () => {
    const r = check(unknown, "-f", "json");
    expect(r.status).toBe(2);
    const [error] = JSON.parse(r.stdout).errors;
    expect(error).toMatchObject({ file: "unknown.yaml", line: 9, column: 5, endLine: 9, endColumn: 15 });
  });

  it("-f github: one line, so with its columns", () => {
    expect(check(unknown, "-f", "github").stdout).toMatch(
      /^::error file=unknown\.yaml,line=9,col=5,endLine=9,endColumn=15,title=lingling-check error\[unknown-field\]::/m,
    );
  });

  it("-f sarif: the notification's region", () => {
    const log = JSON.parse(check(unknown, "-f", "sarif").stdout);
    const [notification] = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notification.locations[0].physicalLocation.region).toEqual({
      startLine: 9,
      startColumn: 5,
      endLine: 9,
      endColumn: 15,
    });
  });

  it("a YAML syntax error: the rest of its line, where the text cannot be read further", () => {
    const broken = file("broken.yaml", 'region:\n  name: "测试区\nplan:\n  base_year: 2022\n');
    const [error] = JSON.parse(check(broken, "-f", "json").stdout).errors;
    expect(error).toMatchObject({ code: "yaml-syntax", line: 2, column: 9, endLine: 2, endColumn: 13 });
  });
});

describe("Extents, measured in the text", () => {
  it("a value over thousands of lines is given as its first line, never parsed whole again", () => {
    const text = `region:\n  name: x\nlist: [\n${"        1,\n".repeat(2500)}        2]\n`;
    expect(new Extents(() => text).at(3, 7)).toEqual({ line: 3, column: 7, endLine: 3, endColumn: 8 });
    // One of a few lines is measured to its end.
    const short = `list: [1,\n         2]  # done\n`;
    expect(new Extents(() => short).at(1, 7)).toEqual({ line: 1, column: 7, endLine: 2, endColumn: 12 });
  });
});
