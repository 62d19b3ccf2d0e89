/** What the report says and where it goes: table, languages, colour, quiet, JSON, files, stdin, directories. */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ANSI, fixture, read, run, SEED, STACK, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

const seedText = read(SEED);
const VERDICTS = ["PASS", "FAIL", "WARN", "N/A", "MISSING", "REVIEW"];

type Verdict = "PASS" | "FAIL" | "WARN" | "N/A" | "MISSING" | "REVIEW";

interface JsonCheck {
  verdict: string;
  reason: string;
  forecast?: { class: string; projected: number | null; target: number; target_year: number; ratio: number | null };
}
interface JsonIndicator {
  id: string;
  name: string;
  binding: boolean;
  line: number;
  checks: Partial<Record<"baseline" | "near_term" | "long_term" | "progress", JsonCheck>>;
}
interface JsonFile {
  file: string;
  region: { name: string };
  overall: string;
  indicators: JsonIndicator[];
}
interface JsonReport {
  format: string;
  files: JsonFile[];
  summary: unknown;
}

const parseReport = (text: string): JsonReport => JSON.parse(text) as JsonReport;
const lastLine = (text: string): string => text.trimEnd().split("\n").at(-1) ?? "";

/** The 1-based line of `- id: "X"` (or `- id: X`) in a YAML text. */
function idLine(text: string, id: string): number {
  const pattern = new RegExp(`^\\s*- id: "?${id.replace(".", "\\.")}"?\\s*(#.*)?$`);
  const index = text.split("\n").findIndex((l) => pattern.test(l));
  if (index < 0) throw new Error(`no row ${id}`);
  return index + 1;
}

/**
 * The seed's verdicts, worked out by hand from SPEC.md and the seed (not copied from the tool):
 * the base-year check of every row, and the plan-target checks that are not PASS.
 */
/** In file order (an array: object keys that look like integers would be reordered). */
const EXPECTED_BASELINE_ROWS: Array<[string, Verdict]> = [
  ["1", "PASS"], // 25.5 ≥ 20
  ["2", "PASS"], // 已建立 = 建立
  ["3", "PASS"], // 已开展 = 开展
  ["4", "MISSING"], // ≤35 met, but 保持稳定或持续下降 on one value: "needs at least two years"
  ["5.1", "MISSING"], // no superior target for 2022 (且: worst part)
  ["5.2", "PASS"], // 98.3 ≥ 95
  ["5.3", "PASS"], // 无劣V类水体: none present meets 100 (higher)
  ["5.4", "PASS"], // 无黑臭水体: none present meets 100 (higher)
  ["6.1", "PASS"], // ΔEQI −0.72 > −1
  ["6.2", "PASS"], // 100 reaches 100
  ["6.3", "PASS"], // 已开展
  ["7.1", "PASS"], // 2021 50.43 → 2022 50.58: not lower than the previous year
  ["7.2", "N/A"], // 不涉及
  ["8", "PASS"], // 93.05 ≥ 93
  ["9", "REVIEW"], // a number (100) against the status 有效保障: never guessed
  ["10", "PASS"], // 有效开展
  ["11", "PASS"], // 已建立
  ["12", "PASS"], // 100 ≥ 80
  ["13", "PASS"], // 72 ≥ 36 (superior, 2022)
  ["14", "PASS"], // 0.545 ≥ 0.54 (superior, set 2020, in force until replaced)
  ["15", "PASS"], // 86.8 ≥ 85
  ["16", "REVIEW"], // text only
  ["17", "PASS"], // 96.33 ≥ 90
  ["18", "PASS"], // 100
  ["19", "PASS"], // 100
  ["R1", "WARN"], // central + urban district → ≥60; 33.3 fails; reference → WARN
  ["R2", "MISSING"], // no superior target for 2022
  ["R3", "WARN"], // 0.03 → 0.10 rose: not 持续下降; reference → WARN
  ["R4", "PASS"], // 52.19 ≥ 50 (superior, 2022)
  ["R5", "PASS"], // 已建立
  ["R6", "MISSING"], // 保持稳定或有所提高 on one value
];
const EXPECTED_BASELINE = new Map(EXPECTED_BASELINE_ROWS);
const SEED_IDS = EXPECTED_BASELINE_ROWS.map(([id]) => id);
const EXPECTED_TARGETS_NOT_PASS: Record<string, Partial<Record<"near_term" | "long_term", Verdict>>> = {
  "5.1": { near_term: "REVIEW", long_term: "REVIEW" }, // superior's 2025/2030 targets not given
  "9": { near_term: "REVIEW", long_term: "REVIEW" }, // =100 does not state 有效保障
  R1: { near_term: "WARN" }, // 40 does not guarantee ≥60 (2030's 60 does)
  R2: { near_term: "REVIEW", long_term: "REVIEW" },
};

