/**
 * Cells as spreadsheets store them. Percent signs, in workbooks written by openpyxl (what Excel, WPS and
 * LibreOffice store when a person types the same): a percent-formatted cell is the quantity it
 * shows in the unit of its field, a literal `%` in the format (`0.0\%`, `0.0"%"`) shows the number
 * itself, and a percentage where the field holds an amount (万元) or a relative tolerance is read
 * as what it shows or refused at its cell, never a number nobody typed. The expected values are
 * what the Python script wrote, as literals. A date typed in a column that holds a date is that date.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url).pathname;
const PYTHON = "/usr/bin/python3";

/** Sets cells of a workbook's sheet by row id and header: [sheet, id, header, value, number format]. */
const SET = `
import datetime, json, sys, openpyxl
source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(source)
for edit in edits:
    sheet, rid, header, value = edit[:4]
    fmt = edit[4] if len(edit) > 4 else None
    ws = wb[sheet] if sheet else wb.worksheets[0]
    head = [c.value for c in ws[1]]
    col = head.index(header) + 1
    idcol = 3 if ws.title.startswith("Key projects") else 1
    # "#2": the sheet's row 2 (an empty list sheet has no ids to find); else the row of that id.
    row = int(rid[1:]) if rid.startswith("#") else next(r for r in range(2, ws.max_row + 1) if str(ws.cell(r, idcol).value) == rid)
    # {"date": "2024-12-01"}: a date cell, as a spreadsheet stores a typed date.
    ws.cell(row, col).value = datetime.date.fromisoformat(value["date"]) if isinstance(value, dict) else value
    if fmt:
        ws.cell(row, col).number_format = fmt
wb.save(target)
`;

