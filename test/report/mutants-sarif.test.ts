/**
 * SARIF 2.1.0 (src/report/sarif.ts) on a file a user could write, against literal values: the
 * rules in order with their help, a result per finding with its level (a notice is SARIF's note),
 * rule index, region and a fingerprint that stays when lines move, the invocation with the run's
 * summary and the unreadable files' notifications, and artifact URIs percent-encoded.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { RunAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadIndicatorFile } from "../../src/read.js";
import { type FormatOptions, loadFormatter } from "../../src/report/index.js";
import { artifactUri } from "../../src/report/sarif.js";
import { CI } from "./ciFixture.js";

function run(text: string): RunAssessment {
  const loaded = loadIndicatorFile(text, "ci.yaml");
  if (!loaded.ok) throw new Error(`does not load: ${JSON.stringify(loaded.errors)}`);
  return summarizeRun([assess(loaded.value)]);
}
const OPTIONS: FormatOptions = { lang: "en", color: false, quiet: false };
// biome-ignore lint/suspicious/noExplicitAny: a log read back is checked field by field
async function sarif(r: RunAssessment): Promise<any> {
  const text = await (await loadFormatter("sarif"))(r, OPTIONS);
  expect(text.endsWith("}\n")).toBe(true);
  return JSON.parse(text);
}
const FINGERPRINT = expect.stringMatching(/^[0-9a-f]{64}$/);

describe("SARIF", () => {
  it("one run: the rules in order, each with its help", async () => {
    const log = await sarif(run(CI));
    expect(log.version).toBe("2.1.0");
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe("lingling-check");
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "baseline",
      "near_term",
      "long_term",
      "progress",
      "override",
      "veto",
      "project.total-mismatch",
      "project.content-amount",
      "project.duplicate-content",
      "project.similar-content",
      "project.overdue",
      "project.late",
      "project.lagging",
      "project.overspent",
    ]);
    expect(driver.rules[0].shortDescription.text).toBe("Base-year value against the national standard");
    expect(driver.rules[0].help.text).toBe(driver.rules[0].fullDescription.text);
    expect(log.runs[0].artifacts).toBeUndefined();
  });

  it("a result per finding: level, message, rule and its index, region, fingerprint", async () => {
    const results = (await sarif(run(CI))).runs[0].results;
    expect(
      results.map((r: { ruleId: string; level: string; ruleIndex: number }) => [r.ruleId, r.level, r.ruleIndex]),
    ).toEqual([
      ["baseline", "note", 0],
      ["progress", "error", 3],
      ["baseline", "note", 0],
      ["progress", "error", 3],
      ["baseline", "note", 0],
      ["progress", "warning", 3],
      ["project.total-mismatch", "warning", 6],
      ["project.lagging", "warning", 12],
      ["veto", "note", 5],
      ["veto", "error", 5],
    ]);
    expect(results[1]).toEqual({
      level: "error",
      message: {
        text: "2 空气质量优良天数比例 — progress FAIL: 2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85",
      },
      ruleId: "progress",
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "ci.yaml" },
            region: { startLine: 12, startColumn: 5, endLine: 19, endColumn: 24 },
          },
        },
      ],
      ruleIndex: 3,
      partialFingerprints: { "lingling-check/v1": FINGERPRINT },
    });
    expect(results[9].locations[0].physicalLocation.region).toEqual({
      startLine: 39,
      startColumn: 5,
      endLine: 39,
      endColumn: 17,
    });
  });

  it("fingerprints: one per finding, the same when a line is added above", async () => {
    const prints = (log: { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> }) =>
      log.runs[0]!.results.map((r) => r.partialFingerprints["lingling-check/v1"]);
    const before = prints(await sarif(run(CI)));
    const moved = await sarif(run(`# 2024年度自评\n${CI}`));
    expect(prints(moved)).toEqual(before);
    expect(moved.runs[0].results[1].locations[0].physicalLocation.region.startLine).toBe(13);
    expect(new Set(before).size).toBe(10);
  });

  it("the invocation: successful, the run's overall and summary", async () => {
    expect((await sarif(run(CI))).runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [],
        properties: { overall: "FAIL", summary: "1 file: 1 FAIL — overall FAIL" },
      },
    ]);
  });

  it("no file read: not successful, no overall, a notification per error (its end where measured)", async () => {
    const broken = loadIndicatorFile("region: {name: 某县\nplan: [\n", "broken.yaml");
    if (broken.ok) throw new Error("broken.yaml loads");
    const log = await sarif({
      ...summarizeRun([]),
      unreadable: 2,
      inputErrors: [
        broken.errors[0]!,
        {
          file: "county.xlsx",
          line: 3,
          column: 2,
          code: "unknown-field",
          message: { id: "error.unknownField", data: { field: "颜色", known: "id, name" } },
        },
      ],
    });
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: "error",
            message: {
              text: "YAML syntax: wrong indentation: the keys of one level start in the same column, and a level below is indented further",
            },
            descriptor: { id: "yaml-syntax" },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: "broken.yaml" },
                  region: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 8 },
                },
              },
            ],
          },
          {
            level: "error",
            message: { text: "unknown field “颜色”; expected one of: id, name" },
            descriptor: { id: "unknown-field" },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: "county.xlsx" },
                  region: { startLine: 3, startColumn: 2 },
                },
              },
            ],
          },
        ],
        properties: { overall: null, summary: "2 files: 2 not checked (input errors above)" },
      },
    ]);
  });

  it("artifact URIs: each segment percent-encoded inside the folder, a file URL outside", () => {
    expect(artifactUri("ind/2024:final.yaml")).toBe("ind/2024%3Afinal.yaml");
    expect(artifactUri("#1 县.yaml")).toBe("%231%20%E5%8E%BF.yaml");
    expect(artifactUri("/tmp/a b.yaml")).toBe("file:///tmp/a%20b.yaml");
    expect(artifactUri("/tmp/a.yaml")).toBe("file:///tmp/a.yaml");
  });
});
