/**
 * A file whose every row is wrong (300,000 rows: 40 s and 1.8 GB to list them all) is reported by
 * its first 1,000 errors in the file's order, then one error saying that the rest were not looked
 * for, at the first place not listed. Whatever pass finds them: the schema (an unknown field), the
 * rules (a rule that does not read), the ids (one used again).
 */
import { afterAll, describe, expect, it } from "vitest";
import { writeRows } from "../support/rowsFile.js";
import { removeTempDirs, run, tempDir } from "./run.js";

afterAll(removeTempDirs);

/** Rows 1…n, one a line from line 4, each made by `row`, in a folder of their own. */
function rows(name: string, n: number, row: (i: number) => string): { dir: string; name: string } {
  const dir = tempDir();
  return { dir, name: writeRows(dir, name, n, row) };
}

interface JsonError {
  line: number;
  column: number;
  code: string;
  message: string;
}
const errorsOf = ({ dir, name }: { dir: string; name: string }): JsonError[] => {
  const r = run([name, "-f", "json", "--lang", "en"], { cwd: dir });
  expect(r.status).toBe(2);
  return (JSON.parse(r.stdout) as { errors: JsonError[] }).errors;
};

describe("a file with more than 1,000 errors", () => {
  it("lists the first 1,000 of a schema flood in order, then says the rest were not looked for", () => {
    const errors = errorsOf(rows("bogus.yaml", 2500, (i) => `{id: ${i}, name: n, standard: ≥20, bogus: 1}`));
    expect(errors).toHaveLength(1001);
    expect(errors.slice(0, 1000).every((e) => e.code === "unknown-field")).toBe(true);
    expect(errors[0]!.line).toBe(4);
    expect(errors[999]!.line).toBe(1003);
    expect(errors[1000]).toEqual({
      file: "bogus.yaml",
      line: 1004,
      column: 5,
      // The row it is at, from its first key to its last value.
      endLine: 1004,
      endColumn: 49,
      code: "too-many-errors",
      message:
        "more errors follow: only the first 1000 of a file are listed, and the rest of the file was not looked at; correct these and check again",
    });
  });

  it("stops a flood of rules that do not read, and of repeated ids, the same way", () => {
    const rules = errorsOf(rows("rules.yaml", 1500, (i) => `{id: ${i}, name: n, standard: ≥20 foo}`));
    expect(rules).toHaveLength(1001);
    expect(rules.slice(0, 1000).every((e) => e.code === "rule-syntax")).toBe(true);
    expect(rules[1000]).toMatchObject({ line: 1004, code: "too-many-errors" });
    const ids = errorsOf(rows("ids.yaml", 1500, () => "{id: 7, name: n, standard: ≥20}"));
    expect(ids).toHaveLength(1001);
    // The first row is each id's first; its repeats are the errors, from line 5.
    expect(ids[0]).toMatchObject({ line: 5, code: "duplicate-id" });
    expect(ids[999]).toMatchObject({ line: 1004, code: "duplicate-id" });
    expect(ids[1000]).toMatchObject({ line: 1005, code: "too-many-errors" });
  });

  it("lists exactly 1,000 errors whole, with nothing added", () => {
    const errors = errorsOf(rows("edge.yaml", 1000, (i) => `{id: ${i}, name: n, standard: ≥20, bogus: 1}`));
    expect(errors).toHaveLength(1000);
    expect(errors.at(-1)).toMatchObject({ line: 1003, code: "unknown-field" });
  });

  it("says so on standard error too, in Chinese", () => {
    const { dir, name } = rows("zh.yaml", 1200, (i) => `{id: ${i}, name: n, standard: ≥20, bogus: 1}`);
    const r = run([name, "--lang", "zh"], { cwd: dir });
    expect(r.status).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.filter((l) => l.includes("error[unknown-field]"))).toHaveLength(1000);
    expect(lines).toContain(
      "zh.yaml:1004:5: error[too-many-errors]: 后面还有错误：每个文件只列出前 1000 个，文件其余部分未检查；请改正这些后再检查",
    );
  });
});

describe("a file whose YAML has more than 1,000 errors", () => {
  it("keys written twice: the first 1,000 in order, each naming its first use, then the rest not looked for", () => {
    const errors = errorsOf(rows("twice.yaml", 3000, (i) => `{id: ${i}, id: ${i}, name: n, standard: ≥20}`));
    expect(errors).toHaveLength(1001);
    expect(errors[0]).toMatchObject({ line: 4, column: 13, code: "duplicate-key" });
    expect(errors[0]!.message).toContain("its first use is at line 4, column 6");
    expect(errors[999]).toMatchObject({ line: 1003, code: "duplicate-key" });
    expect(errors[999]!.message).toContain("its first use is at line 1003, column 6");
    expect(errors[1000]).toMatchObject({ line: 1004, column: 16, code: "too-many-errors" });
  });

  it.each([
    ["a bad escape in every row", (i: number) => `{id: ${i}, name: "a\\q", standard: ≥20}`, "yaml-syntax"],
    ["a custom tag in every row", (i: number) => `{id: !x ${i}, name: n, standard: ≥20}`, "custom-tag"],
  ])("%s: the first 1,000, then the rest not looked for", (_name, row, code) => {
    const errors = errorsOf(rows("flood.yaml", 3000, row));
    expect(errors).toHaveLength(1001);
    expect(errors.slice(0, 1000).every((e) => e.code === code)).toBe(true);
    expect(errors[0]!.line).toBe(4);
    expect(errors[999]!.line).toBe(1003);
    expect(errors[1000]).toMatchObject({ line: 1004, code: "too-many-errors" });
  });
});
