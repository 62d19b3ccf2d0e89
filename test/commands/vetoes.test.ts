/** Basic conditions (否决项) through the built binary: every format names them; one not met fails the year. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const dir = tempDir("vetoes-");
const FILE = join(dir, "v.yaml");
const TEXT = `region: {name: 测试区, zone: central, urban_district: true}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: "1", name: 考核比例, unit: "%", standard: "≥20", baseline: 25.5, near_term: "≥25.5", long_term: "≥25.5", actuals: {2024: 26}}
vetoes:
  2024:
    重特大突发环境事件: 发生
    中央生态环境保护督察问题整改: 已完成
`;
writeFileSync(FILE, TEXT);
const run = (...args: string[]) => cli([FILE, ...args]);

describe("vetoes in every format", () => {
  it("table: the year FAILs, the condition is named, and the list is the file's own; exit 1", () => {
    const r = run("-f", "table");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("2024 重特大突发环境事件: 发生, not met: the year FAILs");
    expect(r.stdout).toContain("the official list was not found");
    expect(r.stdout).toMatch(/overall FAIL/);
  });
  it("a met list leaves the verdict to the indicators", () => {
    const met = join(dir, "met.yaml");
    writeFileSync(met, TEXT.replace("发生\n", "未发生\n"));
    expect(cli([met]).status).toBe(0);
  });
  it("plan review: shown, not deciding", () => {
    const r = run("--assess", "plan");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("shown, not deciding");
  });
  it("JSON: vetoes with each condition, its line, and who listed them", () => {
    const f = JSON.parse(run("-f", "json").stdout).files[0];
    expect(f.overall).toBe("FAIL");
    expect(f.vetoes).toMatchObject({ year: 2024, decides: true, list: "file", failed: ["重特大突发环境事件"] });
    expect(f.vetoes.conditions).toEqual([
      expect.objectContaining({
        condition: "重特大突发环境事件",
        stated: "发生",
        met: false,
        verdict: "FAIL",
        line: 7,
        column: 5,
      }),
      expect.objectContaining({ condition: "中央生态环境保护督察问题整改", met: true, verdict: "PASS", line: 8 }),
    ]);
  });
  it("JUnit: a testcase per condition, the unmet one a failure", () => {
    const xml = run("-f", "junit").stdout;
    const cases = [
      ...xml.matchAll(
        // Its place is the first line of its <system-out>: file:line:column.
        /<testcase classname="[^"]*vetoes\.2024" name="([^"]*)">([\s\S]*?)<system-out>[^\n]*:(\d+):5\n[\s\S]*?<\/testcase>/g,
      ),
    ];
    expect(cases.map((c) => [c[1], c[3], c[2]!.includes("<failure")])).toEqual([
      ["basic condition 2024 重特大突发环境事件", "7", true],
      ["basic condition 2024 中央生态环境保护督察问题整改", "8", false],
    ]);
    expect(xml).toMatch(/tests="6" failures="1"/);
  });
  it("github: an error annotation at the condition's line", () => {
    const out = run("-f", "github").stdout;
    expect(out).toMatch(
      new RegExp(
        `^::error file=${FILE.replace(/[/.]/g, "\\$&")},line=7,col=5,endLine=7,endColumn=18,title=basic condition 2024 重特大突发环境事件 — FAIL::.*official list was not found`,
        "m",
      ),
    );
    expect(out).not.toContain("督察问题整改");
  });
  it("csv: a record per condition", () => {
    const rows = parse(run("-f", "csv").stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((r) => r.section === "veto").map((r) => [r.check, r.name, r.verdict, r.year, r.line])).toEqual([
      ["veto", "重特大突发环境事件", "FAIL", "2024", "7"],
      ["veto", "中央生态环境保护督察问题整改", "PASS", "2024", "8"],
    ]);
  });
  it("markdown and html name the condition", () => {
    expect(run("-f", "markdown").stdout).toContain("- ✗ 2024 重特大突发环境事件: 发生, not met");
    const html = join(dir, "r.html");
    run("-f", "html", "-o", html);
    expect(readFileSync(html, "utf8")).toContain(
      "<li>✗ 2024 重特大突发环境事件: 发生, not met: the year FAILs whatever the indicators say</li>",
    );
  });
  it("zh: in Chinese", () => {
    expect(run("--lang", "zh").stdout).toContain("2024年 重特大突发环境事件：发生，不满足");
  });
  it("a value that says neither is an input error at its line: exit 2", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, TEXT.replace("发生\n", "待查\n"));
    const r = cli([bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("bad.yaml:7:16: error[invalid-veto]");
  });
});
