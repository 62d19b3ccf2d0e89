/**
 * The command line's help comes from the catalogue, in both languages, wherever --lang stands:
 * every option's and command's help text, commander's headings and its error sentences.
 */
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../src/i18n/lang.js";
import { MESSAGES } from "../../src/i18n/messages.js";
import { t } from "../../src/i18n/translate.js";
import { CHECK_OPTIONS, COMMANDS } from "../../src/cli/main.js";
import { run } from "./run.js";

/** commander wraps help at 80 columns: compare without the white space it moves. */
const flat = (s: string) => s.replace(/\s+/g, "");
const REGION = ["initName", "initZone", "initUrban", "initCode", "initBase", "initNear", "initLong"];
const PROGRAM = [
  "description",
  "help",
  "versionFlag",
  "after",
  "seeHelp",
  "title.usage",
  "title.options",
  "title.arguments",
  "title.commands",
];
const keysOf = (options: ReadonlyArray<{ help: string }>) => options.map((o) => o.help);
const ALL_KEYS = [
  ...PROGRAM,
  ...REGION,
  ...keysOf(CHECK_OPTIONS),
  ...COMMANDS.flatMap((c) => [c.help, ...keysOf(c.options), ...(c.args ?? []).map(([, h]) => h)]),
];

describe("help from the catalogue", () => {
  it("every help text is in both catalogues", () => {
    const missing = [...new Set(ALL_KEYS)].flatMap((k) =>
      LANGS.filter((lang) => MESSAGES[lang][`help.${k}`] === undefined).map((lang) => `help.${k} (${lang})`),
    );
    expect(missing).toEqual([]);
  });

  for (const lang of LANGS) {
    it(`--lang ${lang} --help: the program's options, headings and notes in ${lang}`, () => {
      const r = run(["--lang", lang, "--help"]);
      expect(r.status).toBe(0);
      const text = flat(r.stdout);
      for (const key of [
        ...PROGRAM.filter((k) => k !== "seeHelp" && k !== "title.arguments"),
        ...keysOf(CHECK_OPTIONS),
      ]) {
        const data = key === "format" ? { formats: "" } : {};
        // The format list is filled in: compare the part before it.
        const expected = flat(t(lang as Lang, `help.${key}`, data))
          .split("(default")[0]!
          .split("（默认")[0]!;
        expect(text, key).toContain(expected);
      }
      for (const c of COMMANDS) expect(text, c.name).toContain(flat(t(lang, `help.${c.help}`)).slice(0, 20));
    });

    it(`--lang ${lang}: each command's help in ${lang}`, () => {
      for (const c of COMMANDS) {
        const r = run([c.name, "--help", "--lang", lang]);
        expect(r.status, c.name).toBe(0);
        const text = flat(r.stdout);
        expect(text).toContain(flat(t(lang, "help.title.usage")));
        for (const key of [
          c.help,
          ...keysOf(c.options),
          ...(c.args ?? []).map(([, h]) => h),
          ...(c.region ? REGION : []),
        ]) {
          expect(text, `${c.name} ${key}`).toContain(flat(t(lang, `help.${key}`)));
        }
      }
    });
  }

  it("each command's help ends with examples of it, whose options are its own", () => {
    for (const c of COMMANDS) {
      const r = run([c.name, "--help", "--lang", "en"]);
      const examples = r.stdout.slice(r.stdout.lastIndexOf("Examples:\n") + "Examples:\n".length);
      expect(r.stdout, c.name).toContain("Examples:\n");
      const lines = examples.trim().split("\n");
      expect(lines.length, c.name).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.trim().startsWith(`lingling-check ${c.name}`), line).toBe(true);
        // Every option an example uses is one the command's own help lists.
        for (const option of line.match(/ --?[a-z][\w-]*/g) ?? [])
          expect(r.stdout.slice(0, r.stdout.lastIndexOf("Examples:")), `${c.name}: ${option}`).toContain(option.trim());
      }
    }
  });

  it("choices and defaults in the help's language", () => {
    expect(flat(run(["history", "--help", "--lang", "zh"]).stdout)).toContain(
      flat(`table 或 json（可选："table", "json"，默认："table"）`),
    );
    expect(flat(run(["history", "--help", "--lang", "en"]).stdout)).toContain(
      flat(`table or json (choices: "table", "json", default: "table")`),
    );
  });

  it("commander's errors, as catalogue sentences in either language", () => {
    expect(run(["--lang", "zh", "history", "x", "-f", "xml"]).stderr).toMatch(
      /^错误：选项 '-f, --format <format>' 的取值 'xml' 无效。 可选值：table, json。\n（lingling-check history --help 列出全部选项）/,
    );
    expect(run(["--lang", "en", "history", "x", "-f", "xml"]).stderr).toMatch(
      /^error: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are table, json\.\n\(lingling-check history --help shows the options\)/,
    );
    expect(run(["--lang", "zh", "explain", "1", "a", "b"]).stderr).toMatch(/^错误：参数过多\n/);
    expect(run(["--lang", "en", "explain", "1", "a", "b"]).stderr).toMatch(
      /^error: too many arguments for 'explain'\. Expected 2 arguments but got 3\.\n/,
    );
  });
});
