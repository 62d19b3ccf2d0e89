/**
 * Ctrl-C while a large report is being written stops it between two of its pieces: no report, no
 * temporary file, exit 130 — not the whole report first (a 100,000-row table takes seconds to write).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeRows } from "../support/rowsFile.js";
import { BIN, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

describe("Ctrl-C during a large report", () => {
  it("leaves no report and no temporary file, and exits 130", async () => {
    const dir = tempDir();
    writeRows(dir, "big.yaml", 100_000);
    const out = join(dir, "out");
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, "big.yaml", "-o", "out/report.txt", "--exit-zero"], {
      cwd: dir,
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // The report's temporary file is there from the start; its first pieces come once the file is judged.
    for (let waited = 0; readdirSync(out).length < 1 && waited < 30_000; waited += 5)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(readdirSync(out)).toHaveLength(1);
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(out, "report.txt"))).toBe(false);
  }, 60_000);
});
