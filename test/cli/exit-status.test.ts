/** Exit statuses: 0 PASS/WARN, 1 FAIL/INCOMPLETE (as tuned by options), 2 usage or input error. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixture, read, ROOT, run, SEED, STACK, removeTempDirs, tempDir, type RunResult } from "./run.js";

afterAll(removeTempDirs);

const scratch = tempDir();

const summary = (r: RunResult): string => r.stdout.trim().split("\n").at(-1) ?? "";

// The process's own exit status for each kind of outcome (0, 1, 2), from the binary started as a
// shell starts it; the other cases run the same command line in this process (test/cli/inProcess.ts).
describe("verdict → exit status", () => {
  it("the Lingling seed is INCOMPLETE: exit 1", () => {
    const r = run(["--lang", "en", SEED], { spawn: true });
    expect(r.status).toBe(1);
    expect(summary(r)).toMatch(/overall INCOMPLETE$/);
    expect(r.stderr).toBe("");
  });

  it("--allow-incomplete lets INCOMPLETE pass", () => {
    const r = run(["--lang", "en", "--allow-incomplete", SEED]);
    expect(r.status).toBe(0);
    expect(summary(r)).toMatch(/overall INCOMPLETE$/);
  });

  it("--allow-incomplete --fail-on warn: the warnings beneath an INCOMPLETE fail the run, and JUnit and GitHub say which", () => {
    // The seed is INCOMPLETE (binding rows 4, 5.1, 9, 16 not judged) and warns on reference rows
    // (R1, R3 WARN; R2, R6 not judged).
    const args = ["--lang", "en", "--allow-incomplete", "--fail-on", "warn", SEED];
    expect(run(args).status).toBe(1);
    const junit = run([...args, "-f", "junit"]);
    expect(junit.status).toBe(1);
    expect(junit.stdout).toMatch(/failures="3" errors="4"/);
    const github = run([...args, "-f", "github"]);
    expect(github.status).toBe(1);
    const errors = github.stdout.split("\n").filter((l) => l.startsWith("::error"));
    // Exactly the seven checks JUnit marks: the reference rows; the binding rows not judged are let through.
    expect(errors.map((l) => /title=(\S+)/.exec(l)![1])).toEqual(["R1", "R1", "R2", "R2", "R2", "R3", "R6"]);
  });

  it("--allow-incomplete alone: no GitHub error for a binding row left unjudged, as JUnit and the exit status have it", () => {
    const args = ["--lang", "en", "--allow-incomplete", SEED];
    expect(run([...args, "-f", "junit"]).stdout).toMatch(/failures="0" errors="0"/);
    const github = run([...args, "-f", "github"]);
    expect(github.status).toBe(0);
    expect(github.stdout).not.toContain("::error");
    expect(github.stdout).toMatch(/^::warning file=[^\n]*title=4 PM2\.5/m);
  });

  it("--exit-zero reports without failing", () => {
    expect(run(["--exit-zero", SEED]).status).toBe(0);
    expect(run(["--exit-zero", fixture("fail.yaml")]).status).toBe(0);
    expect(run(["--exit-zero", "--fail-on", "warn", fixture("warn.yaml")]).status).toBe(0);
  });

  it("--exit-zero does not hide an input error", () => {
    const r = run(["--exit-zero", fixture("errors/rule-foo.yaml")], { spawn: true });
    expect(r.status).toBe(2);
  });

  it("all binding checks pass: exit 0, overall PASS", () => {
    const r = run(["--lang", "en", fixture("pass.yaml")], { spawn: true });
    expect(r.status).toBe(0);
    expect(summary(r)).toMatch(/overall PASS$/);
    expect(summary(r)).toMatch(/^plan review — binding 4: 4 pass/);
  });

  it("a failing binding check: exit 1, overall FAIL", () => {
    const r = run(["--lang", "en", fixture("fail.yaml")], { spawn: true });
    expect(r.status).toBe(1);
    expect(summary(r)).toMatch(/1 fail/);
    expect(summary(r)).toMatch(/overall FAIL$/);
    // --allow-incomplete does not let a FAIL through.
    expect(run(["--allow-incomplete", fixture("fail.yaml")]).status).toBe(1);
  });

  it("only a reference indicator fails: WARN, exit 0; --fail-on warn makes it 1", () => {
    const r = run(["--lang", "en", fixture("warn.yaml")]);
    expect(r.status).toBe(0);
    expect(summary(r)).toMatch(/reference 1: 1 warn/);
    expect(summary(r)).toMatch(/overall WARN$/);
    expect(r.stdout).not.toMatch(/\bFAIL\b/);
    expect(run(["--fail-on", "warn", fixture("warn.yaml")]).status).toBe(1);
    expect(run(["--fail-on=warn", fixture("warn.yaml")]).status).toBe(1);
    // --fail-on warn leaves a PASS alone.
    expect(run(["--fail-on", "warn", fixture("pass.yaml")]).status).toBe(0);
  });

  it("several files: the worst file decides", () => {
    expect(run([fixture("pass.yaml"), fixture("warn.yaml")]).status).toBe(0);
    expect(run([fixture("pass.yaml"), fixture("fail.yaml")]).status).toBe(1);
    expect(run(["--fail-on", "warn", fixture("pass.yaml"), fixture("warn.yaml")]).status).toBe(1);
  });
});

describe("usage errors: exit 2, a message on the first line, no stack trace", () => {
  const cases: Array<[string, string[], RegExp]> = [
    ["an unknown option", ["--bogus", SEED], /unknown option.*--bogus/],
    ["--year abc", ["--year", "abc", SEED], /--year.*abc/],
    ["--checks foo", ["--checks", "foo", SEED], /--checks.*foo/],
    ["--lang xx", ["--lang", "xx", SEED], /--lang.*xx/],
    ["--fail-on error", ["--fail-on", "error", SEED], /--fail-on.*error/],
    ["an unknown format", ["-f", "yaml", SEED], /yaml/],
    [
      "more -o than -f",
      ["-f", "json", "-o", join(scratch, "a.json"), "-o", join(scratch, "b.json"), SEED],
      /format|output/i,
    ],
    ["no input", [], /input/],
    [
      "an option taken once, given again with another value",
      ["--year", "2024", "--year", "2023", SEED],
      /^error: option '--year <year>' argument '2023' is invalid\. It is taken once, and 2024 was given before it\.$/,
    ],
    [
      "--assess year with --checks that leave out progress",
      ["--assess", "year", "--checks", "near_term", SEED],
      /^lingling-check: --assess year judges the year by its progress check, which --checks near_term leaves out: add progress, or use --assess plan$/,
    ],
    [
      "--year with --checks that leave out progress",
      ["--year", "2025", "--checks", "baseline,near_term", SEED],
      /^lingling-check: --year 2025 asks for a year, judged by its progress check, which --checks baseline,near_term leaves out: add progress, or leave out --year$/,
    ],
    [
      "--compare-year with --checks that leave out progress",
      ["--compare-year", "2022", "--checks", "baseline", SEED],
      /^lingling-check: --compare-year 2022 asks for a year, judged by its progress check, which --checks baseline leaves out: add progress, or leave out --compare-year$/,
    ],
  ];
  for (const [what, args, pattern] of cases) {
    it(what, () => {
      const r = run(["--lang", "en", ...args]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      const first = r.stderr.split("\n")[0] ?? "";
      expect(first).toMatch(pattern);
      expect(r.stderr).not.toMatch(STACK);
    });
  }

  it("--year abc, --checks foo and more -o than -f are one line each", () => {
    for (const args of [
      ["--year", "abc"],
      ["--checks", "foo"],
      ["-f", "json", "-o", join(scratch, "a.json"), "-o", join(scratch, "b.json")],
    ]) {
      const r = run(["--lang", "en", ...args, SEED]);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    // A refused command line writes nothing.
    expect(readdirSync(scratch)).toEqual([]);
  });
});

describe("--version and --help", () => {
  it("--version prints the package version and exits 0", () => {
    const r = run(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("-v, as in node and npm, and commander's -V print the same version", () => {
    const version = (JSON.parse(read(join(ROOT, "package.json"))) as { version: string }).version;
    for (const flag of ["-v", "-V"]) {
      const r = run([flag]);
      expect(r.status, flag).toBe(0);
      expect(r.stdout, flag).toBe(`${version}\n`);
    }
  });

  it("--help documents the options and the exit statuses and exits 0", () => {
    const r = run(["--help", "--lang", "en"]);
    expect(r.status).toBe(0);
    for (const option of [
      "--format",
      "--output",
      "--year",
      "--checks",
      "--lang",
      "--no-color",
      "--quiet",
      "--allow-incomplete",
      "--fail-on",
      "--exit-zero",
      "--force",
      "--stdin-filepath",
      "--version",
    ]) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toMatch(/Exit status/);
  });

  it("--help --lang zh is in Chinese, commander's own headings and notes too", () => {
    const r = run(["--help", "--lang", "zh"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/退出码/);
    expect(r.stdout).toMatch(/^用法： lingling-check/m);
    expect(r.stdout).toMatch(/^选项：$/m);
    expect(r.stdout).toMatch(/显示命令的帮助/);
    expect(r.stdout).toMatch(/（可选："warn", "projects"）/);
    expect(r.stdout).not.toMatch(/Usage:|Options:|Arguments:|\(default|\(choices|display help/);
  });

  it("commander's own usage errors in Chinese too, with the suggestion", () => {
    const r = run(["--qiuet", "--lang", "zh"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^错误：未知选项 '--qiuet'\n（是否想输入 --quiet？）/);
    expect(run(["init", "--zone", "west", "--lang", "zh"]).stderr).toMatch(
      /^错误：缺少必需的选项 '--name <name>'\n（lingling-check init --help 列出全部选项）/,
    );
    expect(run(["--qiuet", "--lang", "en"]).stderr).toMatch(/^error: unknown option '--qiuet'/);
  });

  it("an option taken once may be given again with the same value; another is refused, in Chinese too", () => {
    expect(run([SEED, "--year", "2024", "--year", "2024", "-q", "--lang", "en"]).status).toBe(1);
    const zh = run(["--year", "2024", "--year", "2023", SEED, "--lang", "zh"]);
    expect(zh.stderr).toMatch(/^错误：选项 '--year <year>' 的取值 '2023' 无效。 ?该选项只取一次，此前已给出 2024。/);
  });

  it("what was typed is quoted in the argument parser's errors as text, never as a terminal's escape", () => {
    const lang = run([SEED, "--lang", "\u001b[2J"]);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toMatch(/^error: option '--lang <lang>' argument '\\x1b\[2J' is invalid/);
    const unknown = run([SEED, "--\u001b]0;pwned\u0007x", "--lang", "en"]);
    expect(unknown.stderr).toMatch(/^error: unknown option '--\\x1b\]0;pwned\\x07x'/);
    for (const r of [lang, unknown]) expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("standard input given twice is a usage error, not an empty second file", () => {
    const r = run(["-", "-", "--lang", "en"], { input: read(SEED) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/can be given once/);
  });

  it("a mistyped command is named, not reported as a missing file", () => {
    const r = run(["standard", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: standard is neither a file nor a command: did you mean lingling-check standards?\n",
    );
  });

  it("every command takes --lang", () => {
    for (const args of [["schema"], ["init", "--name", "某县", "--zone", "west"], ["standards"], ["explain", "4"]]) {
      const r = run([...args, "--lang", "zh"]);
      expect(r.stderr, args.join(" ")).toBe("");
      expect(r.status, args.join(" ")).toBe(0);
    }
  });

  it("a command's help in Chinese too", () => {
    const r = run(["init", "--help", "--lang", "zh"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^用法： lingling-check init/m);
    expect(r.stdout).not.toMatch(/Usage:|Options:/);
  });
});

describe("the JUnit report agrees with the exit status", () => {
  it("--fail-on warn: a WARN run exits 1 and its report holds a <failure>", () => {
    const r = run(["--lang", "en", "--fail-on", "warn", "-f", "junit", fixture("warn.yaml")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/<failure type="WARN"/);
  });
});
