/**
 * `-f html` in a real browser: headless Chromium (installed by .ci/run) opens the pages offline,
 * lays them out at a laptop's, a wide screen's and a phone's width (measured in the browser, from a
 * test page that frames the product page: nothing is injected into it), prints them on A4
 * landscape (read back with pdftotext), screenshots them; the pages ask for nothing over the
 * network; 表1 at a glance says what the JSON report says, cell for cell; a chart's threshold line
 * stands where the chart's own axis puts the standard's value.
 * LINGLING_UPDATE_SCREENSHOT=1 also copies the screenshots to docs/report-1280.png and docs/report-390.png.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
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
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        `--user-data-dir=${profile}`,
        ...args,
        pathToFileURL(page).href,
      ],
      { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
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
let seedJson: string;
let folder: string;

beforeAll(() => {
  expect(existsSync(CHROMIUM), "headless Chromium (.ci/run installs it with apt-get)").toBe(true);
  dir = tempDir();
  seedPage = join(dir, "lingling.html");
  seedJson = join(dir, "lingling.json");
  folder = join(dir, "batch");
  // From the repository, so the page names the seed as a user would: seeds/lingling.yaml.
  expect(run(["--lang", "zh", "seeds/lingling.yaml", "-f", "html", "-o", seedPage], { cwd: ROOT }).status).toBe(1);
  expect(run(["seeds/lingling.yaml", "-f", "json", "-o", seedJson], { cwd: ROOT }).status).toBe(1);
  expect(
    run(["--lang", "en", SEED, join(import.meta.dirname, "fixtures", "every-verdict.yaml"), "-f", "html", "-o", folder])
      .status,
  ).toBe(1);
});

/** Every page the tests wrote: the seed's, and the batch folder's index and region pages. */
const pages = () => [seedPage, ...readdirSync(folder).map((name) => join(folder, name))];