describe("the table for the Lingling seed", () => {
  const r = run(["--lang", "en", SEED]);

  it("ends with the summary line", () => {
    expect(lastLine(r.stdout)).toBe(
      "plan review — binding 25: 20 pass · 2 missing · 2 review · 1 n/a — reference 6: 2 pass · 2 warn · 2 missing — overall INCOMPLETE",
    );
  });

  it("the summary's counts follow from the hand-worked verdicts of each row", () => {
    // A row counts as its worst check; MISSING ranks above REVIEW (5.1: baseline MISSING, targets REVIEW).
    const rank: Verdict[] = ["FAIL", "MISSING", "REVIEW", "WARN", "PASS", "N/A"];
    const tally = (binding: boolean) => {
      const counts = new Map<Verdict, number>();
      for (const [id, baseline] of EXPECTED_BASELINE_ROWS) {
        if (id.startsWith("R") === binding) continue;
        const all = [baseline, ...Object.values(EXPECTED_TARGETS_NOT_PASS[id] ?? {})];
        const worst = rank.find((v) => all.includes(v)) ?? "PASS";
        counts.set(worst, (counts.get(worst) ?? 0) + 1);
      }
      const order: Verdict[] = ["PASS", "FAIL", "WARN", "MISSING", "REVIEW", "N/A"];
      return order
        .filter((v) => counts.has(v))
        .map((v) => `${counts.get(v)} ${v.toLowerCase()}`)
        .join(" · ");
    };
    const expected = `plan review — binding 25: ${tally(true)} — reference 6: ${tally(false)} — overall INCOMPLETE`;
    expect(lastLine(r.stdout)).toBe(expected);
  });

  it("has one row per indicator with ID, name, unit, standard, baseline and both targets", () => {
    const header = r.stdout.split("\n").find((l) => l.includes("Indicator")) ?? "";
    for (const column of ["ID", "Indicator", "Unit", "Standard", "Baseline 2022", "Target 2025", "Target 2030"])
      expect(header).toContain(column);
    for (const id of SEED_IDS) expect(r.stdout).toMatch(new RegExp(`│ ${id.replace(".", "\\.")}\\s+│`));
  });

  it("lists a reason for each check that is not a pass", () => {
    expect(r.stdout).toMatch(/WARN\s+R1 baseline: .*33\.3.*≥60/);
    expect(r.stdout).toMatch(/MISSING\s+4 baseline: .*two years/);
    expect(r.stdout).toMatch(/REVIEW\s+16 baseline: /);
  });

  it("--lang zh prints Chinese headers and summary", () => {
    const zh = run(["--lang", "zh", SEED]);
    expect(zh.status).toBe(1);
    const header = zh.stdout.split("\n").find((l) => l.includes("国家标准")) ?? "";
    for (const column of ["考核指标", "单位", "国家标准", "基准值"]) expect(header).toContain(column);
    expect(lastLine(zh.stdout)).toMatch(/^规划评审 — 约束性 25 项/);
    expect(zh.stdout).not.toMatch(/\bIndicator\b|\bBaseline\b/);
  });

  it("LINGLING_LANG chooses the language when --lang is absent", () => {
    expect(lastLine(run([SEED], { env: { LINGLING_LANG: "zh_CN.UTF-8" } }).stdout)).toMatch(/^规划评审 — 约束性/);
    expect(lastLine(run([SEED], { env: { LINGLING_LANG: "en", LANG: "zh_CN.UTF-8" } }).stdout)).toMatch(
      /^plan review — binding/,
    );
  });
});

