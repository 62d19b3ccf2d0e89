/**
 * The page's parts as text, from small files whose verdicts are known by hand: a row of words is a
 * strip of years (no chart), forecasts are rounded as their reasons are, a project with no
 * recorded progress says so instead of passing, and the attention list links to rows, worst first.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadIndicatorFile } from "../../src/read.js";
import { fixtureRun, render } from "./shared.js";

const FILE = `region: {name: 测试县, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: "2", name: 党政领导干部生态环境损害责任追究制度, standard: 建立, baseline: 已建立, actuals: {2023: 已建立, 2024: 有效保障}, near_term: 建立, long_term: 建立}
  - {id: "15", name: 农膜回收率, unit: "%", better: higher, standard: "≥85", baseline: 80.1, actuals: {2023: 81.3, 2024: 82.2}, near_term: "≥88", long_term: "≥90"}
  - {id: "A 1/<x>", name: 自定义, unit: "%", standard: "≥10", baseline: 5}
projects:
  items:
    - {id: 1, name: 甲工程, domain: 生态安全, kind: 新建, investment: 100, period: "2023-2030", lead: [区水利局]}
    - {id: 2, name: 乙工程, domain: 生态安全, kind: 新建, investment: 100, period: "2023-2030", lead: [区水利局], progress: {2024: {invested: 60, status: 在建}}}
`;

const article = (html: string, id: string) =>
  new RegExp(`<article class="ind" id="[^"]+" data-id="${id}">[\\s\\S]*?</article>`).exec(html)?.[0] ?? "";

/** The file assessed for a year, or reviewed as a plan. */
function run(options: { year: number } | { mode: "plan" }, text = FILE) {
  const loaded = loadIndicatorFile(text, "county.yaml");
  if (!loaded.ok) throw new Error(`fixture does not load: ${JSON.stringify(loaded.errors)}`);
  return summarizeRun([assess(loaded.value, options)]);
}

describe("a county's page", () => {
  it("titles the page with the region and the year assessed", async () => {
    const year = run({ year: 2024 });
    const zh = await render("html", year, { lang: "zh" });
    expect(zh).toContain("<title>测试县 · 2024年度评估</title>");
    expect(zh).toContain("<h1>测试县 · 2024年度评估</h1>");
    const en = await render("html", year, { lang: "en" });
    expect(en).toContain("<title>测试县 · 2024 assessment</title>");
    // The forecasts beside the chart, rounded as the progress reason rounds them (83.3, 88.8; the pace up).
    expect(en).toContain("forecast 2025: limited progress → 83.3 (88); pace needed: 2025 88");
    expect(en).toContain(
      "forecast 2030: acceleration needed → 88.8 (90); pace needed: 2025 88, 2026 88.4, 2027 88.8, 2028 89.2, 2029 89.6, 2030 90",
    );
    const shown = [...en.matchAll(/<li class="muted">([^<]*)<\/li>/g)].map((m) => m[1]).join("\n");
    expect(shown).not.toMatch(/83\.27|88\.83|\d\.\d\d/);
    // A row of words: its years and words, the judged years marked with their verdicts; no chart.
    const words = article(en, "2");
    expect(words).not.toContain("<svg");
    expect(
      [
        ...words.matchAll(
          /<li class="([\w-]+)" data-year="(\d+)"[^>]*><span class="year">\d+<\/span><span class="word">([^<]*)</g,
        ),
      ].map((m) => [m[2], m[1], m[3]]),
    ).toEqual([
      ["2022", "c-PASS", "✓ 已建立"],
      ["2023", "text", "已建立"],
      ["2024", "c-REVIEW", "◇ 有效保障"],
    ]);
    // A project with no progress recorded and nothing found: said so, not a pass; one with progress gets its badge.
    const projects = /<section class="projects">[\s\S]*?<\/section>/.exec(en)?.[0] ?? "";
    const row = (id: string) =>
      new RegExp(`<tr id="[^"]+" data-project="${id}">[\\s\\S]*?</tr>`).exec(projects)?.[0] ?? "";
    expect(row("2")).toContain('<span class="v v-PASS">✓ pass</span>');
  });

  it("in plan review: the plan's years in the title; a project without progress is not a pass", async () => {
    // No project records progress: none is judged on its schedule.
    const noProgress = FILE.replace(", progress: {2024: {invested: 60, status: 在建}}", "");
    expect(noProgress).not.toContain("progress:");
    const zh = await render("html", run({ mode: "plan" }, noProgress), { lang: "zh" });
    expect(zh).toContain("<h1>测试县 · 规划评审（2022—2030年）</h1>");
    // The counts by hand: 2 passes its base year, 15 (80.1 against ≥85) and A 1 (5 against ≥10) fail theirs.
    const counts = /<table class="counts">[\s\S]*?<\/table>/.exec(zh)?.[0] ?? "";
    const count = (v: string) =>
      new RegExp(
        `<tr data-verdict="${v}"><th>[^]*?</th><td data-kind="binding">(\\d+)</td><td data-kind="reference">(\\d+)</td>`,
      )
        .exec(counts)
        ?.slice(1);
    expect(count("PASS")).toEqual(["1", "0"]);
    expect(count("FAIL")).toEqual(["2", "0"]);
    expect(count("total")).toEqual(["3", "0"]);
    const row = /<tr id="[^"]+" data-project="2">[\s\S]*?<\/tr>/.exec(zh)?.[0] ?? "";
    expect(row).toContain("未记录进展");
    expect(row).not.toContain("达标");
    // A chart where there are numbers, with the plan's path from the base value to the targets.
    const numbers = article(zh, "15");
    expect(numbers).toMatch(/<polyline class="plan" points="[^"]+"/);
    expect((numbers.match(/<polyline class="plan" points="([^"]+)"/)?.[1] ?? "").split(" ")).toHaveLength(3);
  });

  it("links what needs attention to its row, whatever characters the row's id holds", async () => {
    const html = await render("html", run({ mode: "plan" }), { lang: "en" });
    const links = [...html.matchAll(/<li data-id="([^"]*)" data-verdict="(\w+)">[\s\S]*?<a href="#([^"]+)">/g)];
    expect(links.map((m) => m[1])).toContain("A 1/&lt;x&gt;");
    for (const [, , , target] of links) {
      expect(target).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(html).toContain(`<article class="ind" id="${target}"`);
    }
  });
});

