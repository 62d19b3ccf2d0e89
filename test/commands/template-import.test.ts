/**
 * `template` and `import`, run as the built binary: a fill-in workbook for a region, filled as an
 * analyst fills it (cells written with exceljs), read back into an indicator file that checks; the
 * round trip from an indicator file loses nothing; unreadable cells are named by sheet and cell.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";
import { headers, open, template } from "./templateCli.js";

afterAll(removeTempDirs);

interface Report {
  files: Array<{
    file: string;
    overall: string;
    indicators: Array<{ id: string; line: number; checks: Record<string, { verdict: string }> }>;
  }>;
}

const check = (file: string, extra: string[] = []): Report =>
  JSON.parse(run([file, "-f", "json", "--exit-zero", ...extra]).stdout) as Report;

/** The check results without what names the file: where each row stands, and the file's name. */
function results(report: Report): unknown {
  return JSON.parse(
    JSON.stringify(report.files, (key, value: unknown) => (key === "line" || key === "file" ? undefined : value)),
  );
}

/** The cell of the row whose 序号 is `id`, in the column whose header starts with `title`. */
function cellAt(sheet: ExcelJS.Worksheet, id: string, title: string): ExcelJS.Cell {
  const col = headers(sheet).findIndex((h) => h.startsWith(title)) + 1;
  expect(col, title).toBeGreaterThan(0);
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value) === id) found = row.getCell(col);
  });
  expect(found, id).toBeDefined();
  return found!;
}

const FOR_REGION = ["--standard", "county-2024", "--name", "某某县", "--zone", "west", "--base-year", "2023"];

