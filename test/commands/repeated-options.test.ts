/** Options that may repeat keep every value; every option's error names that option; template's names are checked as init's. */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const dir = tempDir("repeated-options-");
/** A file whose binding row passes and whose reference row does not: overall WARN, exit 0 unless --fail-on warn. */
const warn = join(dir, "warn.yaml");
writeFileSync(
  warn,
  'region: {name: 某县}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: a, binding: true, standard: "≥20", baseline: 25}\n  - {id: "R1", name: b, binding: false, standard: "≥20", baseline: 10}\n',
);

describe("--fail-on", () => {
  it("is WARN, and exits 0, without it", () => {
    const r = cli(["-q", warn]);
    expect(r.stdout).toMatch(/overall WARN/);
    expect(r.status).toBe(0);
  });

  it.each([
    [["--fail-on", "warn", "--fail-on", "projects"]],
    [["--fail-on", "projects", "--fail-on", "warn"]],
    [["--fail-on", "warn,projects"]],
    [["--fail-on", "projects, warn"]],
  ])("keeps every value given: %j fails on WARN", (flags) => {
    const r = cli(["-q", ...flags, warn]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  });

  it("JUnit marks a WARN as a failure when warn is one of several values", () => {
    const r = cli(["-f", "junit", "--fail-on", "warn", "--fail-on", "projects", warn]);
    expect(r.stdout).toMatch(/<failure/);
  });

  it("a word it does not know, alone or in a list, is a usage error naming the option", () => {
    for (const value of ["bogus", "warn,bogus", ""]) {
      const r = cli(["-q", "--fail-on", value, warn]);
      expect(r.status, value).toBe(2);
      expect(r.stderr, value).toMatch(
        /option '--fail-on <level>' argument '.*' is invalid\. Allowed choices are warn, projects\./,
      );
    }
  });
});

describe("an option's error names that option", () => {
  it("--compare-year abc blames --compare-year, not --year", () => {
    const r = cli(["--compare-year", "abc", warn]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("lingling-check: --compare-year expects a year from 1949 to 2100; found abc\n");
  });

  it("--year abc still blames --year", () => {
    const r = cli(["--year", "abc", warn]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("lingling-check: --year expects a year from 1949 to 2100; found abc\n");
  });
});

describe("template checks its names as init does", () => {
  it.each(["", "  "])("refuses the empty name %j, and writes nothing", (name) => {
    for (const command of ["template", "init"]) {
      const out = join(dir, `${command}-${name.length}.${command === "init" ? "yaml" : "xlsx"}`);
      const r = cli([command, "--name", name, "--zone", "central", "-o", out]);
      expect(r.status, command).toBe(2);
      expect(r.stderr, command).toBe(
        "lingling-check: --name needs the region's name, e.g. 永州市零陵区; it was empty\n",
      );
      expect(existsSync(out), command).toBe(false);
    }
  });

  it("refuses a name with a control character, as init does", () => {
    const r = cli(["template", "--name", "某\u001b[2J县", "--zone", "central", "-o", join(dir, "esc.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--name must be one line of text");
    expect(r.stderr).not.toContain("\u001b");
  });
});