describe("colour", () => {
  it("none when standard output is not a terminal", () => {
    const r = run(["--lang", "en", SEED], { env: { NO_COLOR: undefined } });
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("FORCE_COLOR=1 gives colour", () => {
    const r = run(["--lang", "en", SEED], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(r.stdout).toMatch(ANSI);
  });

  it("NO_COLOR and --no-color win over FORCE_COLOR", () => {
    expect(run([SEED], { env: { NO_COLOR: "1", FORCE_COLOR: "1" } }).stdout).not.toMatch(ANSI);
    expect(run(["--no-color", SEED], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } }).stdout).not.toMatch(ANSI);
  });

  it("input errors are plain too when not a terminal", () => {
    const r = run([fixture("errors/rule-foo.yaml")], { env: { NO_COLOR: undefined } });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(ANSI);
  });

  it("JSON never carries colour, even with FORCE_COLOR", () => {
    const r = run(["-f", "json", SEED], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(r.stdout).not.toMatch(ANSI);
    expect(() => parseReport(r.stdout)).not.toThrow();
  });
});

describe("--quiet", () => {
  it("prints only the summary (under the file's name), no table and no reasons", () => {
    const r = run(["--lang", "en", "--quiet", SEED]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lastLine(r.stdout)).toMatch(/^plan review — binding 25: .* overall INCOMPLETE$/);
    expect(r.stdout).not.toMatch(/[┌│└]/);
    expect(r.stdout).not.toMatch(/Reasons/);
  });
});

describe("--quiet in a batch", () => {
  it("prints each file's summary and the total: no key-projects block", () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    copyFileSync(SEED, join(dir, "b.yaml"));
    const r = run(["--lang", "en", "-q", "a.yaml", "b.yaml"], { cwd: dir });
    const summary =
      "plan review — binding 25: 20 pass · 2 missing · 2 review · 1 n/a — reference 6: 2 pass · 2 warn · 2 missing — overall INCOMPLETE";
    expect(r.stdout).toBe(
      `a.yaml — 永州市零陵区\n${summary}\n\nb.yaml — 永州市零陵区\n${summary}\n\n2 files: 2 INCOMPLETE — overall INCOMPLETE\n`,
    );
  });

  it("-f markdown too: a summary line per file and the total, no key-projects lines", () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    copyFileSync(SEED, join(dir, "b.yaml"));
    const r = run(["--lang", "en", "-q", "-f", "markdown", "a.yaml", "b.yaml"], { cwd: dir });
    const summary =
      "plan review — binding 25: 20 pass · 2 missing · 2 review · 1 n/a — reference 6: 2 pass · 2 warn · 2 missing — overall INCOMPLETE";
    expect(r.stdout).toBe(
      `## lingling-check\n\n- a.yaml: ${summary}\n- b.yaml: ${summary}\n\n**2 files: 2 INCOMPLETE — overall INCOMPLETE**\n`,
    );
  });
});

describe("a very long region name (the longest a file may give)", () => {
  it("is cut with an ellipsis at 60 columns in the table's heading line, -q or not", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "big.yaml"),
      `region: {name: ${"x".repeat(500)}, level: county, zone: west}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: a, unit: "%", binding: true, standard: "≥20", baseline: 25}\n`,
    );
    const quiet = run(["--lang", "en", "-q", "big.yaml"], { cwd: dir });
    expect(quiet.stdout.split("\n")[0]).toBe(`big.yaml — ${"x".repeat(59)}…`);
    expect(quiet.stdout.length).toBeLessThan(1000);
    const full = run(["--lang", "en", "big.yaml"], { cwd: dir });
    expect(full.stdout.split("\n")[0]).toBe(`big.yaml — ${"x".repeat(59)}…`);
  }, 60_000);
});

