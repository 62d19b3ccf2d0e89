/**
 * An HTML page is for people to open in a browser: a file of more than 20,000 indicator rows (a
 * page of some 17 MB; 300,000 rows made 256 MB in 16 s and 1.8 GB) is refused with a sentence that
 * names the formats made for a table that large, exit 2, and no file or temporary file is left.
 */
import { readdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, run, tempDir } from "../cli/run.js";
import { rowsText, writeRows } from "../support/rowsFile.js";

afterAll(removeTempDirs);

describe("an HTML page's size", () => {
  it("is refused past 20,000 rows, in English and in Chinese, leaving nothing behind", () => {
    const dir = tempDir();
    writeRows(dir, "big.yaml", 20_001);
    const en = run(["big.yaml", "-f", "html", "-o", "out.html", "--lang", "en"], { cwd: dir });
    expect(en.stderr).toBe(
      "lingling-check: an HTML page is written for at most 20000 indicators, and big.yaml has more: use -f xlsx, csv or json for it, or split the file\n",
    );
    expect(en.status).toBe(2);
    const zh = run(["big.yaml", "-f", "html", "-o", "out.html", "--lang", "zh"], { cwd: dir });
    expect(zh.stderr).toBe(
      "lingling-check: HTML 页面最多写 20000 项指标，big.yaml 超出：此类文件请用 -f xlsx、csv 或 json，或拆分文件\n",
    );
    expect(readdirSync(dir)).toEqual(["big.yaml"]);
  });

  it("is written for 20,000 rows", () => {
    const dir = tempDir();
    writeRows(dir, "edge.yaml", 20_000);
    const r = run(["edge.yaml", "-f", "html", "-o", "out.html", "--exit-zero"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["edge.yaml", "out.html"]);
  });
});

describe("the library's format of a page too large", () => {
  it("throws the library's CliError, its detail the sentence", async () => {
    const { loadIndicatorFile, assess, summarizeRun, format, message, CliError } = await import("../../src/index.js");
    const loaded = loadIndicatorFile(rowsText(20_001), "big.yaml");
    if (!loaded.ok) throw new Error("the file should load");
    const error = await format("html", summarizeRun([assess(loaded.value)]), { lang: "en" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(message("en", (error as InstanceType<typeof CliError>).detail)).toBe(
      "an HTML page is written for at most 20000 indicators, and big.yaml has more: use -f xlsx, csv or json for it, or split the file",
    );
  });
});
