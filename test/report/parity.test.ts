/**
 * One shared fixture result through every formatter (like Spectral's formatter tests over one
 * `mixed-errors.json`): every key of FORMATTERS is rendered, in both languages, so a new format is
 * covered as soon as it is registered.
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.js";
import { VERDICT_MARK, t } from "../../src/i18n/translate.js";
import { VERDICTS, type Verdict } from "../../src/model/verdict.js";
import { FORMATTERS, type FormatName } from "../../src/report/index.js";
import {
  ANSI,
  FIXTURE_TEXT,
  LANGS,
  PROBLEMS,
  VERDICT_WORD,
  escapeRegExp,
  fixtureRun,
  flatChecks,
  reasonOf,
  render,
} from "./shared.js";

const run = fixtureRun();
const checks = flatChecks(run);
const FORMATS = Object.keys(FORMATTERS) as FormatName[];

/** Formats that list every indicator, whatever its verdicts; the others may list only problems. */
const COMPLETE: ReadonlySet<string> = new Set(["table", "markdown", "json", "junit", "csv", "xlsx", "docx", "html"]);
/** Formats that may colour their output when asked to. */
const COLOURED: ReadonlySet<string> = new Set(["table"]);

/**
 * How each format shows a verdict that occurs. A Record over FormatName: registering a format without
 * saying how it shows verdicts does not typecheck.
 */
const SHOWS: Record<FormatName, (out: string, v: Verdict, lang: Lang) => boolean> = {
  // Mark in the cell; the problems again in the reasons, by name; every verdict in the summary counts.
  table: (out, v, lang) =>
    out.includes(VERDICT_MARK[v]) &&
    (!PROBLEMS.includes(v) ||
      new RegExp(`${escapeRegExp(VERDICT_MARK[v])} ${escapeRegExp(VERDICT_WORD[lang][v])}\\s`).test(out)) &&
    new RegExp(`\\d+ ${escapeRegExp(t(lang, `verdict.${v}`))}`).test(out),
  markdown: (out, v, lang) =>
    out.includes(`| ${VERDICT_MARK[v]} `) &&
    (!PROBLEMS.includes(v) || out.includes(`- ${VERDICT_MARK[v]} **${VERDICT_WORD[lang][v]}** `)) &&
    new RegExp(`\\d+ ${escapeRegExp(t(lang, `verdict.${v}`))}`).test(out),
  json: (out, v) => out.includes(`"verdict": "${v}"`),
  junit: (out, v, lang) =>
    ({
      // <system-out> says where the check is on its first line, then its verdict and reason.
      PASS: new RegExp(`<system-out>[^\n<]*\n${VERDICT_WORD[lang].PASS}: `).test(out),
      FAIL: out.includes('<failure type="FAIL"'),
      WARN: new RegExp(`<system-out>[^\n<]*\n${VERDICT_WORD[lang].WARN}: `).test(out),
      "N/A": out.includes("<skipped "),
      // An <error> where it fails the run; a reference row's passes, its verdict said in <system-out>.
      MISSING:
        out.includes('<error type="MISSING"') ||
        new RegExp(`<system-out>[^\n<]*\n${VERDICT_WORD[lang].MISSING}: `).test(out),
      REVIEW:
        out.includes('<error type="REVIEW"') ||
        new RegExp(`<system-out>[^\n<]*\n${VERDICT_WORD[lang].REVIEW}: `).test(out),
    })[v],
  // Problems are annotations; a pass or an N/A is shown by saying nothing.
  github: (out, v, lang) =>
    v === "PASS" || v === "N/A"
      ? !new RegExp(` ${escapeRegExp(VERDICT_WORD[lang][v])}::`).test(out)
      : new RegExp(
          `^::${v === "FAIL" ? "error" : v === "WARN" ? "warning" : "(?:error|warning)"} .* ${escapeRegExp(VERDICT_WORD[lang][v])}::`,
          "m",
        ).test(out),
  // A finding per problem, its level from the verdict; a pass or an N/A says nothing.
  sarif: (out, v, lang) => {
    const results = (
      JSON.parse(out) as { runs: Array<{ results: Array<{ level: string; message: { text: string } }> }> }
    ).runs[0]!.results;
    const said = results.filter((r) => r.message.text.includes(` ${VERDICT_WORD[lang][v]}: `));
    if (v === "PASS" || v === "N/A") return said.length === 0;
    return said.some((r) =>
      v === "FAIL"
        ? r.level === "error"
        : v === "WARN"
          ? r.level === "warning"
          : r.level === "error" || r.level === "warning",
    );
  },
  gitlab: (out, v, lang) => {
    const issues = JSON.parse(out) as Array<{ severity: string; description: string }>;
    const said = issues.filter((i) => i.description.includes(` ${VERDICT_WORD[lang][v]}: `));
    if (v === "PASS" || v === "N/A") return said.length === 0;
    return said.some((i) =>
      v === "FAIL"
        ? i.severity === "critical"
        : v === "WARN"
          ? i.severity === "minor"
          : i.severity === "critical" || i.severity === "minor",
    );
  },
  csv: (out, v, lang) => out.includes(`,${lang === "zh" ? t(lang, `verdict.${v}`) : v},`),
  // A verdict cell says the mark and the verdict in the report's words.
  xlsx: (out, v, lang) => out.includes(`${VERDICT_MARK[v]} ${t(lang, `verdict.${v}`)}`),
  // 表1's verdict cells, as the workbook's.
  docx: (out, v, lang) => out.includes(`${VERDICT_MARK[v]} ${t(lang, `verdict.${v}`)}`),
  // A verdict mark carries its verdict as a class and says it in words.
  html: (out, v, lang) =>
    new RegExp(
      `class="v v-${escapeRegExp(v.replace("/", ""))}"[^>]*>${escapeRegExp(VERDICT_MARK[v])} ${escapeRegExp(t(lang, `verdict.${v}`))}<`,
    ).test(out),
};

