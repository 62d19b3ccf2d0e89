/** A batch (worker threads, streamed output) gives exactly what checking each file alone gives. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCounties } from "../../scripts/counties.mjs";
import ExcelJS from "exceljs";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = fileURLToPath(new URL("../../seeds/lingling.yaml", import.meta.url));
type Report = {
  files: Array<{
    file: string;
    overall: string;
    indicators: Array<{ id: string; checks: Record<string, { verdict: string; reason: string }> }>;
  }>;
  summary: { files: number; overall: string };
};

describe("a batch of counties", () => {
  const dir = join(tempDir("batch-"), "counties");
  const paths = generateCounties(dir, 40, SEED);

  it("gives the same verdicts and reasons as each file checked alone", () => {
    const batch = JSON.parse(cli(["-f", "json", dir]).stdout) as Report;
    expect(batch.files.map((f) => f.file)).toEqual(paths); // in input order, whatever thread checked it
    expect(batch.summary.files).toBe(40);
    // A sample of the files, one at a time, on the main thread.
    for (const path of paths.filter((_, i) => i % 7 === 0)) {
      const alone = JSON.parse(cli(["-f", "json", path]).stdout) as Report;
      expect(batch.files.find((f) => f.file === path)).toEqual(alone.files[0]);
    }
  });

  it("writes every format from worker threads exactly as the main thread writes it alone", async () => {
    const out = tempDir("batch-formats-");
    const formats = [
      ["markdown", "md"],
      ["csv", "csv"],
      ["junit", "xml"],
      ["table", "txt"],
      ["json", "json"],
      ["xlsx", "xlsx"],
    ];
    const args = (tag: string) => formats.flatMap(([f, ext]) => ["-f", f!, "-o", join(out, `${tag}.${ext}`)]);
    // One run on worker threads (the default for 40 files), one with every file on the main thread.
    expect(cli([...args("workers"), "--lang", "zh", dir]).status).toBe(1);
    expect(cli([...args("main"), "--lang", "zh", dir], { env: { LINGLING_WORKERS: "1" } }).status).toBe(1);
    for (const [, ext] of formats.filter(([f]) => f !== "xlsx")) {
      expect(readFileSync(join(out, `workers.${ext}`), "utf8"), ext).toBe(
        readFileSync(join(out, `main.${ext}`), "utf8"),
      );
    }
    const sheets = async (path: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      return book.worksheets.map((s) => ({ name: s.name, rows: s.getSheetValues().map((row) => JSON.stringify(row)) }));
    };
    const fromWorkers = await sheets(join(out, "workers.xlsx"));
    expect(fromWorkers.find((s) => s.rows.some((r) => r.includes("示范县0040")))).toBeDefined();
    expect(fromWorkers).toEqual(await sheets(join(out, "main.xlsx")));
  });

  it("the table and the worst file's exit status across the batch", () => {
    const r = cli(["-q", dir]);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^40 files: .* — overall [A-Z]+$/);
    expect(r.status).toBe(1);
  });

  it("with one broken file: the rest are reported, the error is located, and it is in the report file too", () => {
    const broken = join(dir, "..", "with-broken");
    generateCounties(broken, 30, SEED);
    writeFileSync(join(broken, "county-0013.yaml"), "region: {name: x\nplan: [\n");
    const out = join(broken, "..", "report.json");
    const r = cli(["-f", "json", "-o", out, "-f", "table", "-q", broken]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/county-0013\.yaml:\d+:\d+: error\[yaml-syntax\]/);
    expect(r.stdout).toMatch(/^30 files: .* · 1 not checked \(input errors above\) — overall /m);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.files).toHaveLength(29);
    expect(report.errors.length).toBeGreaterThan(0);
    for (const e of report.errors) expect(e.file).toMatch(/county-0013\.yaml$/);
    expect(readdirSync(join(broken, "..")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("with several broken files: each is counted, and every one's errors are kept, in input order", () => {
    const broken = join(dir, "..", "with-three-broken");
    generateCounties(broken, 30, SEED);
    const names = ["county-0004.yaml", "county-0017.yaml", "county-0029.yaml"];
    for (const name of names) writeFileSync(join(broken, name), "region: {name: x\nplan: [\n");
    const r = cli(["-f", "json", broken]);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files).toHaveLength(27);
    expect(report.summary.not_checked).toBe(3);
    const files = report.errors.map((e: { file: string }) => e.file.split(/[\\/]/).at(-1));
    expect([...new Set(files)]).toEqual(names);
  });
});
