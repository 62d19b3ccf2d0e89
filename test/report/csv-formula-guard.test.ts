/**
 * A CSV cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) is written with a leading apostrophe; other cells as they are. Read back by Python's csv
 * module, an independent reader.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvRecords } from "../../src/report/csvRecords.js";
import { tempDir } from "../support/tempDir.js";

const PYTHON = "/usr/bin/python3";

/** The records of a CSV file as Python's csv module reads them (newline="" as its manual asks). */
function pythonReads(text: string): string[][] {
  const file = join(tempDir("csv-guard-"), "cells.csv");
  writeFileSync(file, text);
  const script =
    "import csv,json,sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f: print(json.dumps(list(csv.reader(f))))";
  const r = spawnSync(PYTHON, ["-c", script, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

describe("CSV formula guard", () => {
  it("cells starting with =, +, -, @, tab or CR get an apostrophe; the rest are kept", () => {
    const text = csvRecords([
      ["-1", "=1+2", "+3", "@SUM(A1)", "\tx", "\rx", "-"],
      ["plain", "a-b", "1=1", " -1", "中文", "", -5],
    ]);
    expect(pythonReads(text)).toEqual([
      ["'-1", "'=1+2", "'+3", "'@SUM(A1)", "'\tx", "'\rx", "'-"],
      ["plain", "a-b", "1=1", " -1", "中文", "", "-5"],
    ]);
  });

  it("the text written, byte for byte", () => {
    expect(csvRecords([["-2", "=A1", "ok"]])).toBe("'-2,'=A1,ok\r\n");
  });
});
