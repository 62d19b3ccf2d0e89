/** `-f html` as text: user text escaped, the summary and completeness list, targets and forecasts in the charts. */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/translate.js";
import { format } from "../../src/index.js";
import { FIXTURE_NAME, FIXTURE_TEXT, LANGS, assessText, fixtureRun, render } from "./shared.js";

const run = fixtureRun();

describe.each(LANGS)("html in %s", (lang) => {
  it("escapes user text: names with < > & and quotes never become markup", async () => {
    const html = await render("html", run, { lang });
    expect(html).toContain("城镇新建绿色建筑比例: &lt;新建&gt; &amp; 既有");
    expect(html).not.toContain("<新建>");
    expect(html).toContain("含&quot;重点&quot;地块");
  });

  it("shows bidi controls in a region name visibly, as the terminal does, so they cannot reorder the page", async () => {
    const controls = [
      "\u202a",
      "\u202b",
      "\u202c",
      "\u202d",
      "\u202e",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
      "\u200e",
      "\u200f",
    ];
    const text = FIXTURE_TEXT.replace(/^ {2}name: (.+)$/m, `  name: "$1${controls.join("")}gpj.exe"`);
    expect(text).not.toBe(FIXTURE_TEXT);
    const html = await render("html", assessText(text, FIXTURE_NAME), { lang });
    expect(html).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain(
      "\\u{202a}\\u{202b}\\u{202c}\\u{202d}\\u{202e}\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{200e}\\u{200f}gpj.exe",
    );
  });

  it("is titled with the region and the question; the completeness list follows the overview", async () => {
    const html = await render("html", run, { lang });
    const [file] = run.files;
    const h1 = /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
    expect(h1).toContain(file!.file.region.name);
    expect(h1).toContain(t(lang, "mode.year", { year: file!.year }));
    expect(html).toContain(`<title>${h1}</title>`);
    const summary = html.slice(
      html.indexOf('<div class="summary">'),
      html.indexOf("</div>", html.indexOf('<div class="summary">')),
    );
    expect(html.indexOf('<div class="summary">')).toBeGreaterThan(html.indexOf('<div class="overview">'));
    expect(html).toContain(t(lang, `overall.${file!.summary.overall}`));
    for (const m of file!.completeness!.missing) expect(summary).toContain(`${m.id} `);
    expect(html).toContain(`<html lang="${lang === "zh" ? "zh-CN" : "en"}">`);
  });

  it("draws the plan's targets at their years and the forecast to the target year", async () => {
    const html = await render("html", run, { lang });
    const article = /<article class="ind" id="[^"]+" data-id="8">[\s\S]*?<\/article>/.exec(html)?.[0] ?? "";
    expect(article).toMatch(/<path class="target" data-year="2025" data-value="93"/);
    expect(article).toMatch(/<path class="target" data-year="2030" data-value="93"/);
    expect(article).toMatch(/<polyline class="forecast" data-year="2025"/);
    expect(article).toMatch(/<polyline class="pace" points="[^"]+"/);
  });

  it("prints on A4", async () => {
    expect(await render("html", run, { lang })).toMatch(/@page\{size:A4 landscape/);
  });
});

describe("html from the library", () => {
  it("is the page the command writes: sections, then the index of regions (not the parts' data)", async () => {
    const two = assessText(FIXTURE_TEXT, FIXTURE_NAME);
    const run = {
      ...two,
      files: [two.files[0]!, { ...two.files[0]!, file: { ...two.files[0]!.file, file: "second.yaml" } }],
    };
    const page = await format("html", run, { lang: "en" });
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).not.toContain('{"entry"');
    expect(page.match(/<section class="region"/g)).toHaveLength(2);
    expect(page.indexOf('<nav class="index">')).toBeGreaterThan(page.lastIndexOf("</section>"));
    expect(page).toMatch(/<\/html>\n$/);
  });
});

describe("a chart of extreme numbers", () => {
  const legend = { series: "s", standard: "st", target: "t", forecast: "f", pace: "p" };
  it.each([[[1e308, 1.7e308]], [[1e20, 1e20 + 1]], [[5, Infinity]], [[-1e308, 1e308]]])(
    "of %j draws a bounded axis and no NaN",
    async (values) => {
      const { chartSvg } = await import("../../src/report/chart.js");
      const svg = chartSvg({
        title: "x",
        series: values.map((value, i) => ({ year: 2020 + i, value })),
        targets: [],
        forecasts: [],
        legend,
      });
      expect((svg.match(/class="y-tick"/g) ?? []).length).toBeLessThanOrEqual(21);
      expect(svg).not.toContain("NaN");
      expect(svg).not.toContain("Infinity");
    },
  );
});
