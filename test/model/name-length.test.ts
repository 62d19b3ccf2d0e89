/**
 * A name — a region's, an indicator's, a project's — is at most 500 characters (README): a file
 * with a megabyte for its region's name made a 131 MB CSV (the name on every line) and took 4 s
 * for a workbook. 500 CJK characters are still a name; 501 are refused at the name's place.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loadErrors, loaded } from "../load/paths.js";
import { removeTempDirs, run, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const file = (region: string, indicator: string, project: string) =>
  [
    `region: {name: ${region}}`,
    "plan: {base_year: 2022}",
    "indicators:",
    `  - {id: '1', name: ${indicator}, standard: ≥1}`,
    "projects:",
    "  items:",
    `    - {id: 1, name: ${project}, domain: 目标责任, investment: 100, period: 2024-2030}`,
    "",
  ].join("\n");

const of = (n: number) => "区".repeat(n);

describe("a name of at most 500 characters", () => {
  it("500 characters are a name, in each place", () => {
    const model = loaded(file(of(500), of(500), of(500)));
    expect(model.region.name).toHaveLength(500);
    expect(model.indicators[0]!.name).toHaveLength(500);
    expect(model.projects?.items.map((p) => p.name)).toEqual([of(500)]);
  });

  it.each([
    ["the region's", file(of(501), "x", "p"), 1, 16],
    ["an indicator's", file("x", of(501), "p"), 4, 21],
    ["a project's", file("x", "x", of(501)), 7, 21],
  ])("501 characters: %s name is refused at its place", (_which, text, line, column) => {
    expect(loadErrors(text).map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line, column, code: "invalid-value" },
    ]);
  });

  it("is said as what was expected, in both languages", () => {
    const dir = tempDir();
    const en = run(["-", "--lang", "en"], { cwd: dir, input: file(of(501), "x", "p") });
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(
      /^<stdin>:1:16: error\[invalid-value\]: “name”: expected a name of at most 500 characters; found "区区/,
    );
    const zh = run(["-", "--lang", "zh"], { cwd: dir, input: file(of(501), "x", "p") });
    expect(zh.stderr).toMatch(/不超过 500 个字的名称/);
  });

  it("init and template refuse a --name the file could not hold", () => {
    const r = run(["init", "--name", of(501), "--zone", "central", "-o", "x.yaml", "--lang", "en"], { cwd: tempDir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("lingling-check: --name must be at most 500 characters, as a file's names are\n");
  });
});
