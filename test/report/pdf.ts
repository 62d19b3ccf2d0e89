/**
 * A document as printed: LibreOffice converts it to PDF (a fresh profile each time, so runs in
 * parallel do not share one), and Poppler reads the PDF back — its page size, its pages' text laid
 * out as printed, and where each word is drawn.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { expect } from "vitest";

/** LibreOffice's PDF of `file`, written beside it. */
export function toPdf(file: string, outdir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lingling-soffice-"));
  try {
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outdir, file],
      { encoding: "utf8", timeout: 180_000 },
    );
    expect(r.status, r.stderr).toBe(0);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outdir, basename(file).replace(/\.[^.]+$/, ".pdf"));
  expect(existsSync(pdf), `LibreOffice wrote no ${pdf}`).toBe(true);
  return pdf;
}

const poppler = (program: string, args: string[]) => {
  const r = spawnSync(program, args, { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

/** Each page's text as pdftotext -layout lays it out. */
export const pages = (pdf: string): string[] =>
  poppler("pdftotext", ["-layout", pdf, "-"])
    .split("\f")
    .filter((page, i, all) => i < all.length - 1 || page.trim() !== "");

/** pdfinfo's fields (Pages, Page size, …). */
export const pdfInfo = (pdf: string): Record<string, string> =>
  Object.fromEntries(
    poppler("pdfinfo", [pdf])
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!.trim()]),
  );

export interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word with its box on its page (pdftotext -bbox). */
export function words(pdf: string, dir: string): Word[] {
  const html = join(dir, `${basename(pdf)}.bbox.html`);
  poppler("pdftotext", ["-bbox", pdf, html]);
  return readFileSync(html, "utf8")
    .split("<page ")
    .slice(1)
    .flatMap((page, n) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ page: n + 1, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]! }),
      ),
    );
}

/**
 * Pairs of words drawn over each other: across by more than half a point, and down by more than
 * 40% of the shorter one's height. (A word's box spans its font's whole ascent and descent, so
 * two lines of one paragraph touch by a point or so; text drawn over text shares most of its height.)
 */
export function overlaps(all: readonly Word[]): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i]!, all[j]!];
      if (a.page !== b.page) continue;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const shorter = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (across > 0.5 && down > 0.4 * shorter) found.push([a.text, b.text]);
    }
  return found;
}
