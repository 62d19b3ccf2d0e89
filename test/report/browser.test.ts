/**
 * `-f html` in a real browser: headless Chromium (installed by .ci/run) opens the page offline,
 * renders it, screenshots it and prints it on A4; the page asks for nothing over the network; a
 * chart's threshold line stands where the chart's own axis puts the standard's value.
 * LINGLING_UPDATE_SCREENSHOT=1 also copies the Lingling screenshot to docs/report.png.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SEED, removeTempDirs, run, tempDir } from "../cli/run.js";

const CHROMIUM = "/usr/bin/chromium";
afterAll(removeTempDirs);

function chromium(args: string[], page: string): { stdout: string; stderr: string; status: number | null } {
  const profile = mkdtempSync(join(tmpdir(), "lingling-chromium-"));
  try {
    const r = spawnSync(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        `--user-data-dir=${profile}`,
        ...args,
        pathToFileURL(page).href,
      ],
      { encoding: "utf8", timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
    );
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The URLs of every request in a Chromium net log, less the browser's own background services. */
function pageRequests(netLog: string): string[] {
  const urls = [...readFileSync(netLog, "utf8").matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(urls)].filter(
    (u) =>
      !/^https?:\/\/([\w-]+\.)*(google\.com|googleapis\.com|gvt1\.com)\//.test(u) &&
      !u.startsWith("file:") &&
      !u.startsWith("data:"),
  );
}

let dir: string;
let seedPage: string;
let batchPage: string;

beforeAll(() => {
  expect(existsSync(CHROMIUM), "headless Chromium (.ci/run installs it with apt-get)").toBe(true);
  dir = tempDir();
  seedPage = join(dir, "lingling.html");
  batchPage = join(dir, "batch.html");
  // From the repository, so the page names the seed as a user would: seeds/lingling.yaml.
  expect(run(["--lang", "zh", "seeds/lingling.yaml", "-f", "html", "-o", seedPage], { cwd: ROOT }).status).toBe(1);
  expect(
    run([
      "--lang",
      "en",
      SEED,
      join(import.meta.dirname, "fixtures", "every-verdict.yaml"),
      "-f",
      "html",
      "-o",
      batchPage,
    ]).status,
  ).toBe(1);
});

describe("the page asks for nothing", () => {
  it("has no external script, stylesheet, font, image or frame, and no URL of any kind (a static check)", () => {
    for (const page of [seedPage, batchPage]) {
      const html = readFileSync(page, "utf8");
      expect(html).not.toMatch(/<script\b/i);
      expect(html).not.toMatch(/<link\b/i);
      expect(html).not.toMatch(/<(img|iframe|object|embed|audio|video|source)\b/i);
      expect(html).not.toMatch(/\bsrc\s*=/i);
      expect(html).not.toMatch(/url\(/i);
      expect(html).not.toMatch(/@import|@font-face/i);
      expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
      // Links stay inside the page.
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#r-[0-9a-f]{8}$/);
    }
  });

  it("makes no request when Chromium opens it (its net log), where a page with an image would", () => {
    const control = join(dir, "control.html");
    writeFileSync(control, '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/probe.png"></body></html>');
    const controlLog = join(dir, "control.json");
    chromium([`--log-net-log=${controlLog}`, "--dump-dom"], control);
    expect(pageRequests(controlLog)).toContain("http://127.0.0.1:9/probe.png");
    const log = join(dir, "net.json");
    const r = chromium([`--log-net-log=${log}`, "--enable-logging=stderr", "--v=0", "--dump-dom"], batchPage);
    expect(r.status).toBe(0);
    expect(pageRequests(log)).toEqual([]);
    expect(r.stderr).not.toMatch(/CONSOLE\(|Uncaught|Failed to load resource/);
  }, 120_000);
});

describe("Chromium renders it", () => {
  it("builds the page's DOM: the index first in the batch, a section per region, a chart per numeric indicator", () => {
    const dom = chromium(["--dump-dom"], batchPage).stdout;
    expect(dom).toContain('<nav class="index">');
    expect((dom.match(/<section class="region"/g) ?? []).length).toBe(2);
    const source = readFileSync(batchPage, "utf8");
    expect((dom.match(/<svg class="chart"/g) ?? []).length).toBe((source.match(/<svg class="chart"/g) ?? []).length);
    expect((dom.match(/<svg class="chart"/g) ?? []).length).toBeGreaterThan(20);
  }, 60_000);

  it("takes a screenshot of the Lingling report (a PNG, not empty)", () => {
    const png = join(dir, "report.png");
    chromium([`--screenshot=${png}`, "--window-size=1280,2000", "--hide-scrollbars"], seedPage);
    expect(statSync(png).size).toBeGreaterThan(20_000);
    expect(readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
    if (process.env.LINGLING_UPDATE_SCREENSHOT === "1") copyFileSync(png, join(ROOT, "docs", "report.png"));
  }, 60_000);

  it("prints on A4: every page of the PDF is 595 × 842 points", () => {
    const pdf = join(dir, "report.pdf");
    chromium([`--print-to-pdf=${pdf}`, "--no-pdf-header-footer"], seedPage);
    const text = readFileSync(pdf).toString("latin1");
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
      Number(m[3]) - Number(m[1]),
      Number(m[4]) - Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThan(1);
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - 595)).toBeLessThan(2);
      expect(Math.abs(h! - 842)).toBeLessThan(2);
    }
  }, 60_000);
});

describe("a chart's geometry", () => {
  /** The SVG of one indicator's article. */
  const chartOf = (html: string, id: string) => {
    const article =
      new RegExp(`<article class="ind" data-id="${id.replace(".", "\\.")}">([\\s\\S]*?)</article>`).exec(html)?.[1] ??
      "";
    return /<svg class="chart"[\s\S]*?<\/svg>/.exec(article)?.[0] ?? "";
  };
  const ticks = (svg: string) =>
    [...svg.matchAll(/<g class="y-tick" data-value="([-\d.e]+)"><line class="grid" [^>]*y1="([-\d.]+)"/g)].map((m) => ({
      value: Number(m[1]),
      y: Number(m[2]),
    }));

  it.each([
    ["1", 20],
    ["8", 93],
    ["5.2", 95],
    ["17", 90],
  ])("draws indicator %s's national threshold (%d) where its axis puts that value", (id, threshold) => {
    const html = readFileSync(seedPage, "utf8");
    const svg = chartOf(html, id);
    expect(svg).not.toBe("");
    const axis = ticks(svg);
    expect(axis.length).toBeGreaterThanOrEqual(3);
    // The scale the ticks state: value → y, linear, from the lowest and the highest tick.
    const [lo, hi] = [axis[0]!, axis.at(-1)!];
    const expected = lo.y + ((threshold - lo.value) * (hi.y - lo.y)) / (hi.value - lo.value);
    // Every tick lies on that scale too.
    for (const t of axis)
      expect(Math.abs(lo.y + ((t.value - lo.value) * (hi.y - lo.y)) / (hi.value - lo.value) - t.y)).toBeLessThan(0.02);
    const line = /<line class="standard" data-value="([-\d.]+)"[^>]*y1="([-\d.]+)" y2="([-\d.]+)"/.exec(svg);
    expect(line, "a threshold line").not.toBeNull();
    expect(Number(line![1])).toBe(threshold);
    expect(Math.abs(Number(line![2]) - expected)).toBeLessThan(0.02);
    expect(line![3]).toBe(line![2]);
  });
});
