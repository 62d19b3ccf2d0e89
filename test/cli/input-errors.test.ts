/**
 * Input errors: exit 2, `file:line:column` of the offending place, what was expected and what was
 * found, and never a stack trace. Expected positions are computed from the fixture text.
 */
import { describe, expect, it } from "vitest";
import { fixture, position, read, run, STACK, type RunResult } from "./run.js";

interface Case {
  file: string;
  result: RunResult;
  text: string;
  lines: string[];
}

function check(name: string, ...extra: string[]): Case {
  const file = fixture(`errors/${name}`);
  const result = run([...(extra.includes("--lang") ? [] : ["--lang", "en"]), ...extra, file]);
  const lines = result.stderr.split("\n").filter((l) => l !== "");
  return { file, result, text: read(file), lines };
}

/** The error line that starts with `file:line:column`, or a failure naming what was printed. */
function errorAt(c: Case, line: number, column?: number): string {
  const prefix = column === undefined ? `${c.file}:${line}:` : `${c.file}:${line}:${column}:`;
  const found = c.lines.find((l) => l.startsWith(prefix));
  expect(found, `expected an error at ${prefix} in:\n${c.result.stderr}`).toBeDefined();
  return found ?? "";
}

function expectInputError(c: Case): void {
  expect(c.result.status).toBe(2);
  expect(c.result.stdout).toBe("");
  expect(c.result.stderr).not.toMatch(STACK);
  // Every line of the report is a located error.
  for (const line of c.lines)
    expect(line).toMatch(new RegExp(`^${c.file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: `));
}

describe("malformed YAML", () => {
  it("an unclosed quote: the line of the quote", () => {
    const c = check("unclosed-quote.yaml");
    expectInputError(c);
    const { line } = position(c.text, 'name: "生态');
    expect(errorAt(c, line)).toMatch(/quote/i);
  });

  it("bad indentation: the line indented too far", () => {
    const c = check("bad-indent.yaml");
    expectInputError(c);
    const { line } = position(c.text, "      baseline: 25.5");
    expect(errorAt(c, line)).toMatch(/yaml/i);
  });

  it("an unclosed bracket is an input error naming the missing ]", () => {
    const c = check("unclosed-bracket.yaml");
    expectInputError(c);
    expect(c.lines).toHaveLength(1);
    expect(c.lines[0]).toMatch(/\]/);
    // The report is at or after the opening bracket, never before it.
    const open = position(c.text, "baseline: [", "[");
    const at = /:(\d+):(\d+): /.exec(c.lines[0] ?? "");
    expect(Number(at?.[1])).toBeGreaterThanOrEqual(open.line);
  });
});

describe("wrong types", () => {
  it('base_year: "twenty" points at the value, says a year was expected and shows what was found', () => {
    const c = check("base-year-text.yaml");
    expectInputError(c);
    const { line, column } = position(c.text, "base_year:", '"twenty"');
    const message = errorAt(c, line, column);
    expect(message).toMatch(/base_year/);
    expect(message).toMatch(/expected .*year/);
    expect(message).toMatch(/found "twenty"/);
  });

  it("binding: maybe points at maybe, in the second row only", () => {
    const c = check("binding-maybe.yaml");
    expectInputError(c);
    expect(c.lines).toHaveLength(1);
    const { line, column } = position(c.text, "binding: maybe", "maybe");
    const message = errorAt(c, line, column);
    expect(message).toMatch(/binding/);
    expect(message).toMatch(/expected true or false/);
    expect(message).toMatch(/found "maybe"/);
  });
});

describe("rule text", () => {
  it("an unknown word in a rule points at that word", () => {
    const c = check("rule-foo.yaml");
    expectInputError(c);
    const { line, column } = position(c.text, 'standard: "≥20 foo"', "foo");
    const message = errorAt(c, line, column);
    expect(message).toMatch(/rule-syntax/);
    expect(message).toMatch(/“foo”/);
    expect(message).toMatch(/expected/);
  });

  it("the same in Chinese is still located", () => {
    const c = check("rule-foo.yaml", "--lang", "zh");
    expect(c.result.status).toBe(2);
    expect(c.result.stderr).not.toMatch(STACK);
    const { line, column } = position(c.text, 'standard: "≥20 foo"', "foo");
    expect(errorAt(c, line, column)).toMatch(/foo/);
  });
});

