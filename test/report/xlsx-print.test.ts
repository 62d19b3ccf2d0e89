/**
 * `-f xlsx` as printed: LibreOffice converts the workbook to PDF and Poppler reads it back. Every
 * sheet is A4 landscape and one page wide, so 表1's verdicts are on its first page beside the
 * indicators; the header row repeats on each page; the page header and footer name the region, the
 * question and the page; and no text is drawn over other text (wrapped cells get the height they need).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { VERDICT_MARK, t } from "../../src/i18n/translate.js";
import type { Verdict } from "../../src/model/verdict.js";
import { SEED, removeTempDirs, run, tempDir } from "../cli/run.js";
import { overlaps, pages, pdfInfo, toPdf, words } from "./pdf.js";

afterAll(removeTempDirs);

const A4_LANDSCAPE = /^841\.89 x 595\.\d+ pts/;

function printed(args: string[], lang: "zh" | "en") {
  const dir = tempDir();
  const xlsx = join(dir, "report.xlsx");
  expect(run(["--lang", lang, ...args, "-f", "xlsx", "-o", xlsx]).status).toBe(1);
  const pdf = toPdf(xlsx, dir);
  return { pdf, dir, pages: pages(pdf), info: pdfInfo(pdf) };
}

interface Json {
  files: Array<{ indicators: Array<{ id: string; checks: Record<string, { verdict: Verdict }> }> }>;
}

describe("the workbook of one file, printed by LibreOffice", () => {
  const { pdf, dir, pages: text, info } = printed([SEED], "zh");

  it("is printed on A4 landscape pages", () => {
    expect(info["Page size"]).toMatch(A4_LANDSCAPE);
    expect(text.length).toBe(Number(info.Pages));
  });

  it("has 表1's header and the verdicts of its first rows on page 1, in the JSON report's order", () => {
    const page = text[0]!;
    for (const word of ["序号", "指标", "单位", "国家标准", "基准值", "近期目标", "远期目标", "达标情况"])
      expect(page).toContain(word);
    const report = JSON.parse(run([SEED, "-f", "json", "--exit-zero"]).stdout) as Json;
    const checks = ["baseline", "near_term", "long_term"];
    const expected = report.files[0]!.indicators.flatMap((i) =>
      checks.filter((c) => i.checks[c]).map((c) => i.checks[c]!.verdict),
    );
    // Each verdict cell reads "✓ 达标": the mark, then the verdict's word.
    const label = (v: Verdict) => `${VERDICT_MARK[v]} ${t("zh", `verdict.${v}`)}`;
    const byLabel = new Map(Object.keys(VERDICT_MARK).map((v) => [label(v as Verdict), v]));
    const pattern = new RegExp([...byLabel.keys()].map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
    const onPage = [...page.matchAll(pattern)].map((m) => byLabel.get(m[0]));
    expect(onPage.length).toBeGreaterThanOrEqual(15);
    expect(onPage).toEqual(expected.slice(0, onPage.length));
  });

  it("names the region, the question and the page in each page's header and footer", () => {
    text.forEach((page, n) => {
      expect(page).toContain("永州市零陵区");
      expect(page).toContain("规划评审");
      expect(page).toContain(`第 ${n + 1} 页，共 ${text.length} 页`);
    });
  });

  it("draws no text over other text: wrapped names, standards, paths and reasons stay in their rows", () => {
    expect(overlaps(words(pdf, dir))).toEqual([]);
  });
}, 300_000);

describe("a batch's workbook, printed by LibreOffice", () => {
  const dir = tempDir();
  const batch = join(dir, "regions");
  mkdirSync(batch);
  for (let n = 1; n <= 6; n++) copyFileSync(SEED, join(batch, `region-${n}.yaml`));
  const { pages: text, info } = printed([batch], "en");

  it("is A4 landscape, and repeats the reasons sheet's header row on each of its pages", () => {
    expect(info["Page size"]).toMatch(A4_LANDSCAPE);
    // The page header names the sheet at its right; the reasons run over several pages.
    const reasons = text.filter((page) => /Reasons\s*$/m.test(page.split("\n").slice(0, 3).join("\n")));
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    for (const page of reasons) expect(page).toMatch(/Region\s+File\s+No\.\s+Indicator\s+Check\s+Verdict\s+Reason/);
    text.forEach((page, n) => {
      expect(page).toContain(`page ${n + 1} of ${text.length}`);
    });
  });
}, 300_000);

describe("the fill-in workbook (template), printed by LibreOffice", () => {
  it("is printed on A4 landscape pages too", () => {
    const dir = tempDir();
    const xlsx = join(dir, "template.xlsx");
    expect(run(["--lang", "zh", "template", SEED, "-o", xlsx]).status).toBe(0);
    const pdf = toPdf(xlsx, dir);
    expect(pdfInfo(pdf)["Page size"]).toMatch(A4_LANDSCAPE);
    expect(pages(pdf)[0]).toMatch(/序号\s+指标/);
  }, 300_000);
});
