/**
 * What the tool reads: pipes and process substitutions to their end (under the size cap), a FIFO
 * with no writer only until a timeout, devices without end refused at the cap, CR line ends.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, SEED, STACK, removeTempDirs, run, tempDir } from "./run.js";

afterAll(removeTempDirs);

/** Runs a bash line in which $BIN is the tool and $SEED the Lingling seed. */
function bash(line: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync("bash", ["-c", `set -o pipefail; ${line}`], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en", BIN: `${process.execPath} ${BIN}`, SEED, ...env },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

describe("pipes and FIFOs are read to their end", () => {
  it.each([
    ["a process substitution", `$BIN -q <(cat "$SEED")`],
    ["a pipe named /dev/stdin", `cat "$SEED" | $BIN -q /dev/stdin`],
    ["a FIFO with a writer", `d=$(mktemp -d); mkfifo "$d/f.yaml"; (cat "$SEED" > "$d/f.yaml" &); $BIN -q "$d/f.yaml"; s=$?; rm -r "$d"; exit $s`],
  ])("%s", (_, line) => {
    const r = bash(line);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/overall INCOMPLETE/);
    expect(r.status).toBe(1);
  });

  it("a FIFO nobody writes to times out with a sentence, not a hang", () => {
    const r = bash(`d=$(mktemp -d); mkfifo "$d/f.yaml"; $BIN "$d/f.yaml"; s=$?; rm -r "$d"; exit $s`, { LINGLING_FIFO_TIMEOUT: "0.5" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/f\.yaml:1:1: error\[read-timeout\]: nothing was written to .*f\.yaml within 0\.5 s/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.ms).toBeLessThan(10_000);
  });

  it("a device without end is refused at the size cap, not read as empty", () => {
    const r = bash(`$BIN --max-file-size 1MB /dev/zero`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero:1:1: error\[file-too-large\]: more than 1048576 bytes/);
    expect(r.stderr).not.toMatch(/empty/);
  });

  it("standard input past the cap says so without claiming a size it did not read", () => {
    const r = bash(`head -c 3000000 /dev/zero | $BIN --max-file-size 1MB -`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/<stdin>:1:1: error\[file-too-large\]: more than 1048576 bytes/);
  });
});

describe("line ends", () => {
  it("a file of CR line ends with one LF is read line by line, not as one comment", () => {
    const dir = tempDir();
    const file = join(dir, "cr.yaml");
    writeFileSync(file, `# 零陵\rregion: {name: x}\rplan: {base_year: 2022}\rindicators:\r  - {id: "1", name: x, standard: "≥1", baseline: 2}\n`);
    const r = run(["--lang", "en", "-q", file]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/overall PASS/);
    expect(r.status).toBe(0);
  });
});
