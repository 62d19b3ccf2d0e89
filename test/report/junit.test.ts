/** JUnit XML, read back with a real parser (junit2json, over xml2js). */
import { parse, type TestCase, type TestSuite, type TestSuites } from "junit2json";
import { describe, expect, it } from "vitest";
import type { RunAssessment } from "../../src/assess/result.js";
import { FIXTURE_TEXT, LANGS, VERDICT_WORD, assessText, fixtureRun, flatChecks, reasonOf, render } from "./shared.js";

const run = fixtureRun();
const checks = flatChecks(run);

async function suitesOf(
  r: RunAssessment,
  lang: "zh" | "en",
): Promise<{ root: TestSuites & Record<string, unknown>; suites: TestSuite[] }> {
  const parsed = await parse(await render("junit", r, { lang }));
  if (!parsed || !("testsuite" in parsed) || !Array.isArray(parsed.testsuite)) throw new Error("no <testsuites> root");
  return { root: parsed as TestSuites & Record<string, unknown>, suites: parsed.testsuite };
}

/** Where a testcase says its check is: the first line of its <system-out>. */
const at = (c: { line: number }) => `${run.files[0]!.file.file}:${c.line}`;
const casesOf = (s: TestSuite): TestCase[] => s.testcase ?? [];
const attr = (o: object, key: string): unknown => (o as Record<string, unknown>)[key];
const count = (cases: TestCase[], tag: "failure" | "error" | "skipped") =>
  cases.filter((c) => (c[tag]?.length ?? 0) > 0).length;

