/** Global options apply wherever they stand on the command line (SPEC "Command line"). */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, SEED } from "./run.js";
import { tempDir } from "../support/tempDir.js";

describe("--lang before a command", () => {
  const copy = () => {
    const path = join(tempDir("global-"), "lingling.yaml");
    copyFileSync(SEED, path);
    return path;
  };

  it("history speaks Chinese with --lang zh before the command, as after it", () => {
    const before = run(["--lang", "zh", "history", SEED], { env: { LINGLING_LANG: "en" } });
    const after = run(["history", SEED, "--lang", "zh"], { env: { LINGLING_LANG: "en" } });
    expect(before.stdout).toContain("考核指标");
    expect(before.stdout).toBe(after.stdout);
  });

  it("record's messages follow --lang zh before the command", () => {
    const r = run(["--lang", "zh", "record", copy(), "--year", "2023", "--set", "1=abc"], {
      env: { LINGLING_LANG: "en" },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("未作任何修改");
  });

  it("standards and explain follow --lang en before the command", () => {
    expect(run(["--lang", "en", "standards"], { env: { LINGLING_LANG: "zh" } }).stdout).toMatch(/binding/);
    expect(run(["--lang", "en", "explain", "4"], { env: { LINGLING_LANG: "zh" } }).stdout).not.toMatch(/约束性/);
  });
});

describe("--no-color and --debug are taken by every command", () => {
  for (const args of [["standards"], ["explain", "4"], ["schema"], ["history", SEED], ["--no-color", "standards"]]) {
    it(`${args.join(" ")} --no-color --debug`, () => {
      const r = run([...args, "--no-color", "--debug"]);
      expect(r.stderr).not.toMatch(/unknown option/);
      expect(r.status).toBe(0);
    });
  }
});

describe("--year is a year, written as one", () => {
  for (const found of ["0x7e7", "2.023e3", "0b11111100111", "20 23", "1948"]) {
    it(`refuses ${found}`, () => {
      const r = run([SEED, "--year", found, "--lang", "en"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("--year expects a year");
    });
  }
});
