/**
 * The JSON report (`lingling-check/v1`, docs/report-v1.schema.json) on files a user could write,
 * against literal values: a year assessment's year, completeness and gaps, a progress check's
 * forecasts (held at 100 %), the changes since another year, a row that overrides its edition, the
 * files that could not be read, and the text itself, which is exactly `JSON.stringify(report,
 * null, 2)` and a line break however it is written in pieces. No expectation is built with the
 * code's own helpers.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment, RunAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import type { Lang } from "../../src/i18n/lang.js";
import type { InputError } from "../../src/load/errors.js";
import { loadIndicatorFile } from "../../src/read.js";
import { loadFormatter } from "../../src/report/index.js";

/** A share near 100 % growing fast: its projections toward both targets are held at 100. */
const SEWAGE = `region: {name: 某县, code: "431102", level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "1"
    name: 城市生活污水集中收集率
    unit: "%"
    binding: true
    better: higher
    standard: "≥70"
    baseline: 90
    near_term: "≥99.5"
    long_term: "≥99.8"
    actuals: {2023: 99}
  - id: "2"
    name: 空气质量优良天数比例
    unit: "%"
    binding: true
    better: higher
    standard: "≥85"
    baseline: 86
`;
/** A county's key projects (重点工程) for 2024: one built, one behind its period. */
const PROJECTS = `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "1"
    name: 森林覆盖率
    unit: "%"
    binding: true
    better: higher
    standard: "≥20"
    baseline: 25.5
    actuals: {2024: 26}
projects:
  stated_total: 5000
  items:
    - id: 1
      name: 污水处理厂提标改造
      domain: 生态安全
      kind: 新建
      investment: 3000
      period: "2023-2024"
      lead: [区住建局]
      progress:
        2024: {invested: 3000, status: 建成}
    - id: 2
      name: 城乡垃圾收运体系
      domain: 生态安全
      kind: 续建
      investment: 1000
      period: "2023-2025"
      lead: [区城管局]
      progress:
        2024: {invested: 200, status: 在建}
`;
/** The same with the second row's 2023 value: complete. */
const COMPLETE = `${SEWAGE}    actuals: {2023: 87}\n`;

