/**
 * GitHub Actions workflow commands. Escaping as the runner reads it (actions/toolkit `command.ts`):
 * data escapes % CR LF as %25 %0D %0A; property values also : and , as %3A and %2C.
 */
import { describe, expect, it } from "vitest";
import type { CheckName, RunAssessment } from "../../src/assess/result.js";
import type { Verdict } from "../../src/model/verdict.js";
import { CHECK_LABEL } from "../../src/report/columns.js";
import {
  FIXTURE_NAME,
  FIXTURE_TEXT,
  LANGS,
  PROBLEMS,
  VERDICT_WORD,
  assessText,
  fixtureRun,
  flatChecks,
  idLine,
  reasonOf,
  render,
} from "./shared.js";

const run = fixtureRun();
const checks = flatChecks(run);

const ANNOTATION =
  /^::(error|warning|notice) file=([^,:]*),line=(\d+),(?:col=\d+,endLine=\d+,endColumn=\d+|endLine=\d+),title=([^,:]*)::(.*)$/;

interface Annotation {
  level: string;
  file: string;
  line: number;
  title: string;
  message: string;
}

/** Undoes the runner's escaping (what GitHub shows). */
const unescapeRunner = (s: string) =>
  s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");

function annotations(out: string): Annotation[] {
  const lines = out.split("\n");
  expect(lines.at(-1)).toBe("");
  // The last line is the run's verdict, a notice of its own (no file, no line).
  expect(lines.at(-2)).toMatch(/^::notice title=lingling-check::(\d+ files?: .* — overall |共 \d+ 个文件：.* — 总体 )/);
  return lines.slice(0, -2).map((l) => {
    const m = ANNOTATION.exec(l);
    if (!m) throw new Error(`not an annotation: ${l}`);
    return { level: m[1]!, file: m[2]!, line: Number(m[3]), title: m[4]!, message: m[5]! };
  });
}

const annotated = checks.filter((c) => PROBLEMS.includes(c.verdict));

describe.each(LANGS)("github in %s", (lang) => {
  it("is one well-formed annotation per check that is a problem, and nothing else", async () => {
    const list = annotations(await render("github", run, { lang }));
    expect(list).toHaveLength(annotated.length);
    list.forEach((a, n) => {
      const c = annotated[n]!;
      expect(unescapeRunner(a.file)).toBe(FIXTURE_NAME);
      expect(unescapeRunner(a.title)).toBe(
        `${c.id} ${c.name} — ${CHECK_LABEL[lang][c.check as CheckName]} ${VERDICT_WORD[lang][c.verdict]}`,
      );
      expect(unescapeRunner(a.message)).toBe(reasonOf(c, lang));
    });
  });

  it("points at the line where the indicator's `- id:` row starts", async () => {
    const list = annotations(await render("github", run, { lang }));
    list.forEach((a, n) => {
      const c = annotated[n]!;
      expect(a.line, c.id).toBe(idLine(FIXTURE_TEXT, c.id));
      expect(FIXTURE_TEXT.split("\n")[a.line - 1]).toMatch(/^\s*- id: /);
    });
  });

  it("makes FAIL an error and WARN a warning; PASS and N/A say nothing", async () => {
    const list = annotations(await render("github", run, { lang }));
    const level = (v: Verdict) =>
      list.filter((a) => unescapeRunner(a.title).endsWith(` ${VERDICT_WORD[lang][v]}`)).map((a) => a.level);
    // A check shown beside the question (a year assessment's baseline) is a notice: it fails nothing.
    expect(level("FAIL")).toEqual(
      checks.filter((c) => c.verdict === "FAIL").map((c) => (c.decides ? "error" : "notice")),
    );
    expect(level("WARN")).toEqual(
      checks.filter((c) => c.verdict === "WARN").map((c) => (c.decides ? "warning" : "notice")),
    );
    expect(level("FAIL")).toContain("notice");
    expect(level("PASS")).toEqual([]);
    expect(level("N/A")).toEqual([]);
    expect(checks.some((c) => c.verdict === "PASS") && checks.some((c) => c.verdict === "N/A")).toBe(true);
  });

  it("makes an unjudged binding check an error (it fails the job) and an unjudged reference check a warning", async () => {
    const list = annotations(await render("github", run, { lang }));
    const unjudged = annotated.flatMap((c, n) =>
      (c.verdict === "MISSING" || c.verdict === "REVIEW") && c.decides ? [[c.binding, list[n]!.level] as const] : [],
    );
    expect(unjudged.some(([binding]) => binding) && unjudged.some(([binding]) => !binding)).toBe(true);
    for (const [binding, level] of unjudged) expect(level).toBe(binding ? "error" : "warning");
  });

  it("escapes %, comma and colon in titles, and % in messages", async () => {
    const out = await render("github", run, { lang });
    expect(out).toContain(
      `title=8 受污染耕地安全利用率%2C 含"重点"地块 — ${CHECK_LABEL[lang].baseline} ${VERDICT_WORD[lang].FAIL}::`,
    );
    expect(out).toContain(
      `title=12 城镇新建绿色建筑比例%3A <新建> & 既有 — ${CHECK_LABEL[lang].progress} ${VERDICT_WORD[lang].FAIL}::`,
    );
    expect(out).toContain(
      `title=R1 农村生活污水治理率%3A 治理/管控%25 — ${CHECK_LABEL[lang].progress} ${VERDICT_WORD[lang].WARN}::`,
    );
    expect(out).toContain(
      `title=R1 农村生活污水治理率%3A 治理/管控%25 — ${CHECK_LABEL[lang].baseline} ${VERDICT_WORD[lang].WARN}::`,
    );
    for (const a of annotations(out)) {
      expect(a.message).not.toMatch(/%(?!25|0D|0A)/);
      expect(a.title).not.toMatch(/%(?!25|0D|0A|3A|2C)/);
    }
    expect(annotations(out).some((a) => a.message.includes("%25"))).toBe(true);
  });
});

describe("github file property", () => {
  it("escapes comma, colon and % in the file name", async () => {
    const name = "报告, 2023: 100%.yaml";
    const out = await render("github", assessText(FIXTURE_TEXT, name), { lang: "en" });
    const list = annotations(out);
    expect(list.length).toBeGreaterThan(0);
    for (const a of list) {
      expect(a.file).toBe("报告%2C 2023%3A 100%25.yaml");
      expect(unescapeRunner(a.file)).toBe(name);
    }
  });

  it("annotates every file of a run at its own name", async () => {
    const both: RunAssessment = { ...run, files: [...run.files, ...assessText(FIXTURE_TEXT, "b.yaml").files] };
    const files = annotations(await render("github", both, { lang: "en" })).map((a) => a.file);
    expect(files.filter((f) => f === "b.yaml")).toHaveLength(annotated.length);
    expect(files.filter((f) => f === FIXTURE_NAME)).toHaveLength(annotated.length);
  });

  it("prints only the run's verdict, as a notice, for a run where every check passes", async () => {
    const text = FIXTURE_TEXT.split('\n  - id: "8"')[0]!;
    const clean = assessText(text, "clean.yaml");
    expect(flatChecks(clean).every((c) => c.verdict === "PASS")).toBe(true);
    expect(await render("github", clean, { lang: "en" })).toBe(
      "::notice title=lingling-check::1 file: 1 PASS — overall PASS\n",
    );
    expect(await render("github", clean, { lang: "zh" })).toMatch(
      /^::notice title=lingling-check::共 1 个文件：1 达标 — 总体 达标\n$/,
    );
  });
});
