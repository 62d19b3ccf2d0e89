/**
 * A Word document is a chapter people hand on: its tables have at most 3,000 rows in all (some 120
 * landscape pages). Past that the docx package needs gigabytes and minutes (and runs out of memory
 * outright some tens of thousands of rows on): the run is refused with a sentence that names the
 * formats made for a file that large, exit 2, and no file or temporary file is left.
 */
import { readdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, run, tempDir } from "../cli/run.js";
import { writeRows } from "../support/rowsFile.js";

afterAll(removeTempDirs);

describe("a Word document's size", () => {
  it("is refused past 3,000 table rows (here 表1's 1,501 and 表2's as many), with the formats to use instead, leaving nothing behind", () => {
    const dir = tempDir();
    writeRows(dir, "big.yaml", 1501);
    const r = run(["big.yaml", "-f", "docx", "-o", "out.docx", "--lang", "en"], { cwd: dir });
    expect(r.stderr).toBe(
      "lingling-check: a Word document is written with at most 3000 table rows, and this one would have more: use -f xlsx or html for this input, or check fewer files at a time\n",
    );
    expect(r.status).toBe(2);
    expect(readdirSync(dir)).toEqual(["big.yaml"]);
    const zh = run(["big.yaml", "-f", "docx", "-o", "out.docx", "--lang", "zh"], { cwd: dir });
    expect(zh.stderr).toBe(
      "lingling-check: Word 文档的表格最多写 3000 行，本次将超出：此类输入请用 -f xlsx 或 html，或每次检查较少的文件\n",
    );
  });

  it("counts the rows of every file in the run, and refuses a file of more indicators before making its part", () => {
    const dir = tempDir();
    writeRows(dir, "a.yaml", 1000);
    writeRows(dir, "b.yaml", 501);
    const r = run(["a.yaml", "b.yaml", "-f", "docx", "-o", "out.docx", "--lang", "en"], { cwd: dir });
    expect(r.stderr).toMatch(/^lingling-check: a Word document is written with at most 3000 table rows/);
    expect(r.status).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml"]);
    writeRows(dir, "c.yaml", 3001);
    const one = run(["c.yaml", "-f", "docx", "-o", "out.docx", "--lang", "en"], { cwd: dir });
    expect(one.stderr).toMatch(/^lingling-check: a Word document is written with at most 3000 table rows/);
    expect(one.status).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml", "c.yaml"]);
  });

  it("is written up to 3,000 table rows", () => {
    const dir = tempDir();
    writeRows(dir, "edge.yaml", 1500);
    const r = run(["edge.yaml", "-f", "docx", "-o", "out.docx", "--exit-zero"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["edge.yaml", "out.docx"]);
  });
});
