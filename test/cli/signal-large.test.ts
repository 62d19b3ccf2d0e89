/**
 * Ctrl-C while a large report is being written stops it between two of its pieces: no report, no
 * temporary file, exit 130 — not the whole report first (a 100,000-row table takes seconds to write).
 * Ctrl-C while the input is still read and judged stops the run at once, by the signal itself: no
 * temporary file exists yet, so nothing waits for the judging to end to remove one.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeRows } from "../support/rowsFile.js";
import { BIN, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

/** A check of 100,000 rows started, its report going to out/report.txt. */
function checkLarge() {
  const dir = tempDir();
  writeRows(dir, "big.yaml", 100_000);
  const out = join(dir, "out");
  mkdirSync(out);
  const child = spawn(process.execPath, [BIN, "big.yaml", "-o", "out/report.txt", "--exit-zero"], {
    cwd: dir,
    stdio: "ignore",
  });
  return { out, child };
}

describe("Ctrl-C during a large report", () => {
  it("leaves no report and no temporary file, and exits 130", async () => {
    const { out, child } = checkLarge();
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // The report's temporary file is made with its first piece, once the file is judged: one with
    // something in it (the run also makes an empty one at its start and removes it at once, to know
    // the report can be written; on a loaded machine a look may catch that one).
    const written = () =>
      readdirSync(out).some((name) => {
        try {
          return statSync(join(out, name)).size > 0;
        } catch {
          return false;
        }
      });
    for (let waited = 0; !written() && waited < 30_000; waited += 5)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(readdirSync(out)).toHaveLength(1);
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(out, "report.txt"))).toBe(false);
  }, 60_000);

  it("while the file is judged, has made no file yet and is stopped by the signal at once", async () => {
    const { out, child } = checkLarge();
    let ended: [number | null, NodeJS.Signals | null] | undefined;
    const exited = new Promise<void>((resolve) =>
      child.on("exit", (code, signal) => {
        ended = [code, signal];
        resolve();
      }),
    );
    // Past 0.3 s of its own processor time the run is reading and judging the file (starting takes
    // some 0.1 s; judging 100,000 rows, about a second), whatever the machine's load.
    const cpuSeconds = () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return (Number(fields[11]) + Number(fields[12])) / 100;
    };
    while (ended === undefined && cpuSeconds() < 0.3) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ended).toBeUndefined();
    expect(readdirSync(out)).toEqual([]);
    child.kill("SIGINT");
    await exited;
    expect(ended).toEqual([null, "SIGINT"]);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});
