/**
 * `record --from values.xlsx`: a workbook's first sheet (or --sheet NAME), the same headers as a
 * CSV, numbers as Excel shows them, and every bad cell named by file, sheet and cell.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url);
const seedText = readFileSync(SEED, "utf8");

function workdir(): { dir: string; file: string } {
  const dir = tempDir("xlsx-");
  const file = join(dir, "lingling.yaml");
  copyFileSync(SEED, file);
  return { dir, file };
}

const actual = (file: string, id: string, year: number) =>
  (
    parse(readFileSync(file, "utf8")) as { indicators: Array<{ id: string; actuals?: Record<string, unknown> }> }
  ).indicators.find((i) => i.id === id)!.actuals?.[year];

type Cell = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };

/** A workbook with one sheet per entry, each a list of rows (undefined: an empty row). */
async function workbook(
  path: string,
  sheets: Record<string, Array<Cell[] | undefined>>,
  hidden: string[] = [],
): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(name, hidden.includes(name) ? { state: "hidden" } : {});
    for (const [r, row] of rows.entries())
      for (const [c, cell] of (row ?? []).entries()) {
        const target = ws.getCell(r + 1, c + 1);
        if (cell !== null && typeof cell === "object" && "numFmt" in cell) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else target.value = cell;
      }
  }
  writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
}

const HEADER = ["序号", "指标名称", "单位", "数值（2023年）", "备注"];

