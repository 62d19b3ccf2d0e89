/**
 * Under --lang zh every text format, history, explain, lint, --compare-year and every command's
 * help speak Chinese: no English verdict word outside the JSON enums and machine fields, and no
 * English word in the help but the ones listed below (what a user types, and product names).
 */
import { describe, expect, it } from "vitest";
import { ROOT, run as spawn } from "../cli/run.js";

const SEED = "seeds/lingling.yaml";
const run = (args: string[]) => spawn(args, { cwd: ROOT });
const VERDICT_WORD = /\b(?:PASS|FAIL|WARN|MISSING|REVIEW|INCOMPLETE)\b|\bN\/A\b/g;
const QUESTIONS = [[], ["--year", "2024"], ["--year", "2024", "--compare-year", "2022"]];

/** The English verdict words a text shows, with some context to say where. */
const englishVerdicts = (text: string): string[] =>
  [...text.matchAll(VERDICT_WORD)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 12));

/** The human text of a JSON-based format: what people read, not the keys and enums machines read. */
const humanText: Record<string, (out: string) => string> = {
  sarif: (out) => {
    const log = JSON.parse(out) as {
      runs: Array<{
        results: Array<{ message: { text: string } }>;
        invocations?: Array<{ properties?: { summary?: string } }>;
      }>;
    };
    return log.runs
      .flatMap((r) => [
        ...r.results.map((x) => x.message.text),
        ...(r.invocations ?? []).map((i) => i.properties?.summary ?? ""),
      ])
      .join("\n");
  },
  gitlab: (out) => (JSON.parse(out) as Array<{ description: string }>).map((i) => i.description).join("\n"),
  // JUnit's machine fields: <failure type=…>, <error type=…>, the `overall` property's value.
  junit: (out) => out.replace(/ type="[A-Z/]+"/g, "").replace(/<property name="overall" value="[A-Z]+"\/>/g, ""),
};

describe("--lang zh: verdicts in Chinese in every text format", () => {
  for (const format of ["table", "markdown", "csv", "junit", "github", "gitlab", "sarif"])
    for (const question of QUESTIONS)
      it(`-f ${format} ${question.join(" ")}`, () => {
        const r = run(["--lang", "zh", "-f", format, ...question, SEED]);
        expect(r.status, r.stderr).toBe(1);
        const text = (humanText[format] ?? ((x: string) => x))(r.stdout);
        expect(englishVerdicts(text)).toEqual([]);
      });

  it("the summary says 不完整, not 不完整 INCOMPLETE, and --lang en has no Chinese verdict word", () => {
    expect(run(["--lang", "zh", "-q", SEED]).stdout).toMatch(/— 总体 不完整\n$/);
    expect(run(["--lang", "en", "-q", SEED]).stdout).toMatch(
      /— reference 6: 2 pass · 2 warn · 2 missing — overall INCOMPLETE\n$/,
    );
  });

  it("--compare-year says the change in Chinese", () => {
    const out = run(["--lang", "zh", "--year", "2024", "--compare-year", "2022", SEED]).stdout;
    expect(out).toContain("  判定变化：1 生态文明建设工作占党政实绩考核的比例（达标 → 缺数据）\n");
  });

  for (const args of [
    ["history", SEED],
    ["explain", "4", SEED],
    ["explain", "9", SEED],
    ["explain", "R1"],
    ["lint", SEED],
    ["lint", "-f", "github", SEED],
  ])
    it(args.join(" "), () => {
      const r = run(["--lang", "zh", ...args]);
      expect(r.stderr).toBe("");
      expect(englishVerdicts(r.stdout)).toEqual([]);
    });

  it("explain under zh has no English name or words of its own", () => {
    const out = run(["--lang", "zh", "explain", "15"]).stdout;
    expect(out.split("\n")[0]).toBe("15 农膜回收率");
    expect(out).not.toMatch(/Agricultural|recovery/);
  });
});

/**
 * English a Chinese help may keep: option names, <placeholders> and [arguments] as typed, command
 * and argument names, the values an option takes, keys and file names written in a file, and
 * product or format names. The example lines at the end are commands, kept whole.
 */
const KEPT = new Set(
  [
    // commands and arguments
    "lingling-check standards init explain record history schema template lint import help edition id file inputs",
    // values options take (--format, --assess, --lang, --zone, --fail-on, --checks, --status) and column names (--from)
    "table json markdown junit github csv xlsx docx html sarif gitlab plan year zh en east central west northeast warn projects error",
    "baseline near_term long_term progress override not-started in-progress completed value note name",
    // keys written in a file
    "standard tolerance reference first base_year",
    // products, formats, encodings, units
    "YAML JSON Schema CSV BOM Excel UTF GBK MB",
  ]
    .join(" ")
    .split(" "),
);

function englishWords(help: string): string[] {
  const text = help
    .split("\n")
    .filter((l) => !/^ {2}(?:lingling-check|cat) /.test(l))
    .join("\n")
    .replace(/(?<![\w-])--?[A-Za-z][\w-]*/g, " ") // option names
    .replace(/<[^>]*>|\[[^\]]*\]/g, " ") // placeholders
    .replace(/"[^"]*"/g, " ") // choices as commander quotes them
    .replace(/[\w.*/-]*[./][\w.*/-]+/g, " ") // paths and file names (.yaml, data/standards/*.yaml)
    .replace(/\b[A-Z][A-Z0-9]*_[A-Z_]+\b/g, " "); // environment variables
  return [...text.matchAll(/[A-Za-z](?:[A-Za-z_-]*[A-Za-z])?/g)]
    .map((m) => m[0])
    .filter((w) => !KEPT.has(w) && w.length > 1);
}

describe("--lang zh: every command's help in Chinese", () => {
  for (const command of [
    "",
    "standards",
    "init",
    "explain",
    "record",
    "history",
    "schema",
    "template",
    "lint",
    "import",
  ])
    it(`${command || "lingling-check"} --help`, () => {
      const r = run(["--lang", "zh", ...(command ? [command] : []), "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^用法： lingling-check .*\[选项\]/);
      expect(r.stdout).not.toContain("[options]");
      expect(englishWords(r.stdout)).toEqual([]);
    });
});
