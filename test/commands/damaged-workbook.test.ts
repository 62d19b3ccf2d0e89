/**
 * A workbook whose zip holds a part twice, the second copy broken (as Python's zipfile writes one
 * on request): import and record --from say the workbook is damaged, in a sentence of ours, not the
 * workbook library's words about a property of undefined.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const DUPLICATE = `
import sys, zipfile, warnings
warnings.simplefilter("ignore")
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
    for item in zin.infolist():
        zout.writestr(item, zin.read(item.filename))
    zout.writestr("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row")
`;

describe("a workbook with a part written twice, the second broken", () => {
  it("is refused by import and record --from as damaged, in our words", () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    expect(run(["template", join(dir, "a.yaml"), "-o", join(dir, "t.xlsx")]).status).toBe(0);
    const made = spawnSync("python3", ["-c", DUPLICATE, join(dir, "t.xlsx"), join(dir, "x.xlsx")], {
      encoding: "utf8",
    });
    expect(made.status, made.stderr).toBe(0);
    for (const args of [
      ["import", join(dir, "x.xlsx")],
      ["record", join(dir, "a.yaml"), "--year", "2024", "--from", join(dir, "x.xlsx")],
    ]) {
      const r = run([...args, "--lang", "en"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `${join(dir, "x.xlsx")}:1:1: error[unreadable-workbook]: cannot read ${join(dir, "x.xlsx")} as a workbook: a part of it is damaged or not what a workbook holds\n`,
      );
    }
  });
});

describe("a workbook that is not an import template", () => {
  it("is refused by its file's name and the sheet it lacks, with no cell to name", () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    // record's fill-in sheet: a workbook of ours, but not the template import reads.
    expect(run(["record", join(dir, "a.yaml"), "--year", "2024", "--template", "-o", join(dir, "r.xlsx")]).status).toBe(
      0,
    );
    const r = run(["import", join(dir, "r.xlsx"), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${join(dir, "r.xlsx")}: no region sheet (地区 / Region) with the fields name and base_year\n`,
    );
  });
});

const REPLACE_SHEET = `
import sys, zipfile
src, dst, xml = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
    for item in zin.infolist():
        data = xml.encode() if item.filename == "xl/worksheets/sheet1.xml" else zin.read(item.filename)
        zout.writestr(item, data)
`;

describe("a workbook whose sheet is not well-formed XML", () => {
  const HEAD = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  it.each([
    [
      "an entity no document declares",
      `${HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`,
      156,
    ],
    ["a close tag that opens nothing", `${HEAD}<sheetData></row></sheetData></worksheet>`, 139],
  ])("%s: refused where the parser stopped, in our words, in both languages", (_name, xml, column) => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    expect(run(["template", join(dir, "a.yaml"), "-o", join(dir, "t.xlsx")]).status).toBe(0);
    const made = spawnSync("python3", ["-c", REPLACE_SHEET, join(dir, "t.xlsx"), join(dir, "x.xlsx"), xml], {
      encoding: "utf8",
    });
    expect(made.status, made.stderr).toBe(0);
    const file = join(dir, "x.xlsx");
    const en = run(["import", file, "--lang", "en"]);
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      `${file}:1:1: error[unreadable-workbook]: cannot read ${file} as a workbook: one of its parts is not well-formed XML (line 1, column ${column}); save it again from the spreadsheet program\n`,
    );
    const zh = run(["import", file, "--lang", "zh"]);
    expect(zh.stderr).toContain(`其中一个部件不是格式正确的 XML（第 1 行第 ${column} 列）；请用电子表格程序重新保存\n`);
  });
});
