/**
 * --max-file-size is the one size cap of every file a command reads, and every command that reads
 * one takes it: a file over the cap is refused with the cap named, whatever the command; a file
 * over the default cap (10 MB) is read when the option raises it.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED, read, removeTempDirs, run, tempDir } from "./run.js";

afterAll(removeTempDirs);

// The seed is 27,231 bytes; a table of one value, 16.
const SEED_BYTES = 27_231;

describe("--max-file-size, on every command that reads a file", () => {
  it.each([
    ["lint", (dir: string) => ["lint", join(dir, "a.yaml")]],
    ["history", (dir: string) => ["history", join(dir, "a.yaml")]],
    ["explain ID FILE", (dir: string) => ["explain", "1", join(dir, "a.yaml")]],
    ["record --template", (dir: string) => ["record", join(dir, "a.yaml"), "--year", "2024", "--template"]],
    ["template FILE", (dir: string) => ["template", join(dir, "a.yaml"), "-o", join(dir, "t.xlsx")]],
    ["standards --check", (dir: string) => ["standards", "--check", join(dir, "a.yaml")]],
    ["the check", (dir: string) => [join(dir, "a.yaml")]],
  ])("%s: a file over the cap is refused, the cap named", (_name, args) => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    const r = run([...args(dir), "--max-file-size", "1k", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `a.yaml:1:1: error[file-too-large]: the file is ${SEED_BYTES} bytes, over the limit of 1024 (--max-file-size)`,
    );
  });

  it("record: the file to write and the table read with --from, each under the cap", () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    writeFileSync(join(dir, "v.csv"), "id,value\n1,26.1\n");
    const file = run([
      "record",
      join(dir, "a.yaml"),
      "--year",
      "2024",
      "--set",
      "1=3",
      "--max-file-size",
      "1k",
      "--lang",
      "en",
    ]);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain(`a.yaml is ${SEED_BYTES} bytes, over the limit of 1024 (--max-file-size)`);
    const table = run([
      "record",
      join(dir, "a.yaml"),
      "--year",
      "2024",
      "--from",
      join(dir, "v.csv"),
      "--max-file-size",
      "10",
      "--lang",
      "en",
    ]);
    expect(table.status).toBe(2);
    expect(table.stderr).toContain(
      "v.csv:1:1: error[file-too-large]: the file is 16 bytes, over the limit of 10 (--max-file-size)",
    );
    expect(read(join(dir, "a.yaml"))).toBe(read(SEED));
  });

  it("import: a workbook over the cap is refused, the cap named", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "w.xlsx"), Buffer.alloc(2048, 0x50));
    const r = run(["import", join(dir, "w.xlsx"), "--max-file-size", "1k", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "w.xlsx:1:1: error[file-too-large]: the file is 2048 bytes, over the limit of 1024 (--max-file-size)",
    );
  });

  it("a file over the default 10 MB is read when the cap is raised: lint and history", () => {
    const dir = tempDir();
    // The seed, then 11 MB of comment lines.
    writeFileSync(join(dir, "big.yaml"), read(SEED) + "# a comment line that makes the file larger\n".repeat(250_000));
    expect(run(["lint", join(dir, "big.yaml"), "--lang", "en"]).status).toBe(2);
    const lint = run(["lint", join(dir, "big.yaml"), "--max-file-size", "20MB", "--lang", "en"]);
    expect(lint.stderr).not.toContain("file-too-large");
    expect(lint.status).not.toBe(2);
    const history = run(["history", join(dir, "big.yaml"), "--max-file-size", "20MB", "--lang", "en", "-f", "json"]);
    expect(history.status).toBe(0);
    expect(JSON.parse(history.stdout)).toBeTruthy();
  });
});
