/**
 * The key projects (附表1) through `template` and `import`: the sheet in the report's layout, the
 * seed's 34 projects and 合计 read back to the same model, progress for a year filled in and read
 * back, lists split as people type them, and unreadable cells named by sheet!cell.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { runTemplate } from "../../src/cli/commands/template.js";
import { loadIndicatorFile } from "../../src/read.js";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";
import { headers, open, template } from "./templateCli.js";

afterAll(removeTempDirs);

const SHEET = "重点工程（附表1）";

/** A file's key projects as the loader builds them, without where they stand in the file. */
function projectsOf(path: string): unknown {
  const loaded = loadIndicatorFile(readFileSync(path, "utf8"), path);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return undefined;
  const where = new Set(["line", "contentLine", "investmentLine", "statedTotalLine"]);
  return JSON.parse(
    JSON.stringify(loaded.value.projects ?? null, (key, value: unknown) => (where.has(key) ? undefined : value)),
  );
}

/** The cell of the project row whose 序号 is `id` (or of the 合计 row), in the column headed `title`. */
function cellAt(sheet: ExcelJS.Worksheet, id: string, title: string): ExcelJS.Cell {
  const col = headers(sheet).indexOf(title) + 1;
  expect(col, title).toBeGreaterThan(0);
  const idCol = headers(sheet).indexOf("序号") + 1;
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => {
    if (String(row.getCell(idCol).value) === id || String(row.getCell(1).value) === id) found = row.getCell(col);
  });
  expect(found, id).toBeDefined();
  return found!;
}

function importTo(path: string, lang = "zh") {
  const yaml = join(tempDir(), "imported.yaml");
  return { yaml, ...run(["import", path, "-o", yaml, "--lang", lang]) };
}

/** `template --year Y` as the command runs it (in this process). */
async function templateForYear(file: string, year: string): Promise<string> {
  const path = join(tempDir(), "year.xlsx");
  let err = "";
  const sink = (write: (s: string) => void) =>
    new Writable({
      write: (chunk, _e, done) => {
        write(String(chunk));
        done();
      },
    });
  const status = await runTemplate(
    file,
    { output: path, force: false, lang: "zh", urbanDistrict: false, year },
    { stdout: sink(() => undefined), stderr: sink((s) => (err += s)) },
  );
  expect(err).toBe("");
  expect(status).toBe(0);
  return path;
}

describe("template: the key projects sheet", () => {
  it("lays the seed's projects out in the report's 附表1 columns, with 合计 last", async () => {
    const sheet = (await open(template([SEED]))).getWorksheet(SHEET)!;
    expect(headers(sheet)).toEqual([
      "建设领域",
      "建设任务",
      "序号",
      "工程名称",
      "建设内容",
      "项目属性",
      "项目总投资（万元）",
      "项目完成时间",
      "牵头单位",
      "关联指标",
      "备注",
    ]);
    expect(sheet.actualRowCount).toBe(1 + 34 + 1);
    expect(cellAt(sheet, "4", "工程名称").value).toBe("河西（鹿坪）污水处理厂");
    expect(cellAt(sheet, "4", "项目属性").value).toBe("续建");
    expect(cellAt(sheet, "4", "项目总投资（万元）").value).toBe(7700);
    expect(cellAt(sheet, "4", "牵头单位").value).toBe("零陵产业开发区、潇湘源城发集团");
    expect(cellAt(sheet, "合计", "项目总投资（万元）").value).toBe(1730592);
  });

  it("in English, the report's English labels", async () => {
    const workbook = await open(template([SEED], "en"));
    const sheet = workbook.getWorksheet("Key projects (附表1)")!;
    expect(headers(sheet).slice(0, 4)).toEqual(["Domain", "Task", "No.", "Project"]);
  });

  it("for a region without projects: the headers and an empty 合计, which import reads as no projects", async () => {
    const path = template(["--standard", "county-2024", "--name", "某某县", "--zone", "west", "--base-year", "2023"]);
    const sheet = (await open(path)).getWorksheet(SHEET)!;
    expect(headers(sheet)).toContain("工程名称");
    expect(sheet.actualRowCount).toBe(2);
    const r = importTo(path);
    expect(r.status).toBe(0);
    expect(parseDocument(readFileSync(r.yaml, "utf8")).has("projects")).toBe(false);
  });
});