describe("the attention list of every-verdict.yaml", () => {
  it("puts FAIL first, then MISSING, REVIEW and WARN; PASS and N/A rows are not in it", async () => {
    const html = await render("html", fixtureRun(), { lang: "en" });
    const order = [...html.matchAll(/<li data-id="[^"]*" data-verdict="(\w+)">/g)].map((m) => m[1]);
    expect(order.length).toBeGreaterThan(3);
    const rank = ["FAIL", "MISSING", "REVIEW", "WARN"];
    expect(order.every((v) => rank.includes(v!))).toBe(true);
    expect(order.map((v) => rank.indexOf(v!))).toEqual([...order.map((v) => rank.indexOf(v!))].sort((a, b) => a - b));
    expect(new Set(order)).toEqual(new Set(rank));
  });
});

describe("the seed's rows by domain (领域)", () => {
  it("counts each domain's rows and their row verdicts, in 表1's order", async () => {
    const text = readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8");
    const html = await render("html", run({ mode: "plan" }, text), { lang: "zh" });
    const rows = [
      ...html.matchAll(
        /<tr data-domain="([^"]*)"><td>[^<]*<\/td><td>(\d+)<\/td>((?:<td data-verdict="[^"]+">\d+<\/td>)+)<\/tr>/g,
      ),
    ].map((m) => [
      m[1],
      Number(m[2]),
      [...m[3]!.matchAll(/data-verdict="([^"]+)">(\d+)/g)].map((x) => `${x[1]} ${x[2]}`).join(", "),
    ]);
    // Counted by hand from the plan review of 表1 (PASS, FAIL, WARN, MISSING, REVIEW, N/A).
    expect(rows).toEqual([
      ["目标责任", 3, "PASS 3, FAIL 0, WARN 0, MISSING 0, REVIEW 0, N/A 0"],
      ["生态安全", 14, "PASS 10, FAIL 0, WARN 0, MISSING 2, REVIEW 1, N/A 1"],
      ["生态经济", 5, "PASS 4, FAIL 0, WARN 0, MISSING 0, REVIEW 1, N/A 0"],
      ["生态文化", 2, "PASS 2, FAIL 0, WARN 0, MISSING 0, REVIEW 0, N/A 0"],
      ["生态文明制度", 1, "PASS 1, FAIL 0, WARN 0, MISSING 0, REVIEW 0, N/A 0"],
      ["参考性指标", 6, "PASS 2, FAIL 0, WARN 2, MISSING 2, REVIEW 0, N/A 0"],
    ]);
  });
});
