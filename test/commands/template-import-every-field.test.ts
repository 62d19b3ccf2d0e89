/**
 * Every field the loader accepts has a place in the fill-in workbook (issue #27): vetoes by year,
 * notes and sources on values and rules, superior targets, reference values, conditions, reviews,
 * measure, reference, tolerance, a project's recorded empty year. The Lingling seed with each added
 * goes through `template` and `import` (the built binary) and checks as it did, year by year; an
 * analyst reads and fills the new sheets; what import cannot read is named at its cell.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseDocument } from "yaml";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";
import { modelOf } from "../workbook/roundTrip.js";
import { headers, open, template } from "./templateCli.js";

afterAll(removeTempDirs);
// Each case runs the binary a dozen times on the 31-row seed with its 34 projects.
vi.setConfig({ testTimeout: 240_000 });

/** The check's JSON for a year, without where rows stand or the file's name. */
function checked(file: string, year: number): unknown {
  const r = run([file, "-f", "json", "--exit-zero", "--year", String(year)]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout, (key, value: unknown) =>
    key === "line" || key === "column" || key === "file" ? undefined : value,
  ).files;
}

/** The seed with `edit` applied, written to a file of its own. */
function seedWith(edit: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(readFileSync(SEED, "utf8"));
  edit(doc);
  const path = join(tempDir(), "source.yaml");
  writeFileSync(path, doc.toString());
  return path;
}

function importTo(xlsx: string, lang = "zh") {
  const yaml = join(tempDir(), "imported.yaml");
  return { yaml, ...run(["import", xlsx, "-o", yaml, "--lang", lang]) };
}

/** The sheet's rows below the header, as text (empty cells as ""), without trailing blank rows. */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells = headers(sheet).map((_, i) => {
      const v = row.getCell(i + 1).value;
      return v === null || v === undefined ? "" : String(v);
    });
    if (cells.some((c) => c !== "")) rows.push(cells);
  });
  return rows;
}

/** The row index of the sheet whose cells start with `first` (the first empty row when none). */
function rowWith(sheet: ExcelJS.Worksheet, first?: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row, n) => {
    if (found || n === 1) return;
    const v = row.getCell(1).value;
    if (first === undefined ? v === null || v === undefined : String(v) === first) found = row;
  });
  return found ?? sheet.getRow(sheet.rowCount + 1);
}

/** import(template(source)) loads to source's model and checks as it does in each year. */
function expectSame(source: string, imported: string, years: readonly number[]): void {
  expect(modelOf(readFileSync(imported, "utf8"))).toEqual(modelOf(readFileSync(source, "utf8")));
  for (const year of years) expect(checked(imported, year), String(year)).toEqual(checked(source, year));
}

