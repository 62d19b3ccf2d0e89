/**
 * A file's sheet data (src/report/sheetData.ts), what the workbook and the Word chapter are laid out
 * from, on small files a user could write: values as numbers or their text, the targets' text, each
 * check's mark and word, the forecast in words, and the reasons — every check that needs attention,
 * and the basic conditions not met or stated for a year not yet assessed. Every expectation is
 * written out here.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { loadIndicatorFile } from "../../src/read.js";
import { sheetFile } from "../../src/report/sheetData.js";

const COUNTY = `region: {name: 测试县, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: "2", name: 河长制, standard: 建立, baseline: 已建立, actuals: {2024: 已建立}, near_term: 建立, long_term: 建立}
  - {id: "15", name: 农膜回收率, unit: "%", better: higher, standard: "≥85", baseline: 80.1, actuals: {2023: 81.3, 2024: 82.2}, near_term: "≥88", long_term: "≥90"}
  - {id: "16", name: 自定义, unit: "%", standard: "≥10", baseline: 5}
vetoes:
  2023: {生态破坏事件: 发生, 环境信访: 未发生}
  2024: {重特大突发环境事件: 发生, 生态环境损害: 未发生}
  2025: {中央生态环境保护督察问题整改: 已完成}
`;

/** A district with a base year only, one row, key projects. */
const DISTRICT = `region: {name: 某区, zone: east}
plan: {base_year: 2023}
indicators:
  - {id: "7", name: 森林覆盖率, unit: "%", standard: "≥60", baseline: 61.25, actuals: {2024: 62}}
projects:
  items:
    - {id: 1, name: 甲工程, domain: 生态安全, kind: 新建, investment: 100, period: "2023-2030", lead: [区水利局], progress: {2024: {invested: 60, status: 在建}}}
`;

function assessed(text: string, options: { year: number } | { mode: "plan" }): FileAssessment {
  const loaded = loadIndicatorFile(text, "county.yaml");
  if (!loaded.ok) throw new Error(`fixture does not load: ${JSON.stringify(loaded.errors)}`);
  return assess(loaded.value, options);
}

const NONE = { total: 0, PASS: 0, FAIL: 0, WARN: 0, "N/A": 0, MISSING: 0, REVIEW: 0 };
const OWN = "The list of conditions is the file's own \\(the official list was not found\\)\\.";

describe("a year's sheet data, --lang en", () => {
  // Made in each test, not while the tests are collected: a mutation test activates its mutant per test.
  const year = () => sheetFile(assessed(COUNTY, { year: 2024 }), "en");

  it("names the file, the question and its years, the overall verdict and the counts", () => {
    const { rows: _rows, reasons: _reasons, ...head } = year();
    expect(head).toEqual({
      kind: "file",
      file: "county.yaml",
      region: "测试县",
      mode: "2024 assessment",
      year: 2024,
      baseYear: 2022,
      nearYear: 2025,
      longYear: 2030,
      overall: "FAIL",
      overallLabel: "FAIL",
      binding: { total: 3, PASS: 1, FAIL: 1, WARN: 0, "N/A": 0, MISSING: 1, REVIEW: 0 },
      reference: NONE,
      withActual: true,
      checkNames: ["baseline", "near_term", "long_term", "progress"],
    });
  });

  it("keeps a number a number and a word its text, each check as its mark and word, the forecast in words", () => {
    expect(year().rows).toEqual([
      {
        id: "2",
        name: "河长制",
        unit: "",
        standard: "建立",
        binding: true,
        baseline: "已建立",
        nearTerm: "建立",
        longTerm: "建立",
        actual: "已建立",
        checks: {
          baseline: { verdict: "PASS", label: "✓ pass" },
          near_term: { verdict: "PASS", label: "✓ pass" },
          long_term: { verdict: "PASS", label: "✓ pass" },
          progress: { verdict: "PASS", label: "✓ pass" },
        },
        forecast: "",
      },
      {
        id: "15",
        name: "农膜回收率",
        unit: "%",
        standard: "≥85",
        binding: true,
        baseline: 80.1,
        nearTerm: "≥88",
        longTerm: "≥90",
        actual: 82.2,
        checks: {
          baseline: { verdict: "FAIL", label: "✗ fail" },
          near_term: { verdict: "PASS", label: "✓ pass" },
          long_term: { verdict: "PASS", label: "✓ pass" },
          progress: { verdict: "FAIL", label: "✗ fail" },
        },
        // The trend through 80.1, 81.3, 82.2 reaches 83.27 in 2025: at the row's one decimal, 83.3.
        forecast: "limited progress → 83.3 (2025)",
      },
      {
        id: "16",
        name: "自定义",
        unit: "%",
        standard: "≥10",
        binding: true,
        baseline: 5,
        nearTerm: "",
        longTerm: "",
        actual: "",
        checks: {
          baseline: { verdict: "FAIL", label: "✗ fail" },
          progress: { verdict: "MISSING", label: "? missing" },
        },
        forecast: "",
      },
    ]);
  });

  it("lists each check that needs attention, then the basic conditions not met or not yet assessed", () => {
    const sheet = year();
    expect(sheet.reasons.map((r) => [r.id, r.name, r.check, r.verdict])).toEqual([
      ["15", "农膜回收率", "baseline (shown, not deciding)", "FAIL"],
      ["15", "农膜回收率", "progress", "FAIL"],
      ["16", "自定义", "baseline (shown, not deciding)", "FAIL"],
      ["16", "自定义", "progress", "MISSING"],
      ["", "生态破坏事件", "basic condition", "FAIL"],
      ["", "重特大突发环境事件", "basic condition", "FAIL"],
      ["", "中央生态环境保护督察问题整改", "basic condition", "PASS"],
    ]);
    const why = sheet.reasons.map((r) => r.reason);
    expect(why[0]).toBe("2022: 80.1% does not meet ≥85");
    expect(why[1]).toMatch(/^2024 against the standard: ✗ 2024: 82\.2% does not meet ≥85; /);
    expect(why[3]).toBe("no value for 2024");
    expect(why[5]).toMatch(
      new RegExp(`^2024 重特大突发环境事件: 发生, not met: the year FAILs whatever the indicators say\\. ${OWN}$`),
    );
    expect(why[6]).toMatch(
      new RegExp(`^2025 中央生态环境保护督察问题整改: 已完成, stated for 2025, not yet assessed\\. ${OWN}$`),
    );
  });
});

