/**
 * Cells as other programs store them, which our own writer never makes: merged ranges (openpyxl, as
 * Excel stores a merge), formulas whose saved result is text (Gnumeric keeps it in the shared
 * strings), the date formats East-Asian Excel stores by number only, and a percentage typed on a
 * row without a unit. Each workbook is written by the program named; the expected values are what
 * the spreadsheet shows, as literals.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url).pathname;
const PYTHON = "/usr/bin/python3";

let dir: string;
const at = (name: string) => join(dir, name);

/** Runs `script` with openpyxl on the template, `sheet` and the cell of row `id` under header `h` at hand as `cell(id, h)`. */
function edit(target: string, script: string, source = "tpl.xlsx") {
  const prelude = `
import datetime, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Indicators"]
head = {ws.cell(1, c).value: c for c in range(1, ws.max_column + 1)}
rows = {str(ws.cell(r, 1).value): r for r in range(2, ws.max_row + 1)}
cell = lambda rid, h: ws.cell(rows[rid], head[h])
`;
  const r = spawnSync(PYTHON, ["-c", `${prelude}${script}\nwb.save(sys.argv[2])`, at(source), at(target)], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
}
const actuals = (name: string) =>
  Object.fromEntries(
    (parse(readFileSync(at(name), "utf8")) as { indicators: Array<{ id: string; actuals?: unknown }> }).indicators
      .filter((i) => i.actuals !== undefined)
      .map((i) => [i.id, i.actuals]),
  );

beforeAll(() => {
  dir = tempDir("other-programs-");
  expect(cli(["--lang", "en", "template", SEED, "--year", "2024", "-o", at("tpl.xlsx")]).status).toBe(0);
});

describe("import", () => {
  it("a merged range's value is its first cell's: the cells it covers (the next year, the next row) stay empty", () => {
    edit(
      "merged.xlsx",
      `
cell("15", "2023").value = 86.8
ws.merge_cells(start_row=rows["15"], start_column=head["2023"], end_row=rows["15"], end_column=head["2024"])
cell("17", "2024").value = 96.5
ws.merge_cells(start_row=rows["17"], start_column=head["2024"], end_row=rows["17"] + 1, end_column=head["2024"])
`,
    );
    expect(cli(["import", at("merged.xlsx"), "-o", at("merged.yaml")]).status).toBe(0);
    expect(actuals("merged.yaml")).toEqual({ "15": { 2023: 86.8 }, "17": { 2024: 96.5 } });
  });
});

describe("record", () => {
  it("50% on a row without a unit (14, a coefficient) is 0.5, as from a percent-formatted cell, not 50", () => {
    copyFileSync(SEED, at("coefficient.yaml"));
    const r = cli(["record", at("coefficient.yaml"), "--year", "2024", "--set", "14=50%"]);
    expect(r.status).toBe(0);
    expect(actuals("coefficient.yaml")["14"]).toEqual({ 2024: 0.5 });
  });
});

describe("dates in the formats East-Asian Excel stores by number alone (XlsxWriter's num_format 31, 57)", () => {
  /** A sheet of id and value, its value a date in built-in format `format`, as XlsxWriter writes it; recorded into the seed. */
  function recordDate(format: number) {
    const book = at(`date${format}.xlsx`);
    const script = `
import datetime, sys, xlsxwriter
wb = xlsxwriter.Workbook(sys.argv[1])
ws = wb.add_worksheet("values")
ws.write_row(0, 0, ["id", "value"])
ws.write_string(1, 0, "4")
ws.write_datetime(1, 1, datetime.datetime(2024, 5, 1), wb.add_format({"num_format": int(sys.argv[2])}))
wb.close()
`;
    const made = spawnSync(PYTHON, ["-c", script, book, String(format)], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(made.stderr);
    copyFileSync(SEED, at(`date${format}.yaml`));
    return cli(["record", at(`date${format}.yaml`), "--year", "2024", "--from", book]);
  }
  it.each([31, 57])(
    "a date in format %i where a value belongs is refused at its cell, not recorded as 45413",
    (format) => {
      const r = recordDate(format);
      expect([r.status, r.stderr.split("\n")[0]]).toEqual([
        2,
        `${at(`date${format}.xlsx`)}:values!B2: the cell holds a date (2024-05-01), not a value: format it as text or a number and type the value again`,
      ]);
      expect(readFileSync(at(`date${format}.yaml`), "utf8")).toBe(readFileSync(SEED, "utf8"));
    },
  );
});

describe("a formula whose saved result is text, as Gnumeric saves it (in the shared strings)", () => {
  it("is the text it shows: 已建立, 不涉及 and 86.8, not the strings' numbers", () => {
    expect(cli(["--lang", "en", "record", SEED, "--template", "--year", "2024", "-o", at("vals.xlsx")]).status).toBe(0);
    const script = `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = {str(ws.cell(r, 1).value): r for r in range(2, ws.max_row + 1)}
ws.cell(rows["2"], 6).value = '="已"&"建立"'
ws.cell(rows["7.2"], 6).value = '=IF(1>0,"不涉及","")'
ws.cell(rows["15"], 6).value = '=IF(1>0,"86.8","")'
wb.save(sys.argv[2])
`;
    const made = spawnSync(PYTHON, ["-c", script, at("vals.xlsx"), at("formulas.xlsx")], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(made.stderr);
    // Gnumeric opens the workbook, works out the formulas and saves their results.
    const saved = spawnSync("ssconvert", [at("formulas.xlsx"), at("gnumeric.xlsx")], { encoding: "utf8" });
    expect(saved.status).toBe(0);
    copyFileSync(SEED, at("formulas.yaml"));
    expect(cli(["record", at("formulas.yaml"), "--year", "2024", "--from", at("gnumeric.xlsx")]).status).toBe(0);
    const recorded = actuals("formulas.yaml");
    expect([recorded["2"], recorded["7.2"], recorded["15"]]).toEqual([
      { 2024: "已建立" },
      { 2024: "不涉及" },
      { 2024: 86.8 },
    ]);
  });
});

describe("import finds the template's sheets by name, and loses no sheet of values", () => {
  /** The template with one sheet renamed by openpyxl. */
  function renamed(from: string, to: string, target: string) {
    const r = spawnSync(
      PYTHON,
      [
        "-c",
        "import openpyxl, sys\nwb = openpyxl.load_workbook(sys.argv[1])\nwb[sys.argv[3]].title = sys.argv[4]\nwb.save(sys.argv[2])",
        at("zh.xlsx"),
        at(target),
        from,
        to,
      ],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(r.stderr);
  }
  beforeAll(() => {
    expect(cli(["--lang", "zh", "template", SEED, "-o", at("zh.xlsx")]).status).toBe(0);
    expect(cli(["--lang", "en", "template", SEED, "-o", at("en.xlsx")]).status).toBe(0);
  });
  it.each([
    ["Superior targets", "a sheet of values (its four targets)"],
    ["Indicators", "the indicator sheet (not the key projects sheet read in its place)"],
  ])("%s hidden: %s is refused as hidden, nothing written", (sheet) => {
    const r = spawnSync(
      PYTHON,
      [
        "-c",
        "import openpyxl, sys\nwb = openpyxl.load_workbook(sys.argv[1])\nwb.active = 1\nwb[sys.argv[3]].sheet_state = 'hidden'\nwb.save(sys.argv[2])",
        at("en.xlsx"),
        at(`hidden-${sheet}.xlsx`),
        sheet,
      ],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    const imported = cli(["import", at(`hidden-${sheet}.xlsx`), "-o", at("hidden.yaml")]);
    expect([imported.status, imported.stderr]).toEqual([
      2,
      `${at(`hidden-${sheet}.xlsx`)}:${sheet}: the template's sheet is hidden, and hidden sheets are never read: unhide it\n`,
    ]);
    expect(existsSync(at("hidden.yaml"))).toBe(false);
  });
  it("重点工程(附表1), half-width brackets, is the key projects sheet: its 34 projects are read", () => {
    renamed("重点工程（附表1）", "重点工程(附表1)", "brackets.xlsx");
    expect(cli(["import", at("brackets.xlsx"), "-o", at("brackets.yaml")]).status).toBe(0);
    const file = parse(readFileSync(at("brackets.yaml"), "utf8")) as { projects?: { items: unknown[] } };
    expect(file.projects?.items.length).toBe(34);
  });
  it("a sheet of values named as none of the template's (上级目标) is refused at that sheet, nothing written", () => {
    renamed("上级下达目标", "上级目标", "superior.xlsx");
    const r = cli(["import", at("superior.xlsx"), "-o", at("superior.yaml")]);
    expect([r.status, r.stderr.split("\n")[0]]).toEqual([
      2,
      `${at("superior.xlsx")}:上级目标: a sheet holding values that is none of the template's (指标 / Indicators, 地区 / Region, 重点工程（附表1） / Key projects (附表1), 否决项 / Vetoes, 上级下达目标 / Superior targets, 参照值 / Reference values, 指标条件 / Conditions, 人工审核 / Reviews, 备注与来源 / Notes and sources): give it the template's name for what it holds, or hide or delete it`,
    ]);
    expect(existsSync(at("superior.yaml"))).toBe(false);
  });
});

describe("import of a workbook it cannot read", () => {
  it("an Excel 97–2003 .xls (an OLE compound file) is named as one, as record names it, not as no workbook", () => {
    const xls = at("template.xls");
    writeFileSync(
      xls,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const r = cli(["import", xls, "-o", at("xls.yaml")]);
    expect([r.status, r.stderr]).toEqual([
      2,
      `${xls}:1:1: error[not-a-workbook]: ${xls} is not an .xlsx workbook (an Excel 97–2003 .xls, or a password-protected workbook): save it as .xlsx without a password\n`,
    ]);
  });
});

describe('an ISO date cell (t="d", as openpyxl writes dates with iso_dates)', () => {
  it("where a value belongs is refused as the date it holds, 2024-05-01, not read as 2024 nor as 1905-07-16", () => {
    expect(cli(["--lang", "en", "record", SEED, "--template", "--year", "2024", "-o", at("iso.xlsx")]).status).toBe(0);
    const script = `
import datetime, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
wb.iso_dates = True
ws = wb.worksheets[0]
rows = {str(ws.cell(r, 1).value): r for r in range(2, ws.max_row + 1)}
ws.cell(rows["4"], 6).value = datetime.date(2024, 5, 1)
wb.save(sys.argv[2])
`;
    const made = spawnSync(PYTHON, ["-c", script, at("iso.xlsx"), at("iso-dates.xlsx")], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(made.stderr);
    copyFileSync(SEED, at("iso.yaml"));
    const r = cli(["record", at("iso.yaml"), "--year", "2024", "--from", at("iso-dates.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${at("iso-dates.xlsx")}:'values 2024'!F5: the cell holds a date (2024-05-01), not a value: format it as text or a number and type the value again`,
    );
  });
});

describe("an inline string with Excel's escapes (XlsxWriter's constant_memory mode writes text inline)", () => {
  it("reads _x000D_ as the carriage return it stands for, as a shared string does", () => {
    const script = `
import sys, xlsxwriter
wb = xlsxwriter.Workbook(sys.argv[1], {"constant_memory": True})
ws = wb.add_worksheet("2024年数值")
ws.write_row(0, 0, ["序号", "指标名称", "数值（2024年）", "备注"])
ws.write_row(1, 0, ["15", "农膜回收率", 86.8, "统计局\\r\\n口径"])
wb.close()
`;
    const made = spawnSync(PYTHON, ["-c", script, at("inline.xlsx")], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(made.stderr);
    copyFileSync(SEED, at("inline.yaml"));
    expect(cli(["record", at("inline.yaml"), "--year", "2024", "--from", at("inline.xlsx")]).status).toBe(0);
    expect(actuals("inline.yaml")["15"]).toEqual({ 2024: { value: 86.8, note: "统计局\r\n口径" } });
  });
});

describe("a date where import wants a year or a header", () => {
  it("is named once, for the date it holds: not again as a year not given, nor as a column “—”", () => {
    edit(
      "dates.xlsx",
      `
sup = wb["Superior targets"]
sup["B2"].value = datetime.date(2022, 1, 1)
ws.cell(1, head["2024"]).value = datetime.date(2024, 1, 1)
ws.cell(1, head["2024"]).number_format = "yyyy"
`,
    );
    const r = cli(["import", at("dates.xlsx"), "-o", at("dates.yaml")]);
    const said = (cell: string, date: string) =>
      `${at("dates.xlsx")}:${cell}: the cell holds a date (${date}), not a value: format it as text or a number and type the value again`;
    expect([r.status, r.stderr.trimEnd().split("\n").sort()]).toEqual([
      2,
      [said("Indicators!M1", "2024-01-01"), said("Superior targets!B2", "2022-01-01")].sort(),
    ]);
  });
});

describe("a workbook whose parts name the spreadsheet namespace by a prefix (<x:worksheet>, as the .NET Open XML SDK writes)", () => {
  it("is read as Excel's own, its value recorded, not refused as damaged", () => {
    expect(cli(["--lang", "en", "record", SEED, "--template", "--year", "2024", "-o", at("plain.xlsx")]).status).toBe(
      0,
    );
    const script = `
import openpyxl, re, sys, zipfile
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = {str(ws.cell(r, 1).value): r for r in range(2, ws.max_row + 1)}
ws.cell(rows["4"], 6).value = 33
wb.save(sys.argv[2] + ".tmp")
main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
with zipfile.ZipFile(sys.argv[2] + ".tmp") as zin, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        text = data.decode("utf-8") if item.filename.endswith(".xml") else None
        if text is not None and main in text:
            text = re.sub(r"<(/?)([A-Za-z]\\w*)(?=[\\s>/])", r"<\\1x:\\2", text).replace(main, main.replace("xmlns=", "xmlns:x="), 1)
            data = text.encode("utf-8")
        zout.writestr(item, data)
`;
    const made = spawnSync(PYTHON, ["-c", script, at("plain.xlsx"), at("prefixed.xlsx")], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(made.stderr);
    copyFileSync(SEED, at("prefixed.yaml"));
    expect(cli(["record", at("prefixed.yaml"), "--year", "2024", "--from", at("prefixed.xlsx")]).status).toBe(0);
    expect(actuals("prefixed.yaml")["4"]).toEqual({ 2024: 33 });
  });
});