describe("the page asks for nothing", () => {
  it("has no external script, stylesheet, font, image or frame, and no URL of any kind (a static check)", () => {
    expect(readdirSync(folder).sort()).toEqual(["every-verdict.html", "index.html", "lingling.html"]);
    for (const page of pages()) {
      const html = readFileSync(page, "utf8");
      expect(html).not.toMatch(/<script\b/i);
      expect(html).not.toMatch(/<link\b/i);
      expect(html).not.toMatch(/<(img|iframe|object|embed|audio|video|source)\b/i);
      expect(html).not.toMatch(/\bsrc\s*=/i);
      expect(html).not.toMatch(/url\(/i);
      expect(html).not.toMatch(/@import|@font-face/i);
      expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
      // A Content Security Policy that forbids every request the page might still make.
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(csp, page).toMatch(/(^|; )default-src 'none'(;|$)/);
      expect(csp).not.toMatch(/https?:|\*/);
      // Links stay inside the page (an anchor it has) or, from the index, go to a page of the folder.
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
        if (href!.startsWith("#")) expect(html, href).toContain(`id="${href!.slice(1)}"`);
        else expect(existsSync(join(folder, decodeURI(href!))), href).toBe(true);
      }
    }
  });

  it("makes no request when Chromium opens it (its net log), where a page with an image would", () => {
    const control = join(dir, "control.html");
    writeFileSync(control, '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/probe.png"></body></html>');
    const controlLog = join(dir, "control.json");
    chromium([`--log-net-log=${controlLog}`, "--dump-dom"], control);
    expect(pageRequests(controlLog)).toContain("http://127.0.0.1:9/probe.png");
    for (const page of [seedPage, join(folder, "index.html")]) {
      const log = join(dir, "net.json");
      const r = chromium([`--log-net-log=${log}`, "--enable-logging=stderr", "--v=0", "--dump-dom"], page);
      expect(r.status).toBe(0);
      expect(pageRequests(log)).toEqual([]);
      expect(r.stderr).not.toMatch(/CONSOLE\(|Uncaught|Failed to load resource|Content Security Policy/);
    }
  }, 180_000);
});

describe("a batch is a folder", () => {
  it("index.html lists every region, the worst first, linking to its page; each page is its region's alone", () => {
    const index = readFileSync(join(folder, "index.html"), "utf8");
    const rows = [...index.matchAll(/<tr data-overall="(\w+)"><td><a href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    // every-verdict.yaml has a FAIL; the seed is INCOMPLETE (its plan's own 表1 leaves rows without a base value).
    expect(rows).toEqual([
      ["FAIL", "every-verdict.html"],
      ["INCOMPLETE", "lingling.html"],
    ]);
    const lingling = readFileSync(join(folder, "lingling.html"), "utf8");
    expect(lingling.match(/<section class="region"/g)).toHaveLength(1);
    expect(lingling).toContain("<title>永州市零陵区 · plan review (2022–2030)</title>");
  });
});

/** The layout as Chromium computes it at each width: the product page framed, measured from outside. */
function layout(page: string): Array<Record<string, number>> {
  const probe = join(dir, `measure-${Math.random().toString(16).slice(2)}.html`);
  const frames = [1280, 1920, 390]
    .map(
      (w) =>
        `<iframe data-w="${w}" src="${pathToFileURL(page).href}" style="width:${w}px;height:900px;border:0"></iframe>`,
    )
    .join("");
  // The control: a page wider than its frame, which the same measure must catch.
  const wide = join(dir, "wide.html");
  writeFileSync(wide, '<!DOCTYPE html><html><body><div style="width:800px">x</div></body></html>');
  writeFileSync(
    probe,
    `<!DOCTYPE html><html><body><pre id="out"></pre>${frames}<iframe data-w="390" data-control="1" src="${pathToFileURL(wide).href}" style="width:390px;height:300px;border:0"></iframe>
<script>
window.addEventListener("load", () => {
  const out = [...document.querySelectorAll("iframe")].map((f) => {
    const d = f.contentDocument;
    const lines = (el) => { const r = d.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; };
    const domain = [...d.querySelectorAll(".projects tbody tr")].map((tr) => lines(tr.children[2]));
    const box = d.querySelector(".t1 .scroll");
    const short = [...d.querySelectorAll(".t1 tbody tr")].flatMap((tr) => [lines(tr.children[0]), lines(tr.children[2])]);
    return {
      width: Number(f.dataset.w), control: f.dataset.control ? 1 : 0,
      viewport: d.documentElement.clientWidth, scrollWidth: d.documentElement.scrollWidth,
      columns: new Set([...d.querySelectorAll("article.ind")].map((a) => Math.round(a.getBoundingClientRect().left))).size,
      domainLines: domain.length ? Math.max(...domain) : 0,
      shortLines: short.length ? Math.max(...short) : 0,
      tableBox: box ? box.clientWidth : 0, tableWidth: box ? box.scrollWidth : 0,
      pageWidth: d.querySelector(".page") ? d.querySelector(".page").getBoundingClientRect().width : 0,
    };
  });
  document.getElementById("out").textContent = JSON.stringify(out);
});
</script></body></html>`,
  );
  const dom = chromium(
    ["--allow-file-access-from-files", "--window-size=2000,1000", "--virtual-time-budget=10000", "--dump-dom"],
    probe,
  ).stdout;
  const json = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1];
  expect(json, "the measure ran").toBeTruthy();
  return JSON.parse(json!.replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
}

describe("the layout uses the screen and never scrolls sideways", () => {
  it("at 1280, 1920 and 390 px: no horizontal scroll of the page; the rows fill the width; a wide table scrolls in its box", () => {
    const [w1280, w1920, w390, control] = layout(seedPage);
    // The measure sees a page that is too wide.
    expect(control!.control).toBe(1);
    expect(control!.scrollWidth).toBeGreaterThan(control!.viewport!);
    for (const m of [w1280!, w1920!, w390!]) {
      expect(m.scrollWidth, `at ${m.width} px`).toBeLessThanOrEqual(m.viewport!);
      // No fixed column: the page takes the frame's width, less its scroll bar.
      expect(m.pageWidth, `at ${m.width} px`).toBeGreaterThan(m.width! - 40);
      // 建设领域 stays on one line, never a character a line.
      expect(m.domainLines, `at ${m.width} px`).toBe(1);
      // And so do 表1's number and kind (约束性), whatever the width.
      expect(m.shortLines, `at ${m.width} px`).toBe(1);
    }
    expect(w1280!.columns).toBe(2);
    expect(w1920!.columns).toBe(3);
    expect(w390!.columns).toBe(1);
    // On a phone 表1 is wider than the screen: it scrolls inside its own box, the page does not.
    expect(w390!.tableWidth).toBeGreaterThan(w390!.tableBox!);
    expect(w1920!.tableWidth).toBeLessThanOrEqual(w1920!.tableBox!);
  }, 180_000);

  it("the batch's index at 390 px does not scroll sideways either", () => {
    const [, , w390] = layout(join(folder, "index.html"));
    expect(w390!.scrollWidth).toBeLessThanOrEqual(w390!.viewport!);
  }, 180_000);
});

/** A verdict as the page writes it in Chinese, from the verdict words the product documents. */
const ZH: Record<string, string> = {
  PASS: "✓ 达标",
  FAIL: "✗ 未达标",
  WARN: "! 警示",
  MISSING: "? 缺数据",
  REVIEW: "◇ 待审核",
  "N/A": "– 不涉及",
};

describe("表1 at a glance, as Chromium reads it", () => {
  /** Each row of the overview's table: its id, and per check the cell's class and text. */
  const table = () => {
    const dom = chromium(["--dump-dom"], seedPage).stdout;
    const body = /<table class="table1">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(dom)?.[1] ?? "";
    return [...body.matchAll(/<tr data-id="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => ({
      id: m[1]!,
      cells: Object.fromEntries(
        [...m[2]!.matchAll(/<td class="c( c-(\w+))?" data-check="(\w+)"[^>]*>([^<]*)<\/td>/g)].map((c) => [
          c[3]!,
          { cls: c[2] ?? "", text: c[4]! },
        ]),
      ),
    }));
  };

  it("matches the JSON report's verdicts cell for cell, each cell coloured as its verdict", () => {
    const json = JSON.parse(readFileSync(seedJson, "utf8")) as {
      files: Array<{ indicators: Array<{ id: string; verdict: string; checks: Record<string, { verdict: string }> }> }>;
    };
    const rows = table();
    const indicators = json.files[0]!.indicators;
    expect(rows.map((r) => r.id)).toEqual(indicators.map((i) => i.id));
    for (const [k, i] of indicators.entries()) {
      const row = rows[k]!;
      for (const check of ["baseline", "near_term", "long_term"]) {
        const verdict = i.checks[check]?.verdict;
        if (verdict === undefined) expect(row.cells[check]!.text, `${i.id} ${check}`).toBe("");
        else {
          expect(row.cells[check]!.text, `${i.id} ${check}`).toBe(ZH[verdict]);
          expect(row.cells[check]!.cls, `${i.id} ${check}`).toBe(verdict.replace("/", ""));
        }
      }
      expect(row.cells.row!.text, i.id).toBe(ZH[i.verdict]);
    }
  });

  it("says what the plan's own 表1 says (the seed's conclusions, as literals)", () => {
    const rows = Object.fromEntries(table().map((r) => [r.id, r.cells]));
    // 1: 25.5 ≥ 20 in 2022, and the targets keep it.
    expect([rows["1"]!.baseline!.text, rows["1"]!.near_term!.text, rows["1"]!.long_term!.text]).toEqual([
      "✓ 达标",
      "✓ 达标",
      "✓ 达标",
    ]);
    // 4 PM2.5: one year of values cannot show 保持稳定或持续下降; the superior's 2025 limit is met by the target.
    expect(rows["4"]!.baseline!.text).toBe("? 缺数据");
    expect(rows["4"]!.near_term!.text).toBe("✓ 达标");
    // 7.2 草原综合植被盖度: 不涉及, no targets to judge.
    expect(rows["7.2"]!.baseline!.text).toBe("– 不涉及");
    expect(rows["7.2"]!.near_term!.text).toBe("");
    // 9: the value 100 does not say 有效保障 — a person decides.
    expect(rows["9"]!.row!.text).toBe("◇ 待审核");
    // R1 农村生活污水治理 33.3 % against ≥60: a warning (reference), the 2030 target of 60 meets it.
    expect([rows.R1!.baseline!.text, rows.R1!.long_term!.text]).toEqual(["! 警示", "✓ 达标"]);
  });
});

describe("Chromium renders and prints it", () => {
  it("takes screenshots at 1280 and 390 px (small PNGs, a CJK font)", () => {
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      const png = join(dir, `report-${width}.png`);
      chromium([`--screenshot=${png}`, `--window-size=${width},${height}`, "--hide-scrollbars"], seedPage);
      const bytes = readFileSync(png);
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      // Width and height from the PNG's own header.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
      expect(statSync(png).size).toBeGreaterThan(20_000);
      expect(statSync(png).size).toBeLessThan(400_000);
      if (process.env.LINGLING_UPDATE_SCREENSHOT === "1") copyFileSync(png, join(ROOT, "docs", `report-${width}.png`));
    }
  }, 120_000);

  it("prints on A4 landscape with 表1's verdict columns on page 1", () => {
    const pdf = join(dir, "report.pdf");
    chromium([`--print-to-pdf=${pdf}`, "--no-pdf-header-footer"], seedPage);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(size, info).not.toBeNull();
    expect(Math.abs(Number(size![1]) - 842)).toBeLessThan(2);
    expect(Math.abs(Number(size![2]) - 595)).toBeLessThan(2);
    const page1 = spawnSync("pdftotext", ["-layout", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).stdout;
    expect(page1).toContain("永州市零陵区 · 规划评审（2022—2030年）");
    expect(page1).toMatch(/基准值 2022\s+近期目标 2025\s+远期目标 2030/);
    // Every row of 表1 is on page 1, the last one (R6 耕地土壤有机质含量) with its verdicts.
    expect(page1).toMatch(/R6\s+耕地土壤有机质含量\s+参考性\s+\? 缺数据\s+✓ 达标\s+✓ 达标/);
  }, 120_000);
});

describe("a chart's geometry", () => {
  /** The SVG of one indicator's article. */
  const chartOf = (html: string, id: string) => {
    const article =
      new RegExp(`<article class="ind" id="[^"]+" data-id="${id.replace(".", "\\.")}">([\\s\\S]*?)</article>`).exec(
        html,
      )?.[1] ?? "";
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