describe("fields", () => {
  it("an unknown field is located at its key and suggests the closest known one", () => {
    const c = check("unknown-field.yaml");
    expectInputError(c);
    const { line, column } = position(c.text, "baselin:");
    const message = errorAt(c, line, column);
    expect(message).toMatch(/baselin/);
    expect(message).toMatch(/did you mean/);
    expect(message).toMatch(/“baseline”/);
  });

  it("a missing plan.base_year is reported at the plan", () => {
    const c = check("missing-base-year.yaml");
    expectInputError(c);
    expect(c.lines).toHaveLength(1);
    const message = c.lines[0] ?? "";
    expect(message).toMatch(/missing/);
    expect(message).toMatch(/base_year/);
    expect(message).toMatch(/expected/);
    // At the `plan:` key or at the start of its block.
    const plan = position(c.text, "plan:");
    const firstChild = position(c.text, "  near_term: 2025", "near_term");
    expect([`${c.file}:${plan.line}:${plan.column}:`, `${c.file}:${firstChild.line}:${firstChild.column}:`]).toContain(
      /^(.*:\d+:\d+:)/.exec(message)?.[1],
    );
  });

  it("an indicator without a standard is reported at its row, naming the row and the field", () => {
    const c = check("missing-standard.yaml");
    expectInputError(c);
    expect(c.lines).toHaveLength(1);
    const row = position(c.text, 'id: "2"', "id");
    const message = errorAt(c, row.line, row.column);
    expect(message).toMatch(/standard/);
    expect(message).toMatch(/\b2\b/);
    expect(message).toMatch(/expected/);
  });

  it("a duplicate id is reported at the second use, naming the line of the first", () => {
    const c = check("duplicate-id.yaml");
    expectInputError(c);
    const first = position(c.text, 'id: "1"', '"1"');
    const second = position(c.text, 'id: "1"', '"1"', first.line);
    expect(second.line).toBeGreaterThan(first.line);
    const message = errorAt(c, second.line, second.column);
    expect(message).toMatch(/duplicate-id/);
    expect(message).toContain(`line ${first.line}`);
  });

  it("a region lacking the attribute a by_region rule needs: the error names the attribute", () => {
    const c = check("region-attribute.yaml");
    expectInputError(c);
    const { line, column } = position(c.text, "when: {zone: east}", "zone");
    const message = errorAt(c, line, column);
    expect(message).toMatch(/“zone”/);
    expect(message).toMatch(/region/);
  });
});

describe("several problems in one file", () => {
  it("reports every shape problem at once, in file order", () => {
    const c = check("several.yaml");
    expectInputError(c);
    const binding = position(c.text, "binding: maybe", "maybe");
    const field = position(c.text, "baselin:");
    const better = position(c.text, "better: up", "up");
    expect(c.lines).toHaveLength(3);
    expect(errorAt(c, binding.line, binding.column)).toMatch(/binding/);
    expect(errorAt(c, field.line, field.column)).toMatch(/did you mean “baseline”/);
    expect(errorAt(c, better.line, better.column)).toMatch(/expected higher or lower/);
    const order = c.lines.map((l) => Number(/:(\d+):\d+: /.exec(l)?.[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("reports every rule, id and row problem at once", () => {
    const c = check("several-rules.yaml");
    expectInputError(c);
    const rule = position(c.text, 'standard: "≥20 foo"', "foo");
    const first = position(c.text, 'id: "1"', '"1"');
    const dup = position(c.text, 'id: "1"', '"1"', first.line);
    const nameless = position(c.text, 'id: "8"', "id");
    expect(c.lines).toHaveLength(3);
    expect(errorAt(c, rule.line, rule.column)).toMatch(/foo/);
    expect(errorAt(c, dup.line, dup.column)).toMatch(/duplicate-id/);
    expect(errorAt(c, nameless.line, nameless.column)).toMatch(/name/);
  });

  it("reports shape problems and rule/row problems together", () => {
    const c = check("several-mixed.yaml");
    expectInputError(c);
    const binding = position(c.text, "binding: maybe", "maybe");
    const field = position(c.text, "baselin:");
    const nameless = position(c.text, 'id: "2"', "id");
    const rule = position(c.text, 'standard: "≥20 foo"', "foo");
    expect(c.lines).toHaveLength(4);
    expect(errorAt(c, binding.line, binding.column)).toMatch(/binding/);
    expect(errorAt(c, field.line, field.column)).toMatch(/baseline/);
    expect(errorAt(c, nameless.line, nameless.column)).toMatch(/name/);
    expect(errorAt(c, rule.line, rule.column)).toMatch(/foo/);
  });

  it("errors in two files are all reported, each with its own file name, and nothing is checked", () => {
    const a = fixture("errors/rule-foo.yaml");
    const b = fixture("errors/unknown-field.yaml");
    const r = run(["--lang", "en", a, b]);
    expect(r.status).toBe(2);
    // No table, and no overall verdict: only the count of files that could not be checked.
    expect(r.stdout.trim()).toBe("2 files: 2 not checked (input errors above)");
    expect(r.stderr).toContain(`${a}:`);
    expect(r.stderr).toContain(`${b}:`);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe("unreadable inputs", () => {
  it("a file that does not exist: exit 2, one line naming it", () => {
    const r = run(["--lang", "en", fixture("errors/no-such-file.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no-such-file.yaml");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("an empty file is located at 1:1", () => {
    const r = run(["--lang", "en", "--stdin-filepath", "empty.yaml", "-"], { input: "" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^empty\.yaml:1:1: /);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe("a broken file ahead of good ones", () => {
  const broken = fixture("errors/bad-indent.yaml");
  it("JSON on standard output is still one valid document of the good files", () => {
    const r = run([broken, fixture("pass.yaml"), fixture("warn.yaml"), "-f", "json"]);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as { files: Array<{ file: string }> };
    expect(report.files.map((f) => f.file)).toEqual([fixture("pass.yaml"), fixture("warn.yaml")]);
  });

  it("-f github annotates the broken file where it is wrong, so the CI run shows it", () => {
    const r = run([broken, fixture("fail.yaml"), "-f", "github", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(
      new RegExp(
        `^::error file=${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+,title=lingling-check error\\[yaml-syntax\\]::`,
        "m",
      ),
    );
    expect(r.stdout).toMatch(/::error file=.*fail\.yaml,line=\d+/);
  });

  it("markdown and the table have no stray separator before the first good file", () => {
    expect(run([broken, fixture("pass.yaml"), "-f", "markdown"]).stdout).toMatch(/^## lingling-check\n\n### /);
    expect(run([broken, fixture("pass.yaml"), "--lang", "en", "--no-color"]).stdout).toMatch(/^\S/);
  });
});