let dir: string;
const at = (name: string) => join(dir, name);
function set(source: string, target: string, edits: Array<[string, string, string, unknown, string?]>) {
  const r = spawnSync(PYTHON, ["-c", SET, at(source), at(target), JSON.stringify(edits)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
}
const yamlOf = (name: string) =>
  parse(readFileSync(at(name), "utf8")) as {
    indicators: Array<{ id: string; tolerance?: unknown; baseline?: unknown; actuals?: Record<string, unknown> }>;
  };
const row = (name: string, id: string) => yamlOf(name).indicators.find((i) => i.id === id)!;

beforeAll(() => {
  dir = tempDir("percent-");
  expect(cli(["--lang", "en", "template", SEED, "--year", "2024", "-o", at("tpl.xlsx")]).status).toBe(0);
  expect(cli(["--lang", "en", "record", SEED, "--template", "--year", "2024", "-o", at("vals.xlsx")]).status).toBe(0);
});

describe("import", () => {
  it("a tolerance typed as 1% (a percent cell holding 0.01) is the relative tolerance it shows, not 1 point", () => {
    set("tpl.xlsx", "tol.xlsx", [["Indicators", "7.1", "Tolerance", 0.01, "0%"]]);
    const r = cli(["import", at("tol.xlsx"), "-o", at("tol.yaml")]);
    expect([r.status, r.stderr]).toEqual([
      0,
      expect.stringMatching(/^lingling-check: wrote \S+: 31 indicators of 永州市零陵区\n$/),
    ]);
    expect(row("tol.yaml", "7.1").tolerance).toBe("1%");
  });

  it('a literal % in the number format (0.0\\%, 0.0"%") shows the number itself; an escaped letter is no date', () => {
    set("tpl.xlsx", "literal.xlsx", [
      ["Indicators", "7.1", "2024", 49.9, "0.0\\%"],
      ["Indicators", "15", "2024", 84, '0.00"%"'],
      ["Indicators", "1", "2024", 0.261, "0.0%"],
      ["Indicators", "4", "2024", 31, "0 \\m"],
    ]);
    const r = cli(["import", at("literal.xlsx"), "-o", at("literal.yaml")]);
    expect([r.status, r.stderr]).toEqual([
      0,
      expect.stringMatching(/^lingling-check: wrote \S+: 31 indicators of 永州市零陵区\n$/),
    ]);
    expect(row("literal.yaml", "7.1").actuals).toEqual({ 2024: 49.9 });
    expect(row("literal.yaml", "15").actuals).toEqual({ 2024: 84 });
    expect(row("literal.yaml", "1").actuals).toEqual({ 2024: 26.1 });
    expect(row("literal.yaml", "4").actuals).toEqual({ 2024: 31 });
  });

  it("a full-width ％ unit is %: a percent cell of that row is its percentage", () => {
    set("tpl.xlsx", "fullwidth.xlsx", [
      ["Indicators", "1", "Unit", "％"],
      ["Indicators", "1", "2024", 0.261, "0.0%"],
    ]);
    const r = cli(["import", at("fullwidth.xlsx"), "-o", at("fullwidth.yaml")]);
    expect([r.status, r.stderr]).toEqual([
      0,
      expect.stringMatching(/^lingling-check: wrote \S+: 31 indicators of 永州市零陵区\n$/),
    ]);
    expect(row("fullwidth.yaml", "1").actuals).toEqual({ 2024: 26.1 });
  });

  it("a project's investment typed as 80% is refused at its cell: 万元 are no percentage", () => {
    set("tpl.xlsx", "invested.xlsx", [["Key projects (附表1)", "4", "Invested (万元) 2024", 0.8, "0%"]]);
    const r = cli(["--lang", "en", "import", at("invested.xlsx"), "-o", at("invested.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("invested.xlsx:Key projects (附表1)!M5: ");
    expect(r.stderr).toContain("80%");
  });
});

describe("import: a word every object has (constructor, toString) is no word of a sheet", () => {
  it("as Kind, Better and Values are, each refused at its cell, and nothing written", () => {
    set("tpl.xlsx", "inherited.xlsx", [
      ["Indicators", "1", "Kind", "constructor"],
      ["Indicators", "2", "Better", "toString"],
      ["Indicators", "3", "Values are", "valueOf"],
    ]);
    const r = cli(["--lang", "en", "import", at("inherited.xlsx"), "-o", at("inherited.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr.match(/inherited\.xlsx:Indicators!\w+\d+: /g)).toEqual([
      "inherited.xlsx:Indicators!E2: ",
      "inherited.xlsx:Indicators!F3: ",
      "inherited.xlsx:Indicators!T4: ",
    ]);
    expect(r.stderr).not.toContain("function");
  });

  it("as a veto's condition: constructor is a name like any other; __proto__ is refused as the file would refuse it", () => {
    set("tpl.xlsx", "vetoes.xlsx", [
      ["Vetoes", "#2", "Year", 2024],
      ["Vetoes", "#2", "Condition", "constructor"],
      ["Vetoes", "#2", "Stated", "否"],
      ["Vetoes", "#3", "Year", 2024],
      ["Vetoes", "#3", "Condition", "__proto__"],
      ["Vetoes", "#3", "Stated", "否"],
    ]);
    const r = cli(["--lang", "en", "import", at("vetoes.xlsx"), "-o", at("vetoes.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/vetoes\.xlsx:Vetoes!C3: a key named __proto__ is not read/),
    ]);
  });
});

describe("import: a date typed where a date belongs", () => {
  it("a review's date typed as 2024-12-01 (a date cell) is that date; a date where a value belongs is refused", () => {
    set("tpl.xlsx", "review.xlsx", [
      ["Reviews", "#2", "No.", "9"],
      ["Reviews", "#2", "Verdict", "通过"],
      ["Reviews", "#2", "Reviewed by", "张三"],
      ["Reviews", "#2", "Date", { date: "2024-12-01" }, "yyyy-mm-dd"],
      ["Reviews", "#2", "Year", 2024],
    ]);
    const r = cli(["import", at("review.xlsx"), "-o", at("review.yaml")]);
    expect(r.status).toBe(0);
    const review = (
      parse(readFileSync(at("review.yaml"), "utf8")) as { indicators: Array<{ id: string; review?: unknown }> }
    ).indicators.find((i) => i.id === "9")!.review;
    expect(review).toMatchObject({ date: "2024-12-01", by: "张三" });
    set("tpl.xlsx", "value-date.xlsx", [["Indicators", "1", "2024", { date: "2024-12-01" }, "yyyy-mm-dd"]]);
    const refused = cli(["--lang", "en", "import", at("value-date.xlsx"), "-o", at("value-date.yaml")]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("the cell holds a date (2024-12-01), not a value");
  });
});

describe("import: years as people type them", () => {
  it("2022年 in the Region sheet's base year is 2022; a year it cannot read is one error at its cell, not also 'no region sheet'", () => {
    set("tpl.xlsx", "year-zh.xlsx", [["Region", "plan.base_year", "Value", "2022年"]]);
    const r = cli(["import", at("year-zh.xlsx"), "-o", at("year-zh.yaml")]);
    expect(r.status).toBe(0);
    expect((parse(readFileSync(at("year-zh.yaml"), "utf8")) as { plan: { base_year: unknown } }).plan.base_year).toBe(
      2022,
    );
    set("tpl.xlsx", "year-bad.xlsx", [["Region", "plan.base_year", "Value", "二〇二二"]]);
    const bad = cli(["--lang", "en", "import", at("year-bad.xlsx"), "-o", at("year-bad.yaml")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split("\n")).toEqual([
      `${at("year-bad.xlsx")}:Region!B10: a year (4 digits) was expected, found “二〇二二”`,
    ]);
  });
});

describe("record --from", () => {
  it("reads a literal % as the number shown and a percent cell as its percentage", () => {
    set("vals.xlsx", "vals-literal.xlsx", [
      ["", "17", "value (2024)", 96.5, "0.0\\%"],
      ["", "15", "value (2024)", 84, '0.00"%"'],
      ["", "1", "value (2024)", 0.261, "0.0%"],
    ]);
    const file = at("literal-record.yaml");
    copyFileSync(SEED, file);
    const r = cli(["--lang", "en", "record", file, "--year", "2024", "--from", at("vals-literal.xlsx")]);
    expect(r.status).toBe(0);
    const recorded = parse(readFileSync(file, "utf8")) as { indicators: Array<{ id: string; actuals?: unknown }> };
    const actual = (id: string) => recorded.indicators.find((i) => i.id === id)!.actuals;
    expect(actual("17")).toEqual({ 2024: 96.5 });
    expect(actual("15")).toEqual({ 2024: 84 });
    expect(actual("1")).toEqual({ 2024: 26.1 });
  });

  it("reads the first sheet with a header, past a sheet of instructions put in front, and says which", () => {
    const make = `
import openpyxl
wb = openpyxl.load_workbook("${at("vals.xlsx")}")
notes = wb.create_sheet("说明", 0); notes["A1"] = "填表说明：请在数值列填写"
ws = wb["values 2024"]
rows = {str(ws.cell(r, 1).value): r for r in range(2, ws.max_row + 1)}
ws.cell(rows["15"], 6).value = 86
wb.save("${at("instructions.xlsx")}")
`;
    expect(spawnSync(PYTHON, ["-c", make]).status).toBe(0);
    const file = at("instructions.yaml");
    copyFileSync(SEED, file);
    const r = cli(["--lang", "en", "record", file, "--year", "2024", "--from", at("instructions.xlsx")]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      `${at("instructions.xlsx")}: read the sheet “values 2024”, the first of its 2 with a table it reads (an id and a value column, or a project and its progress); --sheet NAME reads another`,
    );
    const recorded = parse(readFileSync(file, "utf8")) as { indicators: Array<{ id: string; actuals?: unknown }> };
    expect(recorded.indicators.find((i) => i.id === "15")!.actuals).toEqual({ 2024: 86 });
  });

  it("names a cell sharing another's formula, without a saved result, by the cell it shares with", () => {
    // Excel writes a formula filled down as one shared formula: F3 holds only a reference to F2's.
    const make = `
import re, zipfile
src = zipfile.ZipFile("${at("vals.xlsx")}")
out = zipfile.ZipFile("${at("shared.xlsx")}", "w")
for item in src.infolist():
    data = src.read(item.filename)
    if item.filename == "xl/worksheets/sheet1.xml":
        text = data.decode("utf-8")
        text = re.sub(r'<c r="F2" s="(\\d+)"/>', r'<c r="F2" s="\\1"><f t="shared" ref="F2:F3" si="0">D2+1</f></c>', text, 1)
        text = re.sub(r'<c r="F3" s="(\\d+)"/>', r'<c r="F3" s="\\1"><f t="shared" si="0"/></c>', text, 1)
        data = text.encode("utf-8")
    out.writestr(item, data)
out.close()
`;
    const made = spawnSync(PYTHON, ["-c", make], { encoding: "utf8" });
    expect(made.stderr).toBe("");
    const file = at("shared.yaml");
    copyFileSync(SEED, file);
    const r = cli(["--lang", "en", "record", file, "--year", "2024", "--from", at("shared.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("!F2: the formula =D2+1 has no saved result");
    expect(r.stderr).toContain("!F3: the formula this cell shares with F2 has no saved result");
  });

  it("refuses a project's investment typed as 80% at its cell, and writes nothing", () => {
    const make = `
import openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "进度"
ws.append(["项目编号", "累计投资", "状态"]); ws.append([4, 0.8, "在建"]); ws["B2"].number_format = "0%"
wb.save("${at("progress.xlsx")}")
`;
    expect(spawnSync(PYTHON, ["-c", make]).status).toBe(0);
    const file = at("progress.yaml");
    copyFileSync(SEED, file);
    const before = readFileSync(file, "utf8");
    const r = cli(["--lang", "en", "record", file, "--year", "2024", "--from", at("progress.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("progress.xlsx:进度!B2: ");
    expect(r.stderr).toContain("80%");
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});