function load(text: string, name: string) {
  const loaded = loadIndicatorFile(text, name);
  if (!loaded.ok) throw new Error(`${name} does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.value;
}
function errorsOf(text: string, name: string): InputError[] {
  const loaded = loadIndicatorFile(text, name);
  if (loaded.ok) throw new Error(`${name} loads`);
  return loaded.errors;
}

async function json(run: RunAssessment, lang: Lang = "en"): Promise<string> {
  return (await loadFormatter("json"))(run, { lang, color: false, quiet: false });
}
/** The text as JSON.stringify writes the whole document, two spaces a level, and a line break. */
function expectStringified(text: string): void {
  expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
}
// biome-ignore lint/suspicious/noExplicitAny: a report read back is checked field by field
const parse = (text: string): any => JSON.parse(text);

const YEAR = assess(load(SEWAGE, "sewage.yaml"));

const pace2025 = [
  { year: 2024, value: expect.closeTo(99.25, 2) },
  { year: 2025, value: 99.5 },
];

describe("a year assessment", () => {
  it("its year, what it lacks, a forecast per target held at 100, the run's gaps", async () => {
    const text = await json(summarizeRun([YEAR]));
    expectStringified(text);
    const report = parse(text);
    expect(report.format).toBe("lingling-check/v1");
    const [file] = report.files;
    expect(Object.keys(file)).toEqual([
      "file",
      "region",
      "plan",
      "mode",
      "year",
      "assessed_year",
      "completeness",
      "overall",
      "summary",
      "indicators",
    ]);
    expect(file).toMatchObject({
      file: "sewage.yaml",
      region: { name: "某县", code: "431102", level: "county", zone: "central" },
      plan: { base_year: 2022, near_term: 2025, long_term: 2030 },
      mode: "year",
      year: 2023,
      assessed_year: 2023,
      completeness: { year: 2023, complete: false, missing: [{ id: "2", name: "空气质量优良天数比例", line: 14 }] },
      overall: "INCOMPLETE",
    });
    const progress = file.indicators[0].checks.progress;
    expect(progress).toMatchObject({ verdict: "PASS", decides: true, year: 2023, rule: "≥70" });
    const near = {
      class: "on_track",
      projected: 100,
      target: 99.5,
      target_year: 2025,
      ratio: expect.closeTo(2.94, 2),
      method: "cagr",
      from: { year: 2022, value: 90 },
      to: { year: 2023, value: 99 },
      pace: pace2025,
      clamped: true,
    };
    expect(progress.forecast).toEqual(near);
    expect(progress.forecasts).toEqual([
      near,
      {
        ...near,
        target: 99.8,
        target_year: 2030,
        ratio: expect.closeTo(7.69, 2),
        pace: [
          ...pace2025,
          { year: 2026, value: expect.closeTo(99.56, 2) },
          { year: 2027, value: expect.closeTo(99.62, 2) },
          { year: 2028, value: expect.closeTo(99.68, 2) },
          { year: 2029, value: expect.closeTo(99.74, 2) },
          { year: 2030, value: 99.8 },
        ],
      },
    ]);
    // The baseline's check is shown only, and has no forecast.
    expect(file.indicators[0].checks.baseline).toEqual({
      verdict: "PASS",
      decides: false,
      reason: "2022: 90% meets ≥70",
      year: 2022,
      rule: "≥70",
    });
    expect(report.summary).toEqual({
      overall: "INCOMPLETE",
      files: 1,
      by_overall: { PASS: 0, WARN: 0, INCOMPLETE: 1, FAIL: 0 },
      gaps: [{ file: "sewage.yaml", region: "某县", year: 2023, ids: ["2"] }],
    });
  });

  it("complete: no row missing, no gaps", async () => {
    const text = await json(summarizeRun([assess(load(COMPLETE, "complete.yaml"))]));
    expectStringified(text);
    const report = parse(text);
    expect(report.files[0].completeness).toEqual({ year: 2023, complete: true, missing: [] });
    expect(report.summary).toEqual({
      overall: "PASS",
      files: 1,
      by_overall: { PASS: 1, WARN: 0, INCOMPLETE: 0, FAIL: 0 },
    });
  });

  it("asked the plan question: no year, no completeness", async () => {
    const report = parse(await json(summarizeRun([assess(load(SEWAGE, "plan.yaml"), { mode: "plan" })])));
    expect(Object.keys(report.files[0])).toEqual([
      "file",
      "region",
      "plan",
      "mode",
      "overall",
      "summary",
      "indicators",
    ]);
  });
});

describe("what a file adds", () => {
  it("--compare-year: each change with the verdicts and forecasts on either side, a basic condition marked", async () => {
    const changed: FileAssessment = {
      ...YEAR,
      comparison: {
        fromYear: 2022,
        toYear: 2023,
        changes: [
          {
            id: "1",
            name: "城市生活污水集中收集率",
            kind: "forecast_changed",
            from: { verdict: "PASS", forecast: "acceleration_needed" },
            to: { verdict: "PASS", forecast: "on_track" },
          },
          {
            id: "禁止类项目",
            name: "禁止类项目",
            kind: "newly_passing",
            from: {},
            to: { verdict: "PASS" },
            veto: true,
          },
        ],
      },
    };
    const text = await json(summarizeRun([changed]));
    expectStringified(text);
    expect(parse(text).files[0].changes).toEqual({
      from_year: 2022,
      to_year: 2023,
      items: [
        {
          id: "1",
          name: "城市生活污水集中收集率",
          kind: "forecast_changed",
          from: { verdict: "PASS", forecast: "acceleration_needed" },
          to: { verdict: "PASS", forecast: "on_track" },
        },
        { id: "禁止类项目", name: "禁止类项目", kind: "newly_passing", from: {}, to: { verdict: "PASS" }, veto: true },
      ],
    });
  });

  it("a row that restates its edition: the edition and each field overridden", async () => {
    const [first, ...others] = YEAR.indicators;
    const overriding: FileAssessment = {
      ...YEAR,
      indicators: [
        {
          ...first!,
          indicator: {
            ...first!.indicator,
            edition: { name: "county-2024", overrides: [{ field: "standard", file: "≥70", edition: "≥65" }] },
          },
        },
        ...others,
      ],
    };
    const [row, plain] = parse(await json(summarizeRun([overriding]))).files[0].indicators;
    expect(row).toMatchObject({
      edition: "county-2024",
      overrides: [{ field: "standard", file: "≥70", edition: "≥65" }],
    });
    expect(Object.keys(row)).toEqual([
      "id",
      "name",
      "unit",
      "binding",
      "line",
      "verdict",
      "edition",
      "overrides",
      "checks",
    ]);
    expect(Object.keys(plain)).toEqual(["id", "name", "unit", "binding", "line", "verdict", "checks"]);
  });

  it("a file with no rows: its indicators an empty list", async () => {
    const empty: FileAssessment = { ...YEAR, indicators: [] };
    const text = await json(summarizeRun([empty]));
    expectStringified(text);
    expect(parse(text).files[0].indicators).toEqual([]);
  });
});

describe("a file of more rows than one batch", () => {
  it("1,001 rows: every row once, in order, the batches joined as one list", async () => {
    const rows = Array.from(
      { length: 1001 },
      (_, i) => `  - id: "${i + 1}"\n    name: 指标${i + 1}\n    unit: "%"\n    standard: "≥20"\n    baseline: 10\n`,
    ).join("");
    const big = `region: {name: 某县, level: county}\nplan: {base_year: 2022}\nindicators:\n${rows}`;
    const text = await json(summarizeRun([assess(load(big, "big.yaml"))]));
    expectStringified(text);
    const ids = parse(text).files[0].indicators.map((i: { id: string }) => i.id);
    expect(ids).toHaveLength(1001);
    expect([ids[0], ids[999], ids[1000]]).toEqual(["1", "1000", "1001"]);
  });
});

describe("a file naming its standard", () => {
  it("the catalog it names, after the region", async () => {
    const named = `region: {name: 测试县, level: county, zone: central, urban_district: true}
standard: county-2024
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "1"
    baseline: 25.5
`;
    const text = await json(summarizeRun([assess(load(named, "named.yaml"))]));
    expectStringified(text);
    const file = parse(text).files[0];
    expect(Object.keys(file).slice(0, 4)).toEqual(["file", "region", "catalog", "plan"]);
    expect(file.catalog).toEqual({
      name: "county-2024",
      edition: "county-2024",
      title: "生态文明建设示范区（县）建设指标",
      document: "环办生态〔2024〕4号",
      verified: true,
    });
  });
});

describe("basic conditions", () => {
  it("the file's conditions after its indicators: the year's deciding, its list the file's own", async () => {
    const withVetoes = `${SEWAGE}vetoes:\n  2023:\n    重特大突发环境事件: 发生\n`;
    const text = await json(summarizeRun([assess(load(withVetoes, "vetoes.yaml"))]));
    expectStringified(text);
    const file = parse(text).files[0];
    expect(Object.keys(file).slice(-2)).toEqual(["indicators", "vetoes"]);
    expect(file.vetoes).toMatchObject({
      year: 2023,
      decides: true,
      list: "file",
      conditions: [
        {
          year: 2023,
          condition: "重特大突发环境事件",
          stated: "发生",
          met: false,
          verdict: "FAIL",
          standing: "decides",
          line: 23,
        },
      ],
      failed: ["重特大突发环境事件"],
    });
  });
});

describe("key projects", () => {
  it("the file's projects after its indicators, and the run's sum by region", async () => {
    const text = await json(summarizeRun([assess(load(PROJECTS, "projects.yaml"), { year: 2024 })]));
    expectStringified(text);
    const report = parse(text);
    expect(Object.keys(report.files[0]).slice(-2)).toEqual(["indicators", "projects"]);
    expect(report.files[0].projects).toMatchObject({ year: 2024, margin: 20, verdict: "WARN", decides: false });
    expect(report.summary.projects).toEqual({
      files: 1,
      count: 2,
      investment: 4000,
      invested: 3200,
      completed: 1,
      warnings: 1,
      regions: [
        {
          file: "projects.yaml",
          region: "某县",
          count: 2,
          investment: 4000,
          invested: 3200,
          completed: 1,
          warnings: 1,
        },
      ],
    });
  });
});

describe("a run", () => {
  const unknownField = errorsOf(
    `region: {name: 某县, level: county}\nplan: {base_year: 2022}\nindicators:\n  - id: "1"\n    name: 森林覆盖率\n    standard: "≥20"\n    baseline: 25\n    colour: green\n`,
    "bad.yaml",
  );

  it("two files, then the errors of one that could not be read, each where it starts and ends", async () => {
    // A workbook's error has a place but no measured end.
    const fromWorkbook: InputError = {
      file: "county.xlsx",
      line: 3,
      column: 2,
      code: "unknown-field",
      message: { id: "error.unknownField", data: { field: "颜色", known: "id, name" } },
    };
    const run: RunAssessment = {
      ...summarizeRun([YEAR, assess(load(COMPLETE, "complete.yaml"))]),
      unreadable: 2,
      inputErrors: [...unknownField, fromWorkbook],
    };
    const text = await json(run);
    expectStringified(text);
    const report = parse(text);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(["sewage.yaml", "complete.yaml"]);
    expect(report.errors).toEqual([
      {
        file: "bad.yaml",
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 18,
        code: "unknown-field",
        message: expect.stringMatching(/^unknown field “colour”; expected one of: id, name, /),
      },
      {
        file: "county.xlsx",
        line: 3,
        column: 2,
        code: "unknown-field",
        message: "unknown field “颜色”; expected one of: id, name",
      },
    ]);
    expect(report.summary).toMatchObject({ files: 2, not_checked: 2 });
    expect(Object.keys(report)).toEqual(["format", "files", "errors", "summary"]);
  });

  it("no file read at all: an empty list of files, the errors in Chinese", async () => {
    const run: RunAssessment = {
      ...summarizeRun([]),
      unreadable: 1,
      inputErrors: unknownField,
    };
    const text = await json(run, "zh");
    expectStringified(text);
    const report = parse(text);
    expect(report.files).toEqual([]);
    expect(report.errors[0].message).toMatch(/^未知字段“colour”；可用字段：id, name, /);
    expect(report.summary).toMatchObject({
      files: 0,
      by_overall: { PASS: 0, WARN: 0, INCOMPLETE: 0, FAIL: 0 },
      not_checked: 1,
    });
  });
});