describe.each(LANGS)("junit in %s", (lang) => {
  it("has one testsuite per file and one testcase per check, in order", async () => {
    const { suites } = await suitesOf(run, lang);
    expect(suites).toHaveLength(run.files.length);
    const cases = suites.flatMap(casesOf);
    expect(cases).toHaveLength(checks.length);
    cases.forEach((tc, n) => {
      const c = checks[n]!;
      expect(tc.name).toBe(`${c.id} ${c.name} — ${c.check}`);
      // Its place: no `line` attribute (Jenkins' schema has none), the first line of its <system-out>.
      expect(attr(tc, "line")).toBeUndefined();
      expect(tc["system-out"]?.[0]?.split("\n")[0]).toBe(`${run.files[0]!.file.file}:${c.line}`);
    });
  });

  it("counts failures, errors and skipped in its attributes exactly as its testcases show them", async () => {
    const { root, suites } = await suitesOf(run, lang);
    for (const s of suites) {
      const cases = casesOf(s);
      expect(Number(s.tests)).toBe(cases.length);
      expect(Number(s.failures)).toBe(count(cases, "failure"));
      expect(Number(s.errors)).toBe(count(cases, "error"));
      expect(Number(s.skipped)).toBe(count(cases, "skipped"));
    }
    const all = suites.flatMap(casesOf);
    // The root carries no totals: the report is written suite by suite; CI servers add them up.
    expect(root.tests).toBeUndefined();
    expect(attr(root, "skipped")).toBeUndefined();
    // and the counts are the verdicts', not just self-consistent
    // (a check shown beside the question, not deciding it, fails nothing)
    expect(count(all, "failure")).toBe(checks.filter((c) => c.verdict === "FAIL" && c.decides && c.binding).length);
    expect(count(all, "error")).toBe(
      checks.filter((c) => (c.verdict === "MISSING" || c.verdict === "REVIEW") && c.decides && c.binding).length,
    );
    expect(count(all, "skipped")).toBe(checks.filter((c) => c.verdict === "N/A").length);
  });

  it("gives a FAIL a <failure> whose message is the reason", async () => {
    const cases = (await suitesOf(run, lang)).suites.flatMap(casesOf);
    const fails = checks.filter((c) => c.verdict === "FAIL" && c.decides);
    expect(fails.length).toBeGreaterThan(0);
    expect(checks.some((c) => c.verdict === "FAIL" && !c.decides)).toBe(true);
    for (const [n, c] of checks.entries()) {
      const failure = cases[n]?.failure;
      if (c.verdict !== "FAIL" || !c.decides) {
        expect(failure, `${c.id} ${c.check}`).toBeUndefined();
        continue;
      }
      expect(failure).toHaveLength(1);
      expect(failure?.[0]?.message).toBe(reasonOf(c, lang));
      expect(failure?.[0]?.inner).toBe(reasonOf(c, lang));
    }
  });

  it("carries the reason of every WARN, MISSING and REVIEW check; a binding row's MISSING and REVIEW, which fail the run, as an <error> of that type", async () => {
    const cases = (await suitesOf(run, lang)).suites.flatMap(casesOf);
    for (const v of ["WARN", "MISSING", "REVIEW"] as const)
      expect(
        checks.some((c) => c.verdict === v),
        v,
      ).toBe(true);
    checks.forEach((c, n) => {
      const tc = cases[n]!;
      const why = reasonOf(c, lang);
      if (c.verdict === "WARN") {
        // A warning does not fail the suite: it passes, with its reason in <system-out>.
        expect(tc.failure ?? tc.error ?? tc.skipped).toBeUndefined();
        expect(tc["system-out"]).toEqual([`${at(c)}\n${VERDICT_WORD[lang].WARN}: ${why}`]);
      }
      // A reference row's, like a check shown beside the question, fails no run, and so is no error.
      if ((c.verdict === "MISSING" || c.verdict === "REVIEW") && !(c.decides && c.binding))
        expect(tc.error, `${c.id} ${c.check}`).toBeUndefined();
      if ((c.verdict === "MISSING" || c.verdict === "REVIEW") && c.decides && c.binding) {
        expect(tc.error).toHaveLength(1);
        expect(tc.error?.[0]).toMatchObject({ type: c.verdict, message: why });
      }
      if (c.verdict === "N/A") expect(tc.skipped?.[0]?.message).toBe(why);
      if (c.verdict === "PASS") expect(tc.failure ?? tc.error ?? tc.skipped).toBeUndefined();
    });
  });

  it('escapes &, < and " in attributes so that they read back as written', async () => {
    const cases = (await suitesOf(run, lang)).suites.flatMap(casesOf);
    const names = cases.map((tc) => tc.name ?? "").join("\n");
    expect(names).toContain('受污染耕地安全利用率, 含"重点"地块');
    expect(names).toContain("城镇新建绿色建筑比例: <新建> & 既有");
    const review = checks.findIndex((c) => c.verdict === "REVIEW" && /[&<"]/.test(reasonOf(c, lang)));
    expect(review).toBeGreaterThanOrEqual(0);
    // In <system-out> whether or not the check decides the run (an <error> only where it does).
    const message = cases[review]?.["system-out"]?.[0] ?? "";
    for (const ch of ["&", "<", '"']) expect(message).toContain(ch);
    expect(message).toBe(`${at(checks[review]!)}\n${VERDICT_WORD[lang].REVIEW}: ${reasonOf(checks[review]!, lang)}`);
  });

  it("names the suite by file and region and records the overall verdict as a property", async () => {
    const { suites } = await suitesOf(run, lang);
    expect(suites[0]?.name).toBe(`${run.files[0]!.file.file} — 永州市零陵区`);
    expect(suites[0]?.properties).toEqual([{ name: "overall", value: run.files[0]!.summary.overall }]);
  });
});

describe("junit across files", () => {
  it("has one testsuite per file, and totals that add up", async () => {
    const second = assessText(FIXTURE_TEXT, "second/every-verdict.yaml").files;
    const both: RunAssessment = { ...run, files: [...run.files, ...second] };
    const { root, suites } = await suitesOf(both, "en");
    expect(suites.map((s) => s.name)).toEqual(both.files.map((f) => `${f.file.file} — ${f.file.region.name}`));
    expect(suites.reduce((n, s) => n + Number(s.tests), 0)).toBe(2 * checks.length);
    expect(root.tests).toBeUndefined();
  });

  it("drops characters XML 1.0 forbids instead of writing an unreadable file", async () => {
    const text = FIXTURE_TEXT.replace("约95%, ", "约95%\u0001, ");
    expect(text).not.toBe(FIXTURE_TEXT);
    const { suites } = await suitesOf(assessText(text, "control.yaml"), "en");
    expect(suites.flatMap(casesOf)).toHaveLength(checks.length);
  });
});

describe("junit follows the fail policy", () => {
  const policyCases = async (options: { failOn?: "warn"; allowIncomplete?: boolean }) => {
    const parsed = await parse(await render("junit", run, { lang: "en", ...options }));
    if (!parsed || !("testsuite" in parsed)) throw new Error("no <testsuites>");
    return parsed.testsuite!.flatMap(casesOf);
  };

  it("with --fail-on warn every WARN is a <failure>: the job fails, and the report says why", async () => {
    const cases = await policyCases({ failOn: "warn" });
    const warns = checks.map((c, n) => [c, cases[n]!] as const).filter(([c]) => c.verdict === "WARN" && c.decides);
    expect(warns.length).toBeGreaterThan(0);
    for (const [c, tc] of warns)
      expect(tc.failure?.[0], `${c.id} ${c.check}`).toMatchObject({ type: "WARN", message: reasonOf(c, "en") });
  });

  it("with --allow-incomplete a binding MISSING or REVIEW does not fail the run, and is no <error>", async () => {
    const cases = await policyCases({ allowIncomplete: true });
    const unjudged = checks
      .map((c, n) => [c, cases[n]!] as const)
      .filter(([c]) => c.binding && (c.verdict === "MISSING" || c.verdict === "REVIEW"));
    expect(unjudged.length).toBeGreaterThan(0);
    for (const [c, tc] of unjudged) {
      expect(tc.error, `${c.id} ${c.check}`).toBeUndefined();
      expect(tc["system-out"]).toEqual([`${at(c)}\n${c.verdict}: ${reasonOf(c, "en")}`]);
    }
  });

  it("with both, a reference row that is not judged makes the run WARN, which fails: an <error>", async () => {
    const cases = await policyCases({ allowIncomplete: true, failOn: "warn" });
    const reference = checks
      .map((c, n) => [c, cases[n]!] as const)
      .filter(([c]) => c.decides && !c.binding && (c.verdict === "MISSING" || c.verdict === "REVIEW"));
    expect(reference.length).toBeGreaterThan(0);
    for (const [c, tc] of reference) expect(tc.error?.[0], `${c.id} ${c.check}`).toMatchObject({ type: c.verdict });
  });
});
