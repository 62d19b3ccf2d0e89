/**
 * A template is a workbook for a person to fill in: at most 2,000 indicators or key projects
 * (README). A 10 MB file of 148,000 rows took 206 s and 4.2 GB and made a workbook import refused.
 * A file in GB18030 is read for the template as the check reads it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeRows } from "../support/rowsFile.js";
import { removeTempDirs, run, SEED, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

describe("template FILE", () => {
  it("refuses a file of more rows than a template holds, before writing anything", () => {
    const dir = tempDir();
    writeRows(dir, "big.yaml", 2001);
    const r = run(["template", "big.yaml", "-o", "big.xlsx", "--lang", "en"], { cwd: dir });
    expect(r.stderr).toBe(
      "lingling-check: big.yaml has 2001 rows (indicators or key projects); a template holds at most 2000, a workbook for a person to fill in\n",
    );
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, "big.xlsx"))).toBe(false);
  });

  it("refuses a file whose workbook import could not read back (2,000 rows with 30 years of values: over 50,000 cells), writing nothing", () => {
    const dir = tempDir();
    const years = Array.from({ length: 30 }, (_, i) => `${2023 + i}: ${i + 20}`).join(", ");
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `  - {id: "${i + 1}", name: n, standard: "≥20", actuals: {${years}}}\n`,
    );
    writeFileSync(join(dir, "wide.yaml"), `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n${rows.join("")}`);
    const r = run(["template", "wide.yaml", "-o", "wide.xlsx", "--lang", "en"], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([
      2,
      expect.stringMatching(
        /^lingling-check: the workbook would hold \d+ cells with something in them, and import and record --from read at most 50000: nothing was written; make one per part of the file\n$/,
      ),
    ]);
    expect(existsSync(join(dir, "wide.xlsx"))).toBe(false);
  });

  it("reads a GB18030 file as the check does: the region's name comes back from import whole", () => {
    const dir = tempDir();
    const gbk = execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", SEED]);
    writeFileSync(join(dir, "gbk.yaml"), gbk);
    const made = run(["template", "gbk.yaml", "-o", "t.xlsx", "--lang", "en"], { cwd: dir });
    expect(made.status).toBe(0);
    const back = run(["import", "t.xlsx", "-o", "back.yaml", "--lang", "en"], { cwd: dir });
    expect(back.status).toBe(0);
    expect(readFileSync(join(dir, "back.yaml"), "utf8")).toMatch(/name: 永州市零陵区/);
  });
});

describe("a GB18030 file is named as one by every command that reads it, as the check names it", () => {
  it.each([
    ["template", ["template", "gbk.yaml", "-o", "t.xlsx"]],
    ["lint", ["lint", "gbk.yaml"]],
    ["history", ["history", "gbk.yaml"]],
    ["record --template", ["record", "gbk.yaml", "--template", "--year", "2024", "-o", "v.xlsx"]],
    ["the check", ["gbk.yaml"]],
  ])("%s", (_command, args) => {
    const dir = tempDir();
    writeFileSync(join(dir, "gbk.yaml"), execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", SEED]));
    const r = run([...args, "--lang", "en"], { cwd: dir });
    expect(r.stderr.split("\n")).toContain("lingling-check: gbk.yaml is not UTF-8; read it as GB18030 (GBK)");
  });
});