describe("import(template(file)) keeps the key projects", () => {
  it("all 34 of the seed, with 合计, come back as the seed's model", async () => {
    const r = importTo(template([SEED]));
    expect(r.status).toBe(0);
    const projects = projectsOf(r.yaml) as { statedTotal: number; items: unknown[] };
    expect(projects.items).toHaveLength(34);
    expect(projects.statedTotal).toBe(1730592);
    expect(projects).toEqual(projectsOf(SEED));
  });

  it("a file's progress, notes, indicators and margin, from a workbook made in English", async () => {
    const doc = parseDocument(readFileSync(SEED, "utf8"));
    doc.setIn(["projects", "margin"], 15);
    doc.setIn(["projects", "items", 3, "indicators"], ["5.2"]);
    doc.setIn(["projects", "items", 3, "note"], "区住建局报");
    doc.setIn(
      ["projects", "items", 3, "progress"],
      doc.createNode({
        2023: { invested: 3000, status: "在建" },
        2024: { invested: 7700, status: "建成", note: "已通水" },
      }),
    );
    doc.setIn(["projects", "items", 0, "progress"], doc.createNode({ 2024: { status: "未开工" } }));
    const source = join(tempDir(), "progress.yaml");
    writeFileSync(source, doc.toString());
    const path = template([source], "en");
    expect(headers((await open(path)).getWorksheet("Key projects (附表1)")!)).toEqual(
      expect.arrayContaining(["Invested (万元) 2023", "Status 2023", "Progress note 2023", "Invested (万元) 2024"]),
    );
    const r = importTo(path);
    expect(r.status).toBe(0);
    expect(projectsOf(r.yaml)).toEqual(projectsOf(source));
    // The record of a year checks as it does in the source.
    const json = (file: string) =>
      JSON.parse(run([file, "-f", "json", "--exit-zero", "--year", "2024"]).stdout, (key, value: unknown) =>
        key === "line" ? undefined : value,
      ).files[0].projects as unknown;
    expect(json(r.yaml)).toEqual(json(source));
  });
});