describe("JSON", () => {
  const r = run(["--lang", "en", "-f", "json", SEED]);
  const report = parseReport(r.stdout);
  const file = report.files[0];

  it("is the versioned contract", () => {
    expect(r.status).toBe(1);
    expect(report.format).toBe("lingling-check/v1");
    expect(report.files).toHaveLength(1);
    expect(report.summary).toBeDefined();
    expect(file?.file).toMatch(/lingling\.yaml$/);
    expect(file?.region.name).toBe("永州市零陵区");
    expect(file?.overall).toBe("INCOMPLETE");
  });

  it("has every row, each with id, name, binding, line and checks", () => {
    const indicators = file?.indicators ?? [];
    expect(indicators.map((i) => i.id)).toEqual(SEED_IDS);
    for (const i of indicators) {
      expect(typeof i.name).toBe("string");
      expect(i.name.length).toBeGreaterThan(0);
      expect(i.binding).toBe(!i.id.startsWith("R"));
      expect(i.line).toBe(idLine(seedText, i.id));
      expect(typeof i.checks).toBe("object");
      for (const check of Object.values(i.checks)) {
        expect(VERDICTS).toContain(check.verdict);
        expect(check.reason.length).toBeGreaterThan(0);
      }
    }
  });

  it('row 1 starts on the line of `- id: "1"`', () => {
    const one = file?.indicators.find((i) => i.id === "1");
    expect(one?.line).toBe(seedText.split("\n").findIndex((l) => l.trim() === '- id: "1"') + 1);
  });

  it("each row's verdicts match the hand-worked ones", () => {
    for (const i of file?.indicators ?? []) {
      expect([i.id, i.checks.baseline?.verdict]).toEqual([i.id, EXPECTED_BASELINE.get(i.id)]);
      const targets = EXPECTED_TARGETS_NOT_PASS[i.id] ?? {};
      if (i.id === "7.2") {
        // Not applicable and without targets: no target checks.
        expect(i.checks.near_term).toBeUndefined();
        expect(i.checks.long_term).toBeUndefined();
        continue;
      }
      expect([i.id, i.checks.near_term?.verdict]).toEqual([i.id, targets.near_term ?? "PASS"]);
      expect([i.id, i.checks.long_term?.verdict]).toEqual([i.id, targets.long_term ?? "PASS"]);
      // No actuals in the seed: no progress check.
      expect(i.checks.progress).toBeUndefined();
    }
  });

  it("stability reasons name the years compared and the tolerance", () => {
    const reason = file?.indicators.find((i) => i.id === "7.1")?.checks.baseline?.reason ?? "";
    expect(reason).toMatch(/2021/);
    expect(reason).toMatch(/2022/);
    expect(reason).toMatch(/tolerance 0/);
  });

  it("--checks baseline limits the checks to baseline", () => {
    const only = parseReport(run(["-f", "json", "--checks", "baseline", SEED]).stdout);
    for (const i of only.files[0]?.indicators ?? []) expect(Object.keys(i.checks)).toEqual(["baseline"]);
  });

  it("--checks near_term,long_term leaves baseline out", () => {
    const only = parseReport(run(["-f", "json", "--checks", "near_term,long_term", SEED]).stdout);
    for (const i of only.files[0]?.indicators ?? []) expect(i.checks.baseline).toBeUndefined();
    expect(only.files[0]?.indicators.find((i) => i.id === "1")?.checks.near_term?.verdict).toBe("PASS");
  });

  it("--checks baseline still sees the seed as INCOMPLETE in the table", () => {
    const t = run(["--lang", "en", "--checks", "baseline", SEED]);
    expect(t.status).toBe(1);
    expect(lastLine(t.stdout)).toMatch(/overall INCOMPLETE$/);
  });
});