/** An indicator is mentioned when its ID stands as a token and its name (as far as wrapping keeps it whole) appears. */
function mentions(out: string, id: string, name: string): boolean {
  return new RegExp(`(?<![\\w.])${escapeRegExp(id)}(?![\\w.])`).test(out) && out.includes(name.slice(0, 6));
}

describe("the shared fixture", () => {
  const present = (binding: boolean) => new Set(checks.filter((c) => c.binding === binding).map((c) => c.verdict));

  it("holds every verdict in its binding rows but WARN, which a binding row gives only for a weakened edition rule (a forecast informs, never decides: #23)", () => {
    expect([...present(true)].sort()).toEqual(VERDICTS.filter((v) => v !== "WARN").sort());
  });

  it("holds every verdict a reference row can have in its reference rows (a failing reference row is WARN)", () => {
    expect([...present(false)].sort()).toEqual(VERDICTS.filter((v) => v !== "FAIL").sort());
  });

  it("has progress checks with forecasts, one on track or achieved and one that warns (its own mark), and a progress check that warns", () => {
    const forecasts = checks.filter((c) => c.check === "progress" && c.result.forecast);
    const classes = forecasts.map((c) => c.result.forecast!.class);
    expect(classes).toContain("achieved");
    expect(classes.some((k) => k !== "achieved" && k !== "on_track")).toBe(true);
    expect(forecasts.map((c) => c.verdict)).toEqual(expect.arrayContaining(["PASS", "WARN"]));
  });

  it("has names and reasons with the characters each format must escape", () => {
    const shown = [
      ...checks.map((c) => c.name),
      ...checks.map((c) => reasonOf(c, "en")),
      ...checks.map((c) => reasonOf(c, "zh")),
    ].join("\n");
    for (const ch of [",", '"', "|", "<", "&", "%", ":"]) expect(shown, ch).toContain(ch);
    // ... and not only in rows that pass, which some formats leave out.
    const problemNames = checks
      .filter((c) => PROBLEMS.includes(c.verdict))
      .map((c) => c.name)
      .join("");
    for (const ch of [",", '"', "|", "<", "&", "%", ":"]) expect(problemNames, ch).toContain(ch);
  });

  it("is in Chinese, for 永州市零陵区, with the plan years 2022, 2025 and 2030", () => {
    const [file] = run.files;
    expect(file?.file.region.name).toBe("永州市零陵区");
    expect(file?.file.plan).toMatchObject({ baseYear: 2022, nearTerm: 2025, longTerm: 2030 });
    expect(FIXTURE_TEXT).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe.each(FORMATS)("format %s", (format) => {
  describe.each(LANGS)("in %s", (lang) => {
    it("is not empty", async () => {
      expect((await render(format, run, { lang })).trim().length).toBeGreaterThan(0);
    });

    it(COMPLETE.has(format) ? "mentions every indicator" : "mentions every indicator with a problem", async () => {
      const out = await render(format, run, { lang });
      const wanted = checks.filter((c) => COMPLETE.has(format) || PROBLEMS.includes(c.verdict));
      expect(wanted.length).toBeGreaterThan(0);
      for (const c of wanted) expect(mentions(out, c.id, c.name), `${c.id} ${c.name}`).toBe(true);
    });

    it("represents every verdict that occurs", async () => {
      const out = await render(format, run, { lang });
      const occurring = new Set(checks.map((c) => c.verdict));
      for (const v of occurring) expect(SHOWS[format](out, v, lang), v).toBe(true);
    });

    it("is byte-identical for the same run, and for the same file assessed again", async () => {
      const first = await render(format, run, { lang });
      expect(await render(format, run, { lang })).toBe(first);
      expect(await render(format, fixtureRun(), { lang })).toBe(first);
    });

    it("has no ANSI escapes without colour", async () => {
      expect(await render(format, run, { lang, color: false })).not.toMatch(ANSI);
    });

    it(COLOURED.has(format) ? "colours only when asked" : "never colours, even when asked", async () => {
      const coloured = await render(format, run, { lang, color: true });
      if (COLOURED.has(format)) expect(coloured).toMatch(ANSI);
      else expect(coloured).toBe(await render(format, run, { lang, color: false }));
    });
  });
});