describe("template for a year: progress filled in by an analyst", () => {
  it("has the year's columns, and what is filled comes back as progress (the rest stays empty)", async () => {
    const path = await templateForYear(SEED, "2025");
    const workbook = await open(path);
    const sheet = workbook.getWorksheet(SHEET)!;
    expect(headers(sheet).slice(-3)).toEqual(["累计完成投资（万元） 2025", "状态 2025", "进展备注 2025"]);
    expect(String(cellAt(sheet, "4", "状态 2025").dataValidation.formulae?.[0])).toContain("在建");
    cellAt(sheet, "4", "累计完成投资（万元） 2025").value = 7700;
    cellAt(sheet, "4", "状态 2025").value = "建成";
    cellAt(sheet, "4", "进展备注 2025").value = "已通水";
    cellAt(sheet, "5", "状态 2025").value = "在建";
    // Lead units as people type them: ，, ; and ；as well as 、.
    cellAt(sheet, "5", "牵头单位").value = "零陵产业开发区，区发改局; 区水利局；珠山镇";
    await workbook.xlsx.writeFile(path);
    const r = importTo(path);
    expect(r.status).toBe(0);
    const items = (projectsOf(r.yaml) as { items: Array<{ id: string; lead: string[]; progress: unknown[] }> }).items;
    const item = (id: string) => items.find((p) => p.id === id)!;
    expect(item("4").progress).toEqual([{ year: 2025, invested: 7700, status: "completed", note: "已通水" }]);
    expect(item("5").progress).toEqual([{ year: 2025, status: "in_progress" }]);
    expect(item("5").lead).toEqual(["零陵产业开发区", "区发改局", "区水利局", "珠山镇"]);
    expect(items.filter((p) => p.progress.length > 0).map((p) => p.id)).toEqual(["4", "5"]);
  });

  it("a status and a kind typed in English in any case, or with spaces, are read as the file spells them", async () => {
    const path = await templateForYear(SEED, "2025");
    const workbook = await open(path);
    const sheet = workbook.getWorksheet(SHEET)!;
    cellAt(sheet, "4", "状态 2025").value = "Completed";
    cellAt(sheet, "5", "状态 2025").value = " 在建 ";
    cellAt(sheet, "4", "项目属性").value = "Continued";
    await workbook.xlsx.writeFile(path);
    const r = importTo(path);
    expect(r.status).toBe(0);
    const yaml = readFileSync(r.yaml, "utf8");
    expect(yaml).toContain("status: completed");
    expect(yaml).toContain("status: 在建");
    expect(yaml).toContain("kind: continued");
  });

  it("a property every object has (constructor, toString) is no status and no kind", async () => {
    const path = await templateForYear(SEED, "2025");
    const workbook = await open(path);
    const sheet = workbook.getWorksheet(SHEET)!;
    const status = cellAt(sheet, "4", "状态 2025");
    const kind = cellAt(sheet, "5", "项目属性");
    status.value = "constructor";
    kind.value = "toString";
    await workbook.xlsx.writeFile(path);
    const r = importTo(path);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}:${SHEET}!${status.address}: `);
    expect(r.stderr).toContain(`${path}:${SHEET}!${kind.address}: `);
    expect(existsSync(r.yaml)).toBe(false);
  });

  it("through the command line: template --year adds the year's columns", async () => {
    const out = join(tempDir(), "for-2025.xlsx");
    const r = run(["template", SEED, "--year", "2025", "--lang", "zh", "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(headers((await open(out)).getWorksheet(SHEET)!).slice(-3)).toEqual([
      "累计完成投资（万元） 2025",
      "状态 2025",
      "进展备注 2025",
    ]);
  });

  it("a year that is not one is refused before anything is written", async () => {
    const out = join(tempDir(), "t.xlsx");
    await expect(
      runTemplate(
        SEED,
        { output: out, force: false, lang: "en", urbanDistrict: false, year: "20x5" },
        { stdout: process.stdout, stderr: process.stderr },
      ),
    ).rejects.toMatchObject({
      detail: { id: "error.yearOption" },
    });
    expect(existsSync(out)).toBe(false);
  });
});

describe("import names the project cells it cannot read", () => {
  it("an amount, a kind, a status and a period that are none, each at its cell, and writes nothing", async () => {
    const path = await templateForYear(SEED, "2024");
    const workbook = await open(path);
    const sheet = workbook.getWorksheet(SHEET)!;
    const bad = [
      [cellAt(sheet, "3", "项目总投资（万元）"), "很多"],
      [cellAt(sheet, "3", "项目属性"), "改建"],
      [cellAt(sheet, "6", "状态 2024"), "快好了"],
      [cellAt(sheet, "7", "项目完成时间"), "明年"],
      [cellAt(sheet, "合计", "项目总投资（万元）"), "约173亿"],
    ] as const;
    for (const [cell, value] of bad) cell.value = value;
    await workbook.xlsx.writeFile(path);
    const r = importTo(path);
    expect(r.status).toBe(2);
    for (const [cell, value] of bad) {
      expect(r.stderr).toContain(`${path}:${SHEET}!${cell.address}: `);
      expect(r.stderr).toContain(value);
    }
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(r.yaml)).toBe(false);
  });

  it("an empty cell where a project needs a value (its investment, its period) is named at that cell", async () => {
    const path = await templateForYear(SEED, "2024");
    const workbook = await open(path);
    const sheet = workbook.getWorksheet(SHEET)!;
    const empty = [cellAt(sheet, "3", "项目总投资（万元）"), cellAt(sheet, "5", "项目完成时间")];
    for (const cell of empty) cell.value = null;
    await workbook.xlsx.writeFile(path);
    const r = importTo(path);
    expect(r.status).toBe(2);
    for (const cell of empty) expect(r.stderr).toContain(`${path}:${SHEET}!${cell.address}: `);
    expect(existsSync(r.yaml)).toBe(false);
  });

  it("what only the loader finds (a period backwards, invested falling) at the cell it came from", async () => {
    const doc = parseDocument(readFileSync(SEED, "utf8"));
    doc.setIn(["projects", "items", 3, "progress"], doc.createNode({ 2023: { invested: 3000 } }));
    const source = join(tempDir(), "p.yaml");
    writeFileSync(source, doc.toString());
    const path = await templateForYear(source, "2024");
    const workbook = await open(path);
    const sheet = workbook.getWorksheet(SHEET)!;
    const falls = cellAt(sheet, "4", "累计完成投资（万元） 2024");
    falls.value = 2000;
    const period = cellAt(sheet, "9", "项目完成时间");
    period.value = "2025-2023";
    await workbook.xlsx.writeFile(path);
    const r = importTo(path);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}:${SHEET}!${falls.address}: `);
    expect(r.stderr).toContain(`${path}:${SHEET}!${period.address}: `);
    expect(existsSync(r.yaml)).toBe(false);
  });
});
