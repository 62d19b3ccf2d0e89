/** Every format carries the key projects: run the built binary on synthetic 2023–2025 progress and read each output back with its own reader. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { read, removeTempDirs, run, tempDir } from "../cli/run.js";
import { cellText, readWorkbook } from "../report/workbook.js";

const PROGRESS = fileURLToPath(new URL("fixtures/progress.yaml", import.meta.url));
const raw = (
  parse(read(PROGRESS)) as {
    projects: { items: Array<{ id: number; name: string; investment: number; period: string; lead: string[] }> };
  }
).projects.items;
const lineOf = (id: number) => read(PROGRESS).split("\n").indexOf(`    - id: ${id}`) + 1;

afterAll(removeTempDirs);

describe("the projects in every format (2024)", () => {
  const args = ["--year", "2024", PROGRESS];

  it("html: a timeline strip in SVG, a bar per project with its period and status, the assessed year marked", () => {
    const html = run(["-f", "html", ...args]).stdout;
    const svg = /<svg class="gantt"[\s\S]*?<\/svg>/.exec(html)?.[0];
    expect(svg).toBeDefined();
    expect(svg).toContain('data-year="2024"');
    for (const p of raw) {
      const [start, end] = p.period.split("-");
      expect(svg).toMatch(new RegExp(`data-id="${p.id}" data-start="${start}" data-end="${end}" data-status="\\w+"`));
    }
    expect(svg).toMatch(/data-id="6"[^>]*data-status="completed"/);
    expect(svg).toMatch(/data-id="11"[^>]*data-status="none"/);
  });

  it("markdown: a row per project, the findings listed", () => {
    const md = run(["-f", "markdown", ...args]).stdout;
    for (const p of raw) expect(md).toContain(`| ${p.id} | ${p.name} |`);
    expect(md).toMatch(/- ⚠ project 4 .*overdue/);
  });

  it("csv: project rows marked by `section`, indicator rows keep their columns", () => {
    const rows = parseCsv(run(["-f", "csv", ...args]).stdout, { columns: true }) as Array<Record<string, string>>;
    const projects = rows.filter((r) => r.section === "project");
    expect(projects.map((r) => r.id)).toEqual(raw.map((p) => String(p.id)));
    expect(rows.filter((r) => r.section === "indicator").map((r) => r.check)).toContain("progress");
    expect(projects.find((r) => r.id === "4")).toMatchObject({
      verdict: "WARN",
      target: "7700",
      projected: "6000",
      line: String(lineOf(4)),
    });
  });

  it("junit: a testsuite named by its file and projects, failures only with --fail-on projects", () => {
    const plain = run(["-f", "junit", ...args]).stdout;
    const suite = new RegExp(`<testsuite name="${PROGRESS} — projects" tests="(\\d+)" failures="(\\d+)"`).exec(plain);
    expect(suite?.slice(1)).toEqual([String(raw.length + 1), "0"]);
    const failing = run(["-f", "junit", "--fail-on", "projects", ...args]).stdout;
    expect(/<testsuite name="[^"]* — projects" tests="\d+" failures="(\d+)"/.exec(failing)?.[1]).toBe("3"); // the total, 4 and 11
  });

  it("github: an annotation at the project's line", () => {
    const out = run(["-f", "github", ...args]).stdout;
    expect(out).toContain(
      `::warning file=${PROGRESS.replace(/:/g, "%3A").replace(/,/g, "%2C")},line=${lineOf(4)},endLine=19,`,
    );
    expect(out).toMatch(new RegExp(`line=${lineOf(11)},endLine=\\d+,.*late`));
  });

  it("xlsx: a sheet in 附表1's layout with the progress columns and 合计", async () => {
    const path = join(tempDir(), "p.xlsx");
    expect(run(["--lang", "zh", "-f", "xlsx", "-o", path, ...args]).status).toBe(0);
    const workbook = await readWorkbook(path);
    const sheet = workbook.worksheets.find((s) => s.name.startsWith("重点工程"))!;
    expect(sheet).toBeDefined();
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(0, 9)).toEqual([
      "建设领域",
      "建设任务",
      "序号",
      "工程名称",
      "建设内容",
      "项目属性",
      "项目总投资（万元）",
      "项目完成时间",
      "牵头单位",
    ]);
    expect(header).toContain("累计完成投资（万元） 2024");
    const ids = raw.map((_, i) => cellText(sheet.getRow(i + 2).getCell(3)));
    expect(ids).toEqual(raw.map((p) => String(p.id)));
    const last = sheet.getRow(raw.length + 2);
    expect(cellText(last.getCell(1))).toBe("合计");
    expect(cellText(last.getCell(7))).toBe("303400");
  });
});
