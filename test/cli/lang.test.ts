/**
 * The report language from the environment: LINGLING_LANG, then LC_ALL, LC_MESSAGES, LANG (an empty
 * one skipped, C and POSIX meaning English), then the system's locale — so a Chinese Windows, which
 * sets no LANG, gets Chinese. Every command takes it from the same place, template's headers too.
 */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectLang } from "../../src/cli/lang.js";
import { headers, open } from "../commands/templateCli.js";
import { removeTempDirs, run, SEED, tempDir } from "./run.js";

afterAll(removeTempDirs);

describe("detectLang", () => {
  const english = () => "en-US";
  const chinese = () => "zh-CN";
  const cases: Array<[Record<string, string>, () => string, "zh" | "en"]> = [
    [{ LC_ALL: "", LANG: "zh_CN.UTF-8" }, english, "zh"],
    [{ LC_ALL: "", LC_MESSAGES: "", LANG: "zh_TW.UTF-8" }, english, "zh"],
    [{ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" }, chinese, "en"],
    [{ LC_MESSAGES: "zh_CN.GB18030", LANG: "en_US.UTF-8" }, english, "zh"],
    [{ LINGLING_LANG: "", LC_ALL: "zh_CN.UTF-8" }, english, "zh"],
    [{ LINGLING_LANG: "en", LC_ALL: "zh_CN.UTF-8" }, chinese, "en"],
    [{ LINGLING_LANG: "zh" }, english, "zh"],
    [{ LANG: "C" }, chinese, "en"],
    [{ LC_ALL: "POSIX", LANG: "zh_CN.UTF-8" }, chinese, "en"],
    [{}, chinese, "zh"],
    [{ LC_ALL: "", LANG: "" }, chinese, "zh"],
    [{}, () => "zh-Hans-CN", "zh"],
    [{}, english, "en"],
    [{}, () => "fr-FR", "en"],
  ];
  for (const [env, system, lang] of cases) {
    it(`${JSON.stringify(env)} on a ${system()} system → ${lang}`, () => {
      expect(detectLang(env, system)).toBe(lang);
    });
  }

  it("asks the system only when the environment says nothing", () => {
    let asked = 0;
    detectLang({ LANG: "en_US.UTF-8" }, () => {
      asked++;
      return "zh-CN";
    });
    expect(asked).toBe(0);
  });
});

describe("every command takes the language from the environment the same way", () => {
  const env = { LC_ALL: "", LC_MESSAGES: undefined, LANG: "zh_CN.UTF-8" };

  it("the check's summary is Chinese when LC_ALL is empty and LANG Chinese", () => {
    expect(run([SEED], { env }).stdout.trim().split("\n").at(-1)).toMatch(/^规划评审 — 约束性/);
  });

  it("template's headers are Chinese when LC_ALL is empty and LANG Chinese", async () => {
    const path = join(tempDir(), "region.xlsx");
    const r = run(["template", SEED, "-o", path], { env });
    expect(r.stderr).toBe("");
    const workbook = await open(path);
    expect(headers(workbook.worksheets[0]!).slice(0, 4)).toEqual(["序号", "指标", "单位", "国家标准"]);
  });

  it("and English under LANG=C", async () => {
    const path = join(tempDir(), "region.xlsx");
    expect(
      run(["template", SEED, "-o", path], { env: { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: "C" } }).status,
    ).toBe(0);
    expect(headers((await open(path)).worksheets[0]!).slice(0, 4)).toEqual([
      "No.",
      "Indicator",
      "Unit",
      "National standard",
    ]);
  });
});
