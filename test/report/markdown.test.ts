/** GitHub-flavoured Markdown, rendered with a real parser (markdown-it, which follows GFM tables). */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { summarizeRun } from "../../src/assess/summarize.js";
import { describe, expect, it } from "vitest";
import type { RunAssessment } from "../../src/assess/result.js";
import { headers } from "../../src/report/columns.js";
import { runSummaryLine, summaryLine } from "../../src/report/summaryLines.js";
import {
  FIXTURE_TEXT,
  LANGS,
  PROBLEMS,
  VERDICT_WORD,
  assessText,
  fixtureRun,
  flatChecks,
  reasonOf,
  render,
} from "./shared.js";

const run = fixtureRun();
const checks = flatChecks(run);
const md = new MarkdownIt({ html: true });

interface Table {
  head: string[];
  rows: string[][];
}

/** The tables of a document, cell text as markdown-it reads it (escapes resolved, inline markup as text). */
function tables(source: string): Table[] {
  const tokens = md.parse(source, {});
  const found: Table[] = [];
  let current: Table | undefined;
  let row: string[] | undefined;
  let inHead = false;
  const inlineText = (t: Token | undefined) =>
    (t?.children ?? []).map((c) => (c.type === "softbreak" || c.type === "hardbreak" ? "\n" : c.content)).join("");
  tokens.forEach((tok, n) => {
    if (tok.type === "table_open") found.push((current = { head: [], rows: [] }));
    if (tok.type === "thead_open") inHead = true;
    if (tok.type === "thead_close") inHead = false;
    if (tok.type === "tr_open") row = [];
    if ((tok.type === "th_open" || tok.type === "td_open") && row)
      row.push(inlineText(tokens[n + 1]?.type === "inline" ? tokens[n + 1] : undefined));
    if (tok.type === "tr_close" && current && row) {
      if (inHead) current.head = row;
      else current.rows.push(row);
    }
  });
  return found;
}

describe.each(LANGS)("markdown in %s", (lang) => {
  it("renders the table as an HTML <table> with a header row and one <tr> per indicator", async () => {
    const html = md.render(await render("markdown", run, { lang }));
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html.match(/<tr>/g)).toHaveLength(run.files[0]!.indicators.length + 1);
    expect(html.match(/<th>/g)).toHaveLength(headers(run.files[0]!, lang).length);
  });

  it("keeps every row the width of the header: a pipe in a cell does not split it", async () => {
    const [table] = tables(await render("markdown", run, { lang }));
    expect(table?.head).toEqual(headers(run.files[0]!, lang));
    const width = table!.head.length;
    for (const r of table!.rows) expect(r, r.join(" | ")).toHaveLength(width);
    const byId = new Map(table!.rows.map((r) => [r[0], r]));
    // the name with a pipe, and a text value with a pipe, each whole in its own cell
    expect(byId.get("11")?.[1]).toBe("单位地区生产总值能耗|万元GDP");
    expect(byId.get("13")?.[4]).toContain("站点|待核");
    expect(byId.get("13")?.[5]).toBe("✓ ≥90");
  });

  it("shows each indicator's id, name and unit as written, quotes, ampersands and angle brackets included", async () => {
    const [table] = tables(await render("markdown", run, { lang }));
    expect(table!.rows.map((r) => [r[0], r[1], r[2]])).toEqual(
      run.files[0]!.indicators.map(({ indicator: i }) => [i.id, i.name, i.unit]),
    );
    const html = md.render(await render("markdown", run, { lang }));
    expect(html).toContain("城镇新建绿色建筑比例: &lt;新建&gt; &amp; 既有");
  });

  it("lists the reason of every check that is a problem", async () => {
    const out = await render("markdown", run, { lang });
    const items = md
      .parse(out, {})
      .filter((t) => t.type === "inline" && /^\S+ \*\*[^*\s]+\*\* /.test(t.content))
      .map((t) => t.content);
    const problems = checks.filter((c) => PROBLEMS.includes(c.verdict));
    expect(items).toHaveLength(problems.length);
    // What a reader sees: the item rendered, tags dropped, entities decoded.
    const seen = (i: string) =>
      md
        .renderInline(i)
        .replace(/<[^>]+>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
    for (const c of problems)
      expect(
        items.some(
          (i) => i.includes(`**${VERDICT_WORD[lang][c.verdict]}** ${c.id} `) && seen(i).endsWith(reasonOf(c, lang)),
        ),
        `${c.id} ${c.check}`,
      ).toBe(true);
  });

  it("ends with the summary line, in bold", async () => {
    const html = md.render(await render("markdown", run, { lang }));
    const summary = summaryLine(lang, run.files[0]!);
    expect(summary).toContain(lang === "zh" ? "总体 未达标" : "overall FAIL");
    const last = html.trimEnd().split("\n").at(-1);
    expect(last).toBe(`<p><strong>${md.utils.escapeHtml(summary)}</strong></p>`);
  });

  it("with --quiet is the summary only", async () => {
    const out = await render("markdown", run, { lang, quiet: true });
    expect(tables(out)).toHaveLength(0);
    expect(out).toContain(summaryLine(lang, run.files[0]!));
  });
});

describe("markdown across files", () => {
  it("has a table per file and a total after them", async () => {
    const both: RunAssessment = summarizeRun([
      ...run.files,
      ...assessText(FIXTURE_TEXT, "其他/every-verdict.yaml").files,
    ]);
    const out = await render("markdown", both, { lang: "en" });
    expect(tables(out)).toHaveLength(2);
    expect(out.trimEnd().split("\n").at(-1)).toBe(`**${runSummaryLine("en", both)}**`);
    expect(runSummaryLine("en", both)).toMatch(/^2 files: /);
  });
});
