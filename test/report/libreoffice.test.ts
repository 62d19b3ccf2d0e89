/**
 * The workbook opened by a second reader: LibreOffice converts the -f xlsx output of the Lingling
 * seed to CSV (each sheet its own file), and the indicator sheet holds the 31 rows with the
 * verdicts the JSON report gives.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { VERDICT_MARK, t } from "../../src/i18n/translate.js";
import type { Verdict } from "../../src/model/verdict.js";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

/** Every sheet to CSV, UTF-8 (filter options: comma, quote, UTF-8, first line, …, all sheets). */
function toCsv(xlsx: string, outdir: string): Map<string, string[][]> {
  const profile = mkdtempSync(join(tmpdir(), "lingling-soffice-"));
  try {
    const r = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        outdir,
        xlsx,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return new Map(
    readdirSync(outdir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => [f, parse(readFileSync(join(outdir, f), "utf8"), { relax_column_count: true }) as string[][]]),
  );
}

describe("the Lingling workbook, read by LibreOffice", () => {
  it("has the 31 indicator rows, each with the verdicts of the JSON report", () => {
    const dir = tempDir();
    const xlsx = join(dir, "lingling.xlsx");
    expect(run(["--lang", "zh", SEED, "-f", "xlsx", "-o", xlsx]).status).toBe(1);
    const sheets = toCsv(xlsx, dir);
    const name = [...sheets.keys()].find((f) => f.includes("永州市零陵区"));
    expect(name, [...sheets.keys()].join(", ")).toBeDefined();
    expect([...sheets.keys()].some((f) => f.includes("理由"))).toBe(true);
    const [header, ...rows] = sheets.get(name!)!;
    expect(rows).toHaveLength(31);
    const report = JSON.parse(run([SEED, "-f", "json", "--exit-zero"]).stdout) as {
      files: Array<{ indicators: Array<{ id: string; name: string; checks: Record<string, { verdict: Verdict }> }> }>;
    };
    const columns = { baseline: "达标情况：基准值", near_term: "达标情况：近期目标", long_term: "达标情况：远期目标" };
    report.files[0]!.indicators.forEach((indicator, n) => {
      const row = rows[n]!;
      expect(row[header!.indexOf("序号")]).toBe(indicator.id);
      expect(row[header!.indexOf("指标")]).toBe(indicator.name);
      for (const [check, title] of Object.entries(columns)) {
        const v = indicator.checks[check]?.verdict;
        expect(row[header!.indexOf(title)], `${indicator.id} ${check}`).toBe(
          v ? `${VERDICT_MARK[v]} ${t("zh", `verdict.${v}`)}` : "",
        );
      }
    });
  }, 180_000);
});