describe("outputs", () => {
  it("-f table -f json -o out.json: the JSON file written whole, the table on standard output", () => {
    const dir = tempDir();
    const out = join(dir, "out.json");
    const r = run(["--lang", "en", "-f", "table", "-f", "json", "-o", out, SEED]);
    expect(r.status).toBe(1);
    expect(parseReport(readFileSync(out, "utf8")).format).toBe("lingling-check/v1");
    expect(lastLine(r.stdout)).toMatch(/overall INCOMPLETE$/);
    expect(r.stdout).toMatch(/│ ID/);
    expect(r.stdout).not.toMatch(/"format"/);
    // Nothing else (no temporary file) is left beside it.
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("an -o belongs to the -f before it: -f json -f table -o report.txt puts the table in the file, JSON on stdout", () => {
    const dir = tempDir();
    const out = join(dir, "report.txt");
    const r = run(["--lang", "en", "-f", "json", "-f", "table", "-o", out, SEED]);
    expect(r.status).toBe(1);
    expect(parseReport(r.stdout).format).toBe("lingling-check/v1");
    expect(lastLine(readFileSync(out, "utf8"))).toMatch(/overall INCOMPLETE$/);
  });

  it("two formats to two files: stdout stays empty", () => {
    const dir = tempDir();
    const json = join(dir, "r.json");
    const table = join(dir, "r.txt");
    const r = run(["--lang", "en", "-f", "json", "-o", json, "-f", "table", "-o", table, fixture("pass.yaml")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(parseReport(readFileSync(json, "utf8")).files[0]?.overall).toBe("PASS");
    expect(lastLine(readFileSync(table, "utf8"))).toMatch(/overall PASS$/);
  });

  it("an existing output file is refused without --force and left unchanged; --force overwrites it", () => {
    const dir = tempDir();
    const out = join(dir, "out.json");
    writeFileSync(out, "keep me\n");
    const refused = run(["-f", "json", "-o", out, SEED]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(out);
    expect(refused.stderr).toMatch(/--force/);
    expect(refused.stderr).not.toMatch(STACK);
    expect(readFileSync(out, "utf8")).toBe("keep me\n");

    const forced = run(["-f", "json", "-o", out, "--force", SEED]);
    expect(forced.status).toBe(1);
    expect(parseReport(readFileSync(out, "utf8")).format).toBe("lingling-check/v1");
  });

  it("an input error is in the report written: JSON's errors, with file, line, column and code; exit 2", () => {
    const dir = tempDir();
    const out = join(dir, "out.json");
    const bad = fixture("errors/rule-foo.yaml");
    const r = run(["-f", "json", "-o", out, bad]);
    expect(r.status).toBe(2);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.files).toEqual([]);
    expect(report.errors[0]).toMatchObject({
      file: bad,
      code: "rule-syntax",
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(report.summary.not_checked).toBe(1);
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it("an output whose folder the system refuses to make (under /proc) is a sentence at once, not a hang", () => {
    for (const args of [
      ["-f", "json", "-o", "/proc/lingling/no/out.json", fixture("pass.yaml")],
      ["-f", "html", "-o", "/proc/lingling/site/", fixture("pass.yaml"), fixture("warn.yaml")],
    ]) {
      const r = run(["--lang", "en", ...args]);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^lingling-check: cannot write \/proc\/lingling\/\S*: no such file or folder\n$/);
    }
  });

  it("an output that names a folder (reports/, reports/.) is refused, and no folder is made", () => {
    const dir = tempDir();
    for (const name of ["reports/", "reports/."]) {
      const r = run(["--lang", "en", "-f", "json", "-o", name, fixture("pass.yaml")], { cwd: dir });
      expect([r.status, r.stderr]).toEqual([
        2,
        `lingling-check: ${name} names a folder, not a file: give the report a file's name\n`,
      ]);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an output into a missing directory makes it; one that cannot be made: exit 2, one line, no stack", () => {
    const dir = tempDir();
    const made = run(["-f", "json", "-o", join(dir, "no", "such", "out.json"), fixture("pass.yaml")]);
    expect([made.status, made.stderr]).toEqual([0, ""]);
    expect(JSON.parse(read(join(dir, "no", "such", "out.json")))).toMatchObject({ summary: { overall: "PASS" } });
    writeFileSync(join(dir, "file"), "");
    const r = run(["--lang", "en", "-f", "json", "-o", join(dir, "file", "such", "out.json"), fixture("pass.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `lingling-check: cannot write ${join(dir, "file", "such", "out.json")}: a part of the path is not a folder\n`,
    );
  });
});

describe("standard input", () => {
  it("- reads the file from standard input, named by --stdin-filepath", () => {
    const r = run(["--lang", "en", "--stdin-filepath", "region.yaml", "-"], { input: read(fixture("pass.yaml")) });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^region\.yaml — 测试区/);
    expect(lastLine(r.stdout)).toMatch(/overall PASS$/);
  });

  it("--stdin-filepath names standard input in errors, with the right line and column", () => {
    const text = read(fixture("errors/rule-foo.yaml"));
    const r = run(["--lang", "en", "--stdin-filepath", "indicators/region.yaml", "-"], { input: text });
    expect(r.status).toBe(2);
    const line = text.split("\n").findIndex((l) => l.includes("≥20 foo")) + 1;
    const column = (text.split("\n")[line - 1] ?? "").indexOf("foo") + 1;
    expect(r.stderr).toMatch(new RegExp(`^indicators/region\\.yaml:${line}:${column}: `));
    expect(r.stderr).not.toMatch(STACK);
  });

  it("without --stdin-filepath, standard input still has a name in errors", () => {
    const r = run(["--lang", "en", "-"], { input: read(fixture("errors/rule-foo.yaml")) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^\S+:\d+:\d+: /);
  });
});

describe("directories", () => {
  it("checks every .yaml/.yml below a directory, and nothing else", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub", "deeper"), { recursive: true });
    copyFileSync(fixture("pass.yaml"), join(dir, "a.yaml"));
    copyFileSync(fixture("warn.yaml"), join(dir, "sub", "b.yaml"));
    copyFileSync(fixture("pass.yaml"), join(dir, "sub", "deeper", "c.yml"));
    writeFileSync(join(dir, "notes.txt"), "not: [yaml\n");
    writeFileSync(join(dir, "sub", "README.md"), "# not an indicator file\n");
    const r = run(["-f", "json", dir]);
    expect(r.status).toBe(0);
    const files = parseReport(r.stdout)
      .files.map((f) => f.file)
      .sort();
    expect(files).toEqual(
      [join(dir, "a.yaml"), join(dir, "sub", "b.yaml"), join(dir, "sub", "deeper", "c.yml")].sort(),
    );
    expect(parseReport(r.stdout).files.find((f) => f.file.endsWith("b.yaml"))?.overall).toBe("WARN");
  });

  it("a directory with a failing file fails", () => {
    const dir = tempDir();
    copyFileSync(fixture("pass.yaml"), join(dir, "a.yaml"));
    copyFileSync(fixture("fail.yaml"), join(dir, "b.yaml"));
    const r = run(["--lang", "en", "--quiet", dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/overall FAIL/);
  });

  it("a directory without YAML files is a usage error", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "hello\n");
    const r = run([dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe("what --force does not do", () => {
  it("replace the file being checked with its own report", () => {
    const dir = tempDir();
    const copy = join(dir, "region.yaml");
    writeFileSync(copy, read(SEED));
    const r = run(["-f", "json", "-o", copy, "--force", copy]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/would replace the input/);
    expect(read(copy)).toBe(read(SEED));
  });

  it("however the file being checked is named: through its folder, a glob or a link", () => {
    const dir = tempDir();
    const copy = join(dir, "region.yaml");
    writeFileSync(copy, read(SEED));
    symlinkSync("region.yaml", join(dir, "link.yaml"));
    for (const input of [dir, join(dir, "*.yaml"), join(dir, "link.yaml")]) {
      const r = run(["-f", "json", "-o", copy, "--force", input]);
      expect(r.status, input).toBe(2);
      expect(r.stderr, input).toMatch(/would replace the input/);
    }
    expect(read(copy)).toBe(read(SEED));
  });
});

describe("a report not written because of input errors", () => {
  it("is written all the same: the good file's results, the broken one's errors, in JUnit and markdown too", () => {
    const dir = tempDir();
    const [json, xml, md] = ["out.json", "out.xml", "out.md"].map((n) => join(dir, n));
    const bad = fixture("errors/bad-indent.yaml");
    const r = run([
      "-f",
      "json",
      "-o",
      json!,
      "-f",
      "junit",
      "-o",
      xml!,
      "-f",
      "markdown",
      "-o",
      md!,
      bad,
      fixture("pass.yaml"),
      "--lang",
      "en",
    ]);
    expect(r.status).toBe(2);
    const report = JSON.parse(readFileSync(json!, "utf8"));
    expect(report.files).toHaveLength(1);
    expect(report.errors.map((e: { file: string }) => e.file)).toEqual([bad]);
    const junit = readFileSync(xml!, "utf8");
    expect(junit).toMatch(
      /<testcase classname="[^"]*bad-indent\.yaml" name="input error\[[a-z-]+\] \d+:\d+">\s*<error type="input-error"/,
    );
    expect(junit.match(/<testsuite /g)).toHaveLength(2);
    expect(readFileSync(md!, "utf8")).toContain("— not checked: input errors");
  });
});
