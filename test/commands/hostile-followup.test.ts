/** Holes a hostile tester found after the write paths were rebuilt; each failed before its fix. */
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cli } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url);
const copy = () => {
  const file = join(tempDir("hostile-"), "lingling.yaml");
  copyFileSync(SEED, file);
  return file;
};

describe("record --from", () => {
  it("reads no further than the size cap: /dev/zero is refused in a sentence, the file untouched", () => {
    const file = copy();
    const before = readFileSync(file, "utf8");
    const r = cli(["record", file, "--year", "2024", "--from", "/dev/zero", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/over the limit/);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("shows control characters from a cell visibly, never raw", () => {
    const file = copy();
    const csv = join(tempDir("cells-"), "v.csv");
    writeFileSync(csv, 'id,value\n"\u001b]0;PWNED\u0007\u001b[2J",5\n');
    const r = cli(["record", file, "--year", "2024", "--from", csv, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("\\x1b]0;PWNED");
    expect(r.stderr).not.toMatch(/[\u0007\u001b]/);
  });
});

describe("-o", () => {
  it("never replaces the file that standard input is redirected from (- < a.yaml)", () => {
    const file = copy();
    const before = readFileSync(file, "utf8");
    const r = spawnSync("bash", ["-c", `node ${BIN} -f json -o ${file} --force - < ${file}`], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/would replace the input <stdin>/);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("a path that cannot be looked at is a sentence, not an internal error (ENOTDIR, ENAMETOOLONG)", () => {
    const file = copy();
    for (const out of [join(file, "r.json"), join(tmpdir(), `${"x".repeat(300)}.json`)]) {
      const r = cli([file, "-f", "json", "-o", out, "--lang", "en"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^lingling-check: cannot write /);
      expect(r.stderr).not.toMatch(/internal error/);
    }
    const rec = cli(["record", join(file, "x"), "--year", "2024", "--set", "1=2", "--lang", "en"]);
    expect(rec.status).toBe(2);
    expect(rec.stderr).not.toMatch(/internal error/);
  });
});