describe("a plan review's sheet data, --lang zh", () => {
  it("has no year, no values of a year and no progress column", () => {
    const sheet = sheetFile(assessed(COUNTY, { mode: "plan" }), "zh");
    expect([sheet.mode, sheet.year, sheet.withActual, sheet.checkNames]).toEqual([
      "规划评审",
      "",
      false,
      ["baseline", "near_term", "long_term"],
    ]);
    expect(sheet.rows.map((r) => [r.id, r.actual, r.forecast, r.checks])).toEqual([
      [
        "2",
        "",
        "",
        {
          baseline: { verdict: "PASS", label: "✓ 达标" },
          near_term: { verdict: "PASS", label: "✓ 达标" },
          long_term: { verdict: "PASS", label: "✓ 达标" },
        },
      ],
      [
        "15",
        "",
        "",
        {
          baseline: { verdict: "FAIL", label: "✗ 未达标" },
          near_term: { verdict: "PASS", label: "✓ 达标" },
          long_term: { verdict: "PASS", label: "✓ 达标" },
        },
      ],
      ["16", "", "", { baseline: { verdict: "FAIL", label: "✗ 未达标" } }],
    ]);
    expect(sheet.reasons.map((r) => [r.id, r.check, r.verdict])).toEqual([
      ["15", "基准值", "FAIL"],
      ["16", "基准值", "FAIL"],
      ["", "基本条件", "FAIL"],
      ["", "基本条件", "FAIL"],
      ["", "基本条件", "PASS"],
    ]);
    expect(sheet.projects).toBeUndefined();
    expect("projects" in sheet).toBe(false);
  });
});

describe("a district with a base year only, and key projects", () => {
  const district = () => sheetFile(assessed(DISTRICT, { year: 2024 }), "zh");

  it("leaves the targets' years empty, and every condition met means no reasons", () => {
    const { projects: _projects, ...rest } = district();
    expect(rest).toEqual({
      kind: "file",
      file: "county.yaml",
      region: "某区",
      mode: "2024年度评估",
      year: 2024,
      baseYear: 2023,
      nearYear: "",
      longYear: "",
      overall: "PASS",
      overallLabel: "达标",
      binding: { total: 1, PASS: 1, FAIL: 0, WARN: 0, "N/A": 0, MISSING: 0, REVIEW: 0 },
      reference: NONE,
      withActual: true,
      checkNames: ["baseline", "progress"],
      rows: [
        {
          id: "7",
          name: "森林覆盖率",
          unit: "%",
          standard: "≥60",
          binding: true,
          baseline: 61.25,
          nearTerm: "",
          longTerm: "",
          actual: 62,
          checks: {
            baseline: { verdict: "PASS", label: "✓ 达标" },
            progress: { verdict: "PASS", label: "✓ 达标" },
          },
          forecast: "",
        },
      ],
      reasons: [],
    });
  });

  it("carries the key projects' sheet", () => {
    const sheet = district();
    expect(sheet.projects?.title).toBe("重点工程（附表1） 某区");
    expect(sheet.projects?.verdicts).toEqual(["PASS", ""]);
  });
});

describe("a forecast whose projection overflowed", () => {
  it("names the class alone", () => {
    const f = assessed(COUNTY, { year: 2024 });
    const row = f.indicators[1]!;
    const progress = row.checks.progress!;
    const forecast = { ...progress.forecast!, class: "moving_away" as const, projected: null };
    const changed: FileAssessment = {
      ...f,
      indicators: [{ ...row, checks: { ...row.checks, progress: { ...progress, forecast } } }],
    };
    expect(sheetFile(changed, "en").rows[0]!.forecast).toBe("moving away");
    expect(sheetFile(changed, "zh").rows[0]!.forecast).toBe("背离目标");
  });
});
