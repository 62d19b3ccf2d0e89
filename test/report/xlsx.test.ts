/**
 * `-f xlsx`, written by the built binary and read back with exceljs's reader: the layout of 表1,
 * verdict cells that agree with the JSON report, fills by verdict, the summary sheet of a batch and
 * the long sheet of a large one.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { VERDICT_MARK, t } from "../../src/i18n/translate.js";
import { VERDICTS, type Verdict } from "../../src/model/verdict.js";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";
import { cellText, readWorkbook } from "./workbook.js";

afterAll(removeTempDirs);

interface Json {
  files: Array<{
    file: string;
    region: { name: string };
    overall: string;
    indicators: Array<{ id: string; checks: Record<string, { verdict: Verdict }> }>;
  }>;
}

const json = (args: string[]): Json => JSON.parse(run([...args, "-f", "json", "--exit-zero"]).stdout) as Json;

function writeXlsx(args: string[], lang: "zh" | "en" = "zh"): { path: string; status: number | null; stderr: string } {
  const path = join(tempDir(), "report.xlsx");
  const r = run(["--lang", lang, ...args, "-f", "xlsx", "-o", path]);
  return { path, status: r.status, stderr: r.stderr };
}

const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1).map(String);
const column = (sheet: ExcelJS.Worksheet, title: string) =>
  header(sheet).findIndex((h) => h === title || h.startsWith(title)) + 1;
const rgb = (cell: ExcelJS.Cell) => ((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? "").slice(-6);
const channels = (hex: string) =>
  [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe("the workbook of one file", async () => {
  const { path, status } = writeXlsx([SEED]);
  const workbook = await readWorkbook(path);
  const [sheet, reasons] = workbook.worksheets;

  it("exits as the check does, and has a sheet for the region and a reasons sheet", () => {
    expect(status).toBe(1);
    // The seed's key projects: a sheet in 附表1's layout after the reasons.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["永州市零陵区", "理由", "重点工程（附表1） 永州市零陵区"]);
  });

  it("is laid out as the plan's 表1: 序号, 指标, 单位, 国家标准, 指标属性, 基准值, 近期目标 and 远期目标 with their years, then a verdict per check", () => {
    expect(header(sheet!).slice(0, 8)).toEqual([
      "序号",
      "指标",
      "单位",
      "国家标准",
      "指标属性",
      "基准值（2022年）",
      "近期目标（2025年）",
      "远期目标（2030年）",
    ]);
    expect(header(sheet!).slice(8)).toEqual(["达标情况：基准值", "达标情况：近期目标", "达标情况：远期目标"]);
    expect(sheet!.actualRowCount).toBe(1 + 31);
    expect(cellText(sheet!.getCell("A2"))).toBe("1");
    expect(sheet!.getCell("F2").value).toBe(25.5);
    expect(cellText(sheet!.getRow(2).getCell(5))).toBe("约束性");
  });

  it("freezes the header row and sets column widths", () => {
    expect(sheet!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet!.getColumn(2).width).toBeGreaterThan(sheet!.getColumn(1).width!);
  });

  it("has each check's verdict as the JSON report gives it", () => {
    const [file] = json([SEED]).files;
    const checks = {
      baseline: "达标情况：基准值",
      near_term: "达标情况：近期目标",
      long_term: "达标情况：远期目标",
    } as const;
    file!.indicators.forEach((indicator, n) => {
      const row = sheet!.getRow(n + 2);
      expect(cellText(row.getCell(1))).toBe(indicator.id);
      for (const [check, title] of Object.entries(checks)) {
        const verdict = indicator.checks[check]?.verdict;
        expect(cellText(row.getCell(column(sheet!, title))), `${indicator.id} ${check}`).toBe(
          verdict ? `${VERDICT_MARK[verdict]} ${t("zh", `verdict.${verdict}`)}` : "",
        );
      }
    });
  });

  it("fills verdict cells by verdict: one colour per verdict, green for a pass, red for a failure, amber for a warning", async () => {
    const every = await readWorkbook(writeXlsx([join(import.meta.dirname, "fixtures", "every-verdict.yaml")]).path);
    const fills = new Map<Verdict, Set<string>>();
    for (const s of every.worksheets.slice(0, 1)) {
      s.eachRow((row, n) => {
        if (n === 1) return;
        row.eachCell((cell) => {
          const v = VERDICTS.find((x) => cellText(cell) === `${VERDICT_MARK[x]} ${t("zh", `verdict.${x}`)}`);
          if (v) fills.set(v, (fills.get(v) ?? new Set()).add(rgb(cell)));
        });
      });
    }
    expect([...fills.keys()].sort()).toEqual([...VERDICTS].sort());
    for (const [v, colours] of fills) expect(colours.size, v).toBe(1);
    const colour = (v: Verdict) => channels([...fills.get(v)!][0]!);
    expect(new Set(VERDICTS.map((v) => [...fills.get(v)!][0])).size).toBeGreaterThanOrEqual(5);
    const [pr, pg, pb] = colour("PASS");
    expect(pg).toBeGreaterThan(pr);
    expect(pg).toBeGreaterThan(pb);
    const [fr, fg, fb] = colour("FAIL");
    expect(fr).toBeGreaterThan(fg);
    expect(fr).toBeGreaterThan(fb);
    const [wr, wg, wb] = colour("WARN");
    expect(Math.min(wr, wg)).toBeGreaterThan(wb);
  });

  it("lists the reason of every check that did not pass", () => {
    const [file] = json([SEED]).files;
    const problems = file!.indicators.flatMap((i) =>
      Object.values(i.checks).filter((c) => c.verdict !== "PASS" && c.verdict !== "N/A"),
    );
    expect(reasons!.actualRowCount).toBe(1 + problems.length);
    expect(header(reasons!)).toEqual(["地区", "文件", "序号", "指标", "检查", "判定", "理由"]);
    expect(cellText(reasons!.getCell("G2")).length).toBeGreaterThan(10);
  });

  it("has English headers with --lang en", async () => {
    const en = await readWorkbook(writeXlsx([SEED], "en").path);
    expect(header(en.worksheets[0]!).slice(0, 5)).toEqual(["No.", "Indicator", "Unit", "National standard", "Kind"]);
    expect(en.worksheets.map((s) => s.name)).toEqual(["永州市零陵区", "Reasons", "Key projects (附表1) 永州市零陵区"]);
  });
});

describe("a batch", () => {
  it("starts with a summary sheet, one row per file with its overall verdict and counts, linking to the file's sheet", async () => {
    const every = join(import.meta.dirname, "fixtures", "every-verdict.yaml");
    const { path } = writeXlsx([SEED, every]);
    const workbook = await readWorkbook(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "汇总",
      "永州市零陵区",
      "永州市零陵区 (2)",
      "理由",
      "重点工程（附表1） 永州市零陵区",
    ]);
    const summary = workbook.worksheets[0]!;
    expect(summary.actualRowCount).toBe(3);
    const files = json([SEED, every]).files;
    files.forEach((f, n) => {
      const row = summary.getRow(n + 2);
      expect(cellText(row.getCell(column(summary, "文件")))).toBe(f.file);
      expect(cellText(row.getCell(column(summary, "总体")))).toBe(t("zh", `overall.${f.overall}`));
      const counted = f.indicators.length;
      expect(
        Number(cellText(row.getCell(column(summary, "约束性·指标数")))) +
          Number(cellText(row.getCell(column(summary, "参考性·指标数")))),
      ).toBe(counted);
    });
    const link = summary.getRow(3).getCell(1).value as { hyperlink?: string };
    expect(link.hyperlink).toBe("#'永州市零陵区 (2)'!A1");
  });

  it("of more than 50 files gets the summary and one long sheet of every file's rows with a region column and an autofilter", async () => {
    const dir = join(tempDir(), "regions");
    mkdirSync(dir);
    for (let n = 1; n <= 52; n++) copyFileSync(SEED, join(dir, `region-${String(n).padStart(2, "0")}.yaml`));
    const { path, status } = writeXlsx([dir]);
    expect(status).toBe(1);
    const workbook = await readWorkbook(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "全部指标", "理由"]);
    const [summary, rows] = workbook.worksheets;
    expect(summary!.actualRowCount).toBe(1 + 52);
    expect(rows!.actualRowCount).toBe(1 + 52 * 31);
    expect(header(rows!)[0]).toBe("地区");
    expect(cellText(rows!.getCell("B2"))).toMatch(/region-01\.yaml$/);
    expect(cellText(rows!.getCell(`B${2 + 31}`))).toMatch(/region-02\.yaml$/);
    expect(rows!.autoFilter).toBeTruthy();
    expect(rows!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});

describe("where the workbook goes", () => {
  it("may go to standard output when it is not a terminal (a redirection): the bytes of a zip", () => {
    const dir = tempDir();
    const r = run([SEED, "-f", "xlsx", "--exit-zero"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("PK")).toBe(true);
  });

  it("is refused on a terminal, with a sentence, and nothing is left behind", () => {
    const dir = tempDir();
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(import.meta.dirname, "..", "..", "bin", "lingling-check.js"))} --lang en ${JSON.stringify(SEED)} -f xlsx`;
    // `script` gives the command a terminal as its standard output.
    const tty = spawnSync("script", ["-qec", script, "/dev/null"], {
      encoding: "utf8",
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(tty.status).toBe(2);
    expect(tty.stdout).toContain("xlsx is a binary format");
    expect(tty.stdout).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("with an input that has errors, holds the good files (the errors are on standard error), and leaves no temporary file", () => {
    const dir = tempDir();
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "region: {name: x}\nplan: {base_year: 2022}\nindicators: [{id: 1, standard: 九十}]\n");
    const out = join(dir, "out.xlsx");
    const r = run([SEED, bad, "-f", "xlsx", "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: error/);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["bad.yaml", "out.xlsx"]);
    expect(readFileSync(SEED).length).toBeGreaterThan(0);
  });
});
