/**
 * `record --template --year Y FILE [-o values.csv|values.xlsx]`: the fill-in sheet for a year,
 * which `record --from` reads back once its value column is filled; the workbook opens in
 * LibreOffice as well as in the library that wrote it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url);
const seedText = readFileSync(SEED, "utf8");
type Row = { id: string; name?: string; baseline?: unknown; actuals?: Record<string, unknown> };
const seedRows = (parse(seedText) as { indicators: Row[] }).indicators;

function workdir(): { dir: string; file: string } {
  const dir = tempDir("template-");
  const file = join(dir, "lingling.yaml");
  copyFileSync(SEED, file);
  return { dir, file };
}

const rowsOf = (file: string) => (parse(readFileSync(file, "utf8")) as { indicators: Row[] }).indicators;

/** A value for every row, as an analyst would fill it: a number, or a status the tool reads. */
const fill = (i: number) => String(10 + i / 10);

describe("record --template", () => {
  it("writes a CSV with a BOM: one row per indicator, its latest value and year, an empty value column", () => {
    const { dir, file } = workdir();
    const out = join(dir, "values-2024.csv");
    const r = cli(["record", file, "--template", "--year", "2024", "-o", out, "--lang", "en"]);
    expect(r.status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes, { bom: true }) as string[][];
    expect(records[0]).toEqual(["id", "name", "unit", "latest value", "latest year", "value (2024)", "note"]);
    expect(records.slice(1).map((r) => r[0])).toEqual(seedRows.map((r) => r.id));
    expect(records.find((r) => r[0] === "15")).toEqual(["15", "农膜回收率", "%", "86.8", "2022", "", ""]);
    expect(records.find((r) => r[0] === "2")).toEqual([
      "2",
      "党政领导干部生态环境损害责任追究制度",
      "",
      "已建立",
      "2022",
      "",
      "",
    ]);
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });

  it("Chinese headers with --lang zh; the latest value is the one before the year", () => {
    const { file } = workdir();
    expect(cli(["record", file, "--year", "2023", "--set", "15=87"]).status).toBe(0);
    const r = cli(["record", file, "--template", "--year", "2024", "--lang", "zh"]);
    expect(r.status).toBe(0);
    const records = parseCsv(r.stdout, { bom: true }) as string[][];
    expect(records[0]).toEqual(["序号", "指标名称", "单位", "最近实际值", "所属年份", "数值（2024年）", "备注"]);
    expect(records.find((x) => x[0] === "15")!.slice(3, 5)).toEqual(["87", "2023"]);
    const earlier = parseCsv(cli(["record", file, "--template", "--year", "2023"]).stdout, { bom: true }) as string[][];
    expect(earlier.find((x) => x[0] === "15")!.slice(3, 5)).toEqual(["86.8", "2022"]);
  });

  it("CSV round trip: fill the value column, record it, and every value lands", () => {
    const { dir, file } = workdir();
    const out = join(dir, "values-2024.csv");
    expect(cli(["record", file, "--template", "--year", "2024", "-o", out, "--lang", "zh"]).status).toBe(0);
    // Fill the two empty last cells of each data line, as a spreadsheet saves them.
    const lines = readFileSync(out, "utf8").split("\r\n");
    const filled = lines.map((line, n) => (n === 0 || line === "" ? line : line.replace(/,,$/, `,${fill(n)},核定`)));
    writeFileSync(out, filled.join("\r\n"));
    const r = cli(["record", file, "--year", "2024", "--from", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const [n, row] of rowsOf(file).entries())
      expect(row.actuals?.[2024]).toEqual({ value: Number(fill(n + 1)), note: "核定" });
  });

  it("xlsx: a frozen header, the value column highlighted; filled in the workbook, it records", async () => {
    const { dir, file } = workdir();
    const out = join(dir, "values-2024.xlsx");
    expect(cli(["record", file, "--template", "--year", "2024", "-o", out]).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ws = book.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "id",
      "name",
      "unit",
      "latest value",
      "latest year",
      "value (2024)",
      "note",
    ]);
    expect(ws.getCell("F2").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getColumn(2).width).toBeGreaterThan(20);
    expect(ws.rowCount).toBe(seedRows.length + 1);
    const row15 = ws.getRow(seedRows.findIndex((r) => r.id === "15") + 2);
    expect([row15.getCell(1).value, row15.getCell(4).value, row15.getCell(5).value]).toEqual(["15", 86.8, 2022]);
    for (let n = 2; n <= ws.rowCount; n++) ws.getCell(n, 6).value = Number(fill(n - 1));
    await book.xlsx.writeFile(out);
    const r = cli(["record", file, "--year", "2024", "--from", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const [n, row] of rowsOf(file).entries()) expect(row.actuals?.[2024]).toBe(Number(fill(n + 1)));
  });

  it("the workbook opens in LibreOffice, with the same rows", () => {
    const { dir, file } = workdir();
    const out = join(dir, "values.xlsx");
    expect(cli(["record", file, "--template", "--year", "2024", "-o", out, "--lang", "zh"]).status).toBe(0);
    const lo = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        dir,
        out,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(lo.error).toBeUndefined();
    expect(existsSync(join(dir, "values.csv"))).toBe(true);
    const records = parseCsv(readFileSync(join(dir, "values.csv")), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    expect(records[0]).toEqual(["序号", "指标名称", "单位", "最近实际值", "所属年份", "数值（2024年）", "备注"]);
    expect(records.slice(1).map((r) => [r[0], r[1]])).toEqual(seedRows.map((r) => [r.id, r.name]));
  }, 150_000);

  it("lists the rows an edition supplies; a filled row the file lacks is appended", () => {
    const dir = tempDir("template-edition-");
    const file = join(dir, "county.yaml");
    writeFileSync(
      file,
      'region: {name: 某县, level: county, zone: west, urban_district: false}\nstandard: county-2024\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n  - id: "1"\n    baseline: 25.5\n',
    );
    const out = join(dir, "values.csv");
    expect(cli(["record", file, "--template", "--year", "2023", "-o", out]).status).toBe(0);
    const lines = readFileSync(out, "utf8").split("\r\n");
    const standards = JSON.parse(cli(["-f", "json", file]).stdout) as {
      files: Array<{ indicators: Array<{ id: string }> }>;
    };
    expect((parseCsv(readFileSync(out), { bom: true }) as string[][]).slice(1).map((r) => r[0])).toEqual(
      standards.files[0]!.indicators.map((i) => i.id),
    );
    // Keep the rows with a value, as the README tells: the header, 1 and 7.1.
    const kept = [lines[0], ...lines.filter((l) => /^(1|7\.1),/.test(l)).map((l) => l.replace(/,,$/, ",50,"))];
    writeFileSync(out, kept.join("\r\n"));
    const r = cli(["record", file, "--year", "2023", "--from", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(rowsOf(file).map((row) => [row.id, row.actuals?.[2023]])).toEqual([
      ["1", 50],
      ["7.1", 50],
    ]);
  });

  it("never over an existing file without --force, never over the indicator file, and not with --set", () => {
    const { dir, file } = workdir();
    const out = join(dir, "values.csv");
    writeFileSync(out, "mine");
    const refused = cli(["record", file, "--template", "--year", "2024", "-o", out, "--lang", "en"]);
    expect(refused.status).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect(cli(["record", file, "--template", "--year", "2024", "-o", out, "--force"]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^\uFEFFid,/);
    const over = cli(["record", file, "--template", "--year", "2024", "-o", file, "--force", "--lang", "en"]);
    expect(over.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(seedText);
    const both = cli(["record", file, "--template", "--year", "2024", "--set", "1=2", "--lang", "en"]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--template writes a sheet to fill in");
    const stray = cli(["record", file, "--year", "2024", "--set", "1=2", "-o", join(dir, "x.csv"), "--lang", "en"]);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain("-o is where --template writes its sheet");
    expect(readFileSync(file, "utf8")).toBe(seedText);
  });
});