describe("template for a region", () => {
  it("has a row per indicator of the edition with its name, unit, standard and binding, and empty cells to fill", async () => {
    const workbook = await open(template(FOR_REGION));
    const sheet = workbook.getWorksheet("指标")!;
    expect(headers(sheet).slice(0, 9)).toEqual([
      "序号",
      "指标",
      "单位",
      "国家标准",
      "指标属性",
      "改善方向",
      "基准值（2023年）",
      "近期目标（2026年）",
      "远期目标（2031年）",
    ]);
    expect(headers(sheet)).toEqual(expect.arrayContaining(["2024年", "2031年", "备注", "其他字段（YAML）"]));
    expect(sheet.actualRowCount).toBe(1 + 31);
    expect(cellAt(sheet, "1", "指标").value).toBe("生态文明建设工作占党政实绩考核的比例");
    expect(cellAt(sheet, "1", "国家标准").value).toBe("≥20");
    expect(cellAt(sheet, "R1", "指标属性").value).toBe("参考性");
    // R1's rule depends on the region: a county of the west that is not an urban district has ≥30.
    expect(cellAt(sheet, "R1", "国家标准").value).toBe("≥30");
    expect(cellAt(sheet, "1", "基准值").value).toBeNull();
    expect(workbook.getWorksheet("地区")).toBeDefined();
  });

  it("offers lists where they help: 约束性/参考性, and 不涉及 among the values", async () => {
    const sheet = (await open(template(FOR_REGION))).getWorksheet("指标")!;
    expect(cellAt(sheet, "1", "指标属性").dataValidation).toMatchObject({ type: "list" });
    expect(String(cellAt(sheet, "1", "指标属性").dataValidation.formulae?.[0])).toContain("约束性");
    expect(String(cellAt(sheet, "7.2", "基准值").dataValidation.formulae?.[0])).toContain("不涉及");
    expect(String(cellAt(sheet, "7.2", "2024年").dataValidation.formulae?.[0])).toContain("不涉及");
  });

  it("imported untouched gives a file that checks, every value MISSING (exit 1)", () => {
    const dir = tempDir();
    const yaml = join(dir, "region.yaml");
    const r = run(["import", template(FOR_REGION), "-o", yaml]);
    expect(r.status).toBe(0);
    expect(run([yaml]).status).toBe(1);
    const [file] = check(yaml).files;
    expect(file!.indicators).toHaveLength(31);
    const verdicts = file!.indicators.flatMap((i) => Object.values(i.checks).map((c) => c.verdict));
    expect(new Set(verdicts)).toEqual(new Set(["MISSING"]));
    expect(file!.overall).toBe("INCOMPLETE");
  });

  it("filled in by an analyst, imports into a file whose values check", async () => {
    const path = template(FOR_REGION, "en");
    const workbook = await open(path);
    const sheet = workbook.getWorksheet("Indicators")!;
    cellAt(sheet, "1", "Baseline").value = 25.5;
    cellAt(sheet, "1", "Near-term").value = "≥25.5";
    cellAt(sheet, "1", "2024").value = 26.1;
    cellAt(sheet, "2", "Baseline").value = "已建立";
    cellAt(sheet, "7.2", "Baseline").value = "不涉及";
    cellAt(sheet, "8", "Baseline").value = 90;
    cellAt(sheet, "8", "Other fields").value = "tolerance: 0.5";
    await workbook.xlsx.writeFile(path);
    const yaml = join(tempDir(), "filled.yaml");
    expect(run(["import", path, "-o", yaml, "--lang", "en"]).status).toBe(0);
    const text = readFileSync(yaml, "utf8");
    expect(text).toContain("tolerance: 0.5");
    const [file] = check(yaml, ["--assess", "plan"]).files;
    const row = (id: string) => file!.indicators.find((i) => i.id === id)!;
    expect(row("1").checks.baseline?.verdict).toBe("PASS");
    expect(row("1").checks.near_term?.verdict).toBe("PASS");
    expect(row("2").checks.baseline?.verdict).toBe("PASS");
    expect(row("7.2").checks.baseline?.verdict).toBe("N/A");
    expect(row("8").checks.baseline?.verdict).toBe("FAIL");
    const [year] = check(yaml).files;
    expect(year!.indicators.find((i) => i.id === "1")!.checks.progress?.verdict).toBe("PASS");
  });

  it("names every cell it cannot read as file:sheet!cell, writes nothing, and exits 2", async () => {
    const path = template(FOR_REGION);
    const workbook = await open(path);
    const sheet = workbook.getWorksheet("指标")!;
    const kind = cellAt(sheet, "3", "指标属性");
    kind.value = "也许";
    const rule = cellAt(sheet, "5.2", "国家标准");
    rule.value = "九十以上吧";
    await workbook.xlsx.writeFile(path);
    const yaml = join(tempDir(), "bad.yaml");
    const r = run(["import", path, "-o", yaml]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}:指标!${kind.address}: `);
    expect(r.stderr).toContain("也许");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(yaml)).toBe(false);
    // Once the kind is readable, the rule the loader cannot read is named at its cell.
    kind.value = "约束性";
    await workbook.xlsx.writeFile(path);
    const again = run(["import", path, "-o", yaml]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${path}:指标!${rule.address}: `);
    expect(existsSync(yaml)).toBe(false);
  });

  it.each([
    [
      "a custom tag",
      "name_en: !!js/function 'function(){}'",
      "a custom YAML tag (its name is not repeated here): tags are never run, write the plain value",
    ],
    [
      "a key written twice",
      "tolerance: 0.5\ntolerance: 1",
      "2:1: this key is written a second time in the same mapping (its first use is at line 1, column 1): a key may stand once in a mapping; keep one",
    ],
  ])(
    "reads the other-fields cell as a file is read: %s is refused at the cell, in the tool's words",
    async (_name, yaml, reason) => {
      const path = template(FOR_REGION, "en");
      const workbook = await open(path);
      const sheet = workbook.getWorksheet("Indicators")!;
      const cell = cellAt(sheet, "8", "Other fields");
      cell.value = yaml;
      await workbook.xlsx.writeFile(path);
      const out = join(tempDir(), "x.yaml");
      const r = run(["import", path, "-o", out, "--lang", "en"]);
      expect([r.status, r.stderr]).toEqual([
        2,
        `${path}:Indicators!${cell.address}: the other fields are not a YAML mapping: ${reason}\n`,
      ]);
      expect(existsSync(out)).toBe(false);
    },
  );

  it("refuses a file that is not a workbook with a sentence, at the file's place", () => {
    const r = run(["import", SEED, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${SEED}:1:1: error[not-a-workbook]: ${SEED} is not a workbook: expected an .xlsx file (a zip), as template writes it\n`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the round trip", () => {
  it("import(template(the Lingling seed)) checks exactly as the seed does", () => {
    const path = template([SEED]);
    const yaml = join(tempDir(), "lingling.yaml");
    expect(run(["import", path, "-o", yaml]).status).toBe(0);
    expect(results(check(yaml))).toEqual(results(check(SEED)));
    expect(results(check(yaml, ["--year", "2025"]))).toEqual(results(check(SEED, ["--year", "2025"])));
  });

  it("keeps observed years, notes on values and superior targets of a file with actuals", () => {
    const source = join(import.meta.dirname, "..", "report", "fixtures", "every-verdict.yaml");
    const yaml = join(tempDir(), "every.yaml");
    expect(run(["import", template([source]), "-o", yaml]).status).toBe(0);
    expect(results(check(yaml))).toEqual(results(check(source)));
    expect(results(check(yaml, ["--assess", "plan"]))).toEqual(results(check(source, ["--assess", "plan"])));
  });
});

describe("template checks the region and the plan's years as init does", () => {
  // Each of these once wrote a workbook that import then refused (near-term 2103) or a name on two lines.
  it.each([
    [["--base-year", "2100"], /leaves no room for the plan/],
    [["--base-year", "2022", "--near-term", "2020"], /--near-term 2020 must come after the base year 2022/],
    [["--base-year", "abc"], /--base-year expects a year/],
  ])("%j is refused before anything is written", (years, sentence) => {
    const out = join(tempDir(), "t.xlsx");
    const r = run(["template", "--name", "某县", "--zone", "west", ...years, "-o", out, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(sentence);
    expect(existsSync(out)).toBe(false);
  });

  it("a name with a line break is refused", () => {
    const out = join(tempDir(), "t.xlsx");
    const r = run(["template", "--name", "某\n县", "--zone", "west", "-o", out, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--name must be one line/);
  });
});

describe("a region's attribute whose name holds a point", () => {
  it("goes through template and import whole (region.terrain.type is the attribute terrain.type)", async () => {
    const dir = tempDir();
    const source = join(dir, "r.yaml");
    writeFileSync(
      source,
      'region: {name: 某县, "terrain.type": hill}\nplan: {base_year: 2022}\nindicators: [{id: "1", name: 比例, standard: "≥1", baseline: 2}]\n',
    );
    const book = join(dir, "r.xlsx");
    expect(run(["template", source, "-o", book]).status).toBe(0);
    const back = join(dir, "back.yaml");
    const r = run(["import", book, "-o", back]);
    expect(r.status).toBe(0);
    expect((parse(readFileSync(back, "utf8")) as { region: Record<string, unknown> }).region).toEqual({
      name: "某县",
      "terrain.type": "hill",
    });
  });

  it("region. with no attribute after it is refused at its cell", async () => {
    const dir = tempDir();
    const book = join(dir, "r.xlsx");
    expect(run(["template", SEED, "-o", book]).status).toBe(0);
    const workbook = await open(book);
    const sheet = workbook.worksheets.find((s) => s.getCell("A2").value === "region.name")!;
    sheet.addRow(["region.", "x"]);
    await workbook.xlsx.writeFile(book);
    const r = run(["import", book, "-o", join(dir, "back.yaml"), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /!A\d+: a region's field such as region\.name or region\.terrain was expected, found “region\.”/,
    );
  });
});