describe("record --from a workbook", () => {
  it("reads numbers as Excel shows them: typed, formula results, percent cells", async () => {
    const { dir, file } = workdir();
    const xlsx = join(dir, "values.xlsx");
    await workbook(xlsx, {
      "2023年": [
        ["表1 永州市零陵区 2023 年指标值"],
        undefined,
        HEADER,
        ["1", "生态文明建设工作占党政实绩考核的比例", "%", 26.1],
        [15, "农膜回收率", "%", { formula: "86+1.5", result: 87.5 }, "年报"],
        undefined,
        ["17", "公众对生态环境质量满意程度", "%", { value: 0.935, numFmt: "0.0%" }],
        ["6.1", "生态质量指数", "", { formula: "0.1+0.2", result: 0.1 + 0.2 }],
        ["14", "农田灌溉水有效利用系数", "", { value: 0.55, numFmt: "0%" }],
        ["2", "党政领导干部生态环境损害责任追究制度", "", { richText: [{ text: "已" }, { text: "建立" }] }],
        [null, "（二）环境质量改善"],
      ],
      说明: [["这张表说明数据来源"]],
    });
    const r = cli(["record", file, "--year", "2023", "--from", xlsx, "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`${xlsx}: read the sheet “2023年”, the first of its 2 with a table it reads`);
    expect(r.stderr).toContain(`${xlsx}: the percent-formatted cells of 17 are read as the percentages they show`);
    expect(actual(file, "1", 2023)).toBe(26.1);
    expect(actual(file, "15", 2023)).toEqual({ value: 87.5, note: "年报" });
    expect(actual(file, "17", 2023)).toBe(93.5);
    expect(actual(file, "6.1", 2023)).toBe(0.3);
    // A percent format on an indicator without the unit %: the number is what the cell holds.
    expect(actual(file, "14", 2023)).toBe(0.55);
    expect(actual(file, "2", 2023)).toBe("已建立");
  });

  it("names every bad cell by file, sheet and cell", async () => {
    const { dir, file } = workdir();
    const xlsx = join(dir, "values.xlsx");
    await workbook(xlsx, {
      "2024 values": [
        HEADER.map((h) => h.replace("2023", "2024")),
        ["1", "生态文明建设工作占党政实绩考核的比例", "%", 26],
        ["15", "农膜回收率", "%", "八十"],
        ["16", "", "%", null, "待统计"],
        ["X9", "", "", 3],
        [null, "", "", 5],
      ],
    });
    const r = cli(["record", file, "--year", "2024", "--from", xlsx, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")).toEqual([
      // A row with an id and no value is left out with a notice: a department fills only its own rows.
      `${xlsx}: the rows without a value are left out (indicators 16); the completeness list of a check says what is still missing`,
      `${xlsx}:'2024 values'!D3: indicator 15: “八十” is not a number or a value the tool reads (已建立, 无黑臭水体, 不涉及…)`,
      `${xlsx}:'2024 values'!A5: no indicator “X9” in ${file}`,
      `${xlsx}:'2024 values'!A6: a value “5” without an id; fill in the id or delete the row`,
      `${file} is unchanged.`,
      "",
    ]);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("--sheet reads the sheet named; a sheet it lacks is named with the sheets it has", async () => {
    const { dir, file } = workdir();
    const xlsx = join(dir, "values.xlsm");
    await workbook(
      xlsx,
      {
        封面: [["2023 年报"]],
        数值: [
          ["id", "value"],
          ["15", 87],
        ],
      },
      [],
    );
    expect(cli(["record", file, "--year", "2023", "--from", xlsx, "--sheet", "数值"]).status).toBe(0);
    expect(actual(file, "15", 2023)).toBe(87);
    const r = cli(["record", file, "--year", "2023", "--from", xlsx, "--sheet", "Sheet1", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${xlsx}:1:1: error[no-such-sheet]: ${xlsx} has no sheet “Sheet1”; its sheets: “封面”, “数值”\n`,
    );
  });

  it("the first sheet is the first one shown: a hidden sheet before it is passed over", async () => {
    const { dir, file } = workdir();
    const xlsx = join(dir, "values.xlsx");
    await workbook(
      xlsx,
      {
        lookup: [
          ["id", "value"],
          ["15", 1],
        ],
        数值: [
          ["id", "value"],
          ["15", 87],
        ],
      },
      ["lookup"],
    );
    expect(cli(["record", file, "--year", "2023", "--from", xlsx]).status).toBe(0);
    expect(actual(file, "15", 2023)).toBe(87);
  });

  it("a formula without a saved result is refused at its cell", async () => {
    const { dir, file } = workdir();
    const xlsx = join(dir, "values.xlsx");
    await workbook(xlsx, {
      Sheet1: [
        ["id", "value"],
        ["15", { formula: "B5*2" }],
      ],
    });
    const r = cli(["record", file, "--year", "2023", "--from", xlsx, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${xlsx}:Sheet1!B2: the formula =B5*2 has no saved result`);
  });

  it("an Excel 97–2003 workbook is refused in a sentence, not read as text", () => {
    const { dir, file } = workdir();
    const xls = join(dir, "values.xls");
    writeFileSync(
      xls,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const r = cli(["record", file, "--year", "2023", "--from", xls, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${xls}:1:1: error[not-a-workbook]: ${xls} is not an .xlsx workbook (an Excel 97–2003 .xls, or a password-protected workbook): save it as .xlsx or as CSV\n`,
    );
  });
});

describe("a number cell is the number it holds", () => {
  it("0.0000001 (which String() writes 1e-7) is recorded as that number; 1e-320, which digits cannot give back, is refused", async () => {
    const { dir, file } = workdir();
    const xlsx = join(dir, "values.xlsx");
    await workbook(xlsx, {
      Sheet: [
        ["id", "value"],
        ["4", 0.0000001],
        ["6.1", 1e-320],
      ],
    });
    const r = cli(["record", file, "--year", "2024", "--from", xlsx]);
    expect([r.status, r.stderr.split("\n")[0]]).toEqual([
      2,
      `${xlsx}:Sheet!B3: indicator 6.1: “1e-320” is not a number or a value the tool reads (已建立, 无黑臭水体, 不涉及…)`,
    ]);
    await workbook(xlsx, {
      Sheet: [
        ["id", "value"],
        ["4", 0.0000001],
      ],
    });
    expect(cli(["record", file, "--year", "2024", "--from", xlsx]).status).toBe(0);
    expect(actual(file, "4", 2024)).toBe(0.0000001);
  });
});

describe("a workbook as wide as a stray cell makes it", () => {
  it("a cell past column 256 (in XFD) is refused before any row is built; record and import say so at once", async () => {
    const { dir, file } = workdir();
    const xlsx = join(dir, "values.xlsx");
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Sheet");
    ws.getCell("A1").value = "id";
    ws.getCell("B1").value = "value";
    ws.getCell("A2").value = "1";
    ws.getCell("B2").value = 26.1;
    ws.getCell("XFD3").value = "x";
    writeFileSync(xlsx, new Uint8Array(await book.xlsx.writeBuffer()));
    const sentence = `${xlsx}: a sheet has a cell in XFD3, past column 256; a workbook of values uses far fewer columns: delete what lies to the right of the table`;
    const r = cli(["record", file, "--year", "2024", "--from", xlsx]);
    expect([r.status, r.stderr.split("\n")[0]]).toEqual([2, `${xlsx}:1:1: error[unreadable-workbook]: ${sentence}`]);
    expect(readFileSync(file, "utf8")).toBe(seedText);
    const i = cli(["import", xlsx]);
    expect([i.status, i.stderr]).toEqual([2, expect.stringContaining(sentence)]);
  });

  it("column IV (256) is read", async () => {
    const { dir, file } = workdir();
    const xlsx = join(dir, "values.xlsx");
    await workbook(xlsx, {
      Sheet: [
        ["id", "value"],
        ["1", 26.1],
      ],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    book.getWorksheet("Sheet")!.getCell("IV2").value = "x";
    writeFileSync(xlsx, new Uint8Array(await book.xlsx.writeBuffer()));
    expect(cli(["record", file, "--year", "2024", "--from", xlsx]).status).toBe(0);
    expect(actual(file, "1", 2024)).toBe(26.1);
  });
});