describe("vetoes (否决项)", () => {
  const source = () =>
    seedWith((doc) => {
      doc.setIn(["indicators", 0, "actuals"], doc.createNode({ 2024: 26.1 }));
      doc.set(
        "vetoes",
        doc.createNode({
          2023: {},
          2024: {
            重特大突发环境事件: "发生",
            中央生态环境保护督察问题整改: { value: "已完成", note: "整改销号", source: "督察办" },
          },
        }),
      );
    });

  it("have a sheet of year × condition rows, and a year that FAILed on a condition still FAILs", async () => {
    const file = source();
    const xlsx = template([file]);
    const sheet = (await open(xlsx)).getWorksheet("否决项")!;
    expect(headers(sheet)).toEqual(["年份", "条件", "情况", "备注", "来源"]);
    expect(rowsOf(sheet)).toEqual([
      ["2023", "", "", "", ""],
      ["2024", "重特大突发环境事件", "发生", "", ""],
      ["2024", "中央生态环境保护督察问题整改", "已完成", "整改销号", "督察办"],
    ]);
    const r = importTo(xlsx);
    expect(r.status, r.stderr).toBe(0);
    expect(run([r.yaml, "--year", "2024"]).status).toBe(1);
    expect((checked(r.yaml, 2024) as Array<{ overall: string }>)[0]!.overall).toBe("FAIL");
    expectSame(file, r.yaml, [2022, 2023, 2024]);
  });

  it("in English: the Vetoes sheet", async () => {
    const xlsx = template([source()], "en");
    expect(headers((await open(xlsx)).getWorksheet("Vetoes")!)).toEqual([
      "Year",
      "Condition",
      "Stated",
      "Note",
      "Source",
    ]);
  });

  it("filled in by an analyst in a region's template, they decide the year", async () => {
    const xlsx = template(["--standard", "county-2024", "--name", "某某县", "--zone", "west", "--base-year", "2023"]);
    const workbook = await open(xlsx);
    const row = rowWith(workbook.getWorksheet("否决项")!);
    row.getCell(1).value = 2024;
    row.getCell(2).value = "重特大突发环境事件";
    row.getCell(3).value = "发生";
    await workbook.xlsx.writeFile(xlsx);
    const r = importTo(xlsx);
    expect(r.status, r.stderr).toBe(0);
    expect(parseDocument(readFileSync(r.yaml, "utf8")).toJS().vetoes).toEqual({ 2024: { 重特大突发环境事件: "发生" } });
    expect((checked(r.yaml, 2024) as Array<{ overall: string }>)[0]!.overall).toBe("FAIL");
  });

  it("a statement the loader cannot read is named at its cell, and nothing is written", async () => {
    const xlsx = template([source()]);
    const workbook = await open(xlsx);
    const sheet = workbook.getWorksheet("否决项")!;
    const stated = rowWith(sheet, "2024").getCell(3);
    stated.value = "也许";
    const noYear = rowWith(sheet).getCell(2);
    noYear.value = "生态破坏事件";
    await workbook.xlsx.writeFile(xlsx);
    const first = importTo(xlsx);
    expect(first.status).toBe(2);
    expect(first.stderr).toContain(`${xlsx}:否决项!A${noYear.row}: `);
    expect(existsSync(first.yaml)).toBe(false);
    noYear.value = null;
    await workbook.xlsx.writeFile(xlsx);
    const r = importTo(xlsx);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${xlsx}:否决项!${stated.address}: `);
    expect(r.stderr).toContain("也许");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(r.yaml)).toBe(false);
  });
});

describe("notes and sources on values", () => {
  it("a note on the base-year value of a row with history, written in the other fields as baseline: {note: …}, is kept", async () => {
    const xlsx = template([SEED]);
    const workbook = await open(xlsx);
    const sheet = workbook.getWorksheet("指标")!;
    const extra = headers(sheet).indexOf("其他字段（YAML）") + 1;
    rowWith(sheet, "7.1").getCell(extra).value = "baseline: {note: 据2022年统计年鉴}";
    await workbook.xlsx.writeFile(xlsx);
    const r = importTo(xlsx);
    expect(r.status, r.stderr).toBe(0);
    expect(
      parseDocument(readFileSync(r.yaml, "utf8"))
        .toJS()
        .indicators.find((i: { id: string }) => i.id === "7.1").baseline,
    ).toEqual({
      2020: 50.76,
      2021: 50.43,
      2022: { value: 50.58, note: "据2022年统计年鉴" },
    });
  });

  it("notes and sources on a history year, the base year and an observed year come back from the 备注与来源 sheet", async () => {
    const file = seedWith((doc) => {
      doc.setIn(
        ["indicators", 11, "baseline"],
        doc.createNode({ 2021: { value: 50.43, source: "监测平台" }, 2022: { value: 50.58, note: "稳定" } }),
      );
      doc.setIn(
        ["indicators", 11, "actuals"],
        doc.createNode({ 2024: { value: 50.9, note: "初步数", source: "林业局" } }),
      );
    });
    const xlsx = template([file]);
    const sheet = (await open(xlsx)).getWorksheet("备注与来源")!;
    expect(headers(sheet)).toEqual(["序号", "字段", "年份", "备注", "来源"]);
    expect(rowsOf(sheet)).toEqual(
      expect.arrayContaining([
        ["7.1", "基准值", "2021", "", "监测平台"],
        ["7.1", "基准值", "2022", "稳定", ""],
        ["7.1", "实际值", "2024", "初步数", "林业局"],
        [
          "7.2",
          "基准值",
          "2022",
          "表1 states the indicator does not apply to Lingling; its target cells are empty.",
          "",
        ],
      ]),
    );
    const r = importTo(xlsx);
    expect(r.status, r.stderr).toBe(0);
    expectSame(file, r.yaml, [2024]);
  });
});

describe("key projects: a year recorded with nothing filled in", () => {
  it("progress {2023: {}} comes back, marked 已填报, and the year's schedule check is the same", async () => {
    const file = seedWith((doc) =>
      doc.setIn(["projects", "items", 2, "progress"], doc.createNode({ 2023: {}, 2024: { status: "在建" } })),
    );
    const xlsx = template([file]);
    const sheet = (await open(xlsx)).getWorksheet("重点工程（附表1）")!;
    expect(headers(sheet)).toEqual(expect.arrayContaining(["已填报 2023", "状态 2024"]));
    const col = headers(sheet).indexOf("已填报 2023") + 1;
    const reported = new Map<string, unknown>();
    sheet.eachRow((row, n) => n > 1 && reported.set(String(row.getCell(3).value), row.getCell(col).value));
    expect(reported.get("3")).toBe("是");
    expect(reported.get("4") ?? null).toBeNull();
    const r = importTo(xlsx);
    expect(r.status, r.stderr).toBe(0);
    expectSame(file, r.yaml, [2023, 2024]);
  });
});

describe("reviews, conditions, reference values, superior targets; measure, reference and tolerance", () => {
  const file = () =>
    seedWith((doc) => {
      // Row 1 with a condition its value cannot decide, stated per year and for every year.
      doc.setIn(["indicators", 0, "standard"], "≥20，且能源消耗总量不超过控制目标值");
      doc.setIn(["indicators", 0, "actuals"], doc.createNode({ 2023: 26, 2024: 27 }));
      doc.setIn(
        ["indicators", 0, "clauses"],
        doc.createNode({ 能源消耗总量不超过控制目标值: { 2023: "已满足", 2024: "未满足" } }),
      );
      doc.setIn(["indicators", 0, "tolerance"], "1%");
      doc.setIn(["indicators", 0, "reference"], "first");
      // Row 2: text only, signed by a person.
      doc.setIn(
        ["indicators", 1, "review"],
        doc.createNode({ verdict: "fail", by: "张三", date: "2024-03-01", year: 2024, note: "制度未印发" }),
      );
      doc.setIn(["indicators", 1, "actuals"], doc.createNode({ 2024: "待核实" }));
      // Row 8 against the province's average.
      doc.setIn(["indicators", 13, "standard"], "不低于全省平均水平");
      doc.setIn(["indicators", 13, "reference_value"], doc.createNode({ 2022: 91, 2024: 92.5 }));
      doc.setIn(["indicators", 13, "actuals"], doc.createNode({ 2024: 92 }));
      doc.setIn(["indicators", 13, "measure"], "level");
      doc.set("vetoes", doc.createNode({ 2024: { 生态破坏事件: true } }));
    });

  it("each has a place an analyst reads, and the file checks as it did in every year", async () => {
    const source = file();
    const xlsx = template([source]);
    const workbook = await open(xlsx);
    const indicators = workbook.getWorksheet("指标")!;
    expect(headers(indicators)).toEqual(expect.arrayContaining(["数值类型", "比较基准", "容差", "领域"]));
    const row1 = rowWith(indicators, "1");
    expect(row1.getCell(headers(indicators).indexOf("比较基准") + 1).value).toBe("首年");
    expect(row1.getCell(headers(indicators).indexOf("容差") + 1).value).toBe("1%");
    // The seed's rows name their domain (领域) as 表1 groups them: a column of its own.
    expect(row1.getCell(headers(indicators).indexOf("领域") + 1).value).toBe("目标责任");
    expect(row1.getCell(headers(indicators).indexOf("其他字段（YAML）") + 1).value ?? null).toBeNull();
    expect(rowsOf(workbook.getWorksheet("指标条件")!)).toEqual([
      ["1", "能源消耗总量不超过控制目标值", "2023", "已满足"],
      ["1", "能源消耗总量不超过控制目标值", "2024", "未满足"],
    ]);
    expect(rowsOf(workbook.getWorksheet("人工审核")!)).toEqual([
      ["2", "不通过", "张三", "2024-03-01", "2024", "制度未印发"],
    ]);
    expect(rowsOf(workbook.getWorksheet("参照值")!)).toEqual([
      ["8", "2022", "91"],
      ["8", "2024", "92.5"],
    ]);
    expect(rowsOf(workbook.getWorksheet("上级下达目标")!)).toEqual(
      expect.arrayContaining([
        ["4", "2022", "≤35", ""],
        ["4", "2025", "≤32", ""],
        ["13", "2022", "≥36", "Decline required against 2015."],
      ]),
    );
    const r = importTo(xlsx);
    expect(r.status, r.stderr).toBe(0);
    expectSame(source, r.yaml, [2022, 2023, 2024]);
  });

  it("from a workbook made in English, imported under Chinese", async () => {
    const source = file();
    const r = importTo(template([source], "en"), "zh");
    expect(r.status, r.stderr).toBe(0);
    expect(modelOf(readFileSync(r.yaml, "utf8"))).toEqual(modelOf(readFileSync(source, "utf8")));
  });

  it("filled in by an analyst: a review and a superior target; an id the indicator sheet lacks and a verdict nobody reads are named at their cells", async () => {
    const xlsx = template([SEED]);
    const workbook = await open(xlsx);
    const reviews = workbook.getWorksheet("人工审核")!;
    const review = rowWith(reviews);
    review.getCell(1).value = "2";
    review.getCell(2).value = "通过";
    review.getCell(3).value = "李四";
    const superior = rowWith(workbook.getWorksheet("上级下达目标")!);
    superior.getCell(1).value = "1";
    superior.getCell(2).value = 2025;
    superior.getCell(3).value = "≥30";
    await workbook.xlsx.writeFile(xlsx);
    const good = importTo(xlsx);
    expect(good.status, good.stderr).toBe(0);
    const rows = parseDocument(readFileSync(good.yaml, "utf8")).toJS().indicators as Array<Record<string, unknown>>;
    expect(rows.find((i) => i.id === "2")!.review).toEqual({ verdict: "pass", by: "李四" });
    expect(rows.find((i) => i.id === "1")!.superior).toEqual({ 2025: "≥30" });

    review.getCell(1).value = "99";
    const second = rowWith(reviews);
    second.getCell(1).value = "3";
    second.getCell(2).value = "差不多";
    await workbook.xlsx.writeFile(xlsx);
    const bad = importTo(xlsx);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${xlsx}:人工审核!A${review.number}: `);
    expect(bad.stderr).toContain("99");
    expect(bad.stderr).toContain(`${xlsx}:人工审核!B${second.number}: `);
    expect(bad.stderr).toContain("差不多");
    expect(existsSync(bad.yaml)).toBe(false);
  });

  it("what only the loader finds in a fact sheet (a rule it cannot read, a condition no rule states) is named at that sheet's cell", async () => {
    const xlsx = template([SEED]);
    const workbook = await open(xlsx);
    const superior = rowWith(workbook.getWorksheet("上级下达目标")!);
    superior.getCell(1).value = "1";
    superior.getCell(2).value = 2025;
    superior.getCell(3).value = "≥≥30";
    const clause = rowWith(workbook.getWorksheet("指标条件")!);
    clause.getCell(1).value = "2";
    clause.getCell(2).value = "用水总量不超过控制目标值";
    clause.getCell(4).value = "已满足";
    await workbook.xlsx.writeFile(xlsx);
    const r = importTo(xlsx);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${xlsx}:上级下达目标!C${superior.number}: `);
    expect(r.stderr).toContain(`${xlsx}:指标条件!B${clause.number}: `);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(r.yaml)).toBe(false);
  });
});
