/**
 * Options at their edges, each error naming its option: a format not known (-f), an empty --config
 * or --stdin-filepath, --checks given twice (the lists combine) or with an empty item; a file's
 * error that two passes find alike is said once; a config on a FIFO is waited for as any input is.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, constants, copyFileSync, openSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, SEED, removeTempDirs, run, tempDir } from "./run.js";

afterAll(removeTempDirs);

describe("options at their edges", () => {
  it("-f with an unknown format names -f/--format", () => {
    const r = run(["-f", "nope", SEED, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: -f/--format: unknown format “nope”; expected one of: table, json, markdown, junit, github, csv, xlsx, docx, html, sarif, gitlab\n",
    );
  });

  it.each([
    ["--config ''", ["--config", ""], "--config"],
    ["--config=", ["--config="], "--config"],
    ["--stdin-filepath ''", ["--stdin-filepath", "", "-"], "--stdin-filepath"],
  ])("%s is refused, naming the option", (_name, args, option) => {
    const r = run([...args, SEED, "--lang", "en"], { spawn: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`lingling-check: ${option} needs a value, and found an empty one\n`);
  });

  it("--checks given twice runs both lists' checks", () => {
    const r = run(["--checks", "baseline", "--checks", "near_term", SEED, "-f", "json", "--exit-zero"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { files: Array<{ indicators: Array<{ checks: object }> }> };
    const names = new Set(report.files[0]!.indicators.flatMap((i) => Object.keys(i.checks)));
    expect([...names].sort()).toEqual(["baseline", "near_term"]);
  });

  it.each([["baseline,,progress"], ["baseline,"], [","]])("--checks %s, with an empty item, is refused", (list) => {
    const r = run(["--checks", list, SEED, "-q", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--checks expects a comma-separated list`);
  });
});

describe("the check's options before a command", () => {
  it("are refused, naming the option and the command, instead of doing nothing for it", () => {
    const r = run(["--max-file-size", "2KB", "explain", "1", SEED, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: --max-file-size before “explain” is an option of the check, not of explain: give a command's options after it (lingling-check explain --help lists them)\n",
    );
    expect(run(["--year", "2024", "lint", SEED, "--lang", "en"]).stderr).toContain("--year before “lint”");
  });

  it("the global ones apply wherever they stand", () => {
    const r = run(["--lang", "en", "--no-color", "lint", SEED]);
    expect(r.stderr).not.toContain("before");
    expect(r.status).not.toBe(2);
  });
});

describe("an error two passes find alike", () => {
  it("is said once: a plan year out of range", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "a.yaml"),
      'region: {name: x, level: county, zone: central}\nplan: {base_year: 2022, near_term: 2025, long_term: 1e300}\nindicators:\n  - {id: "1", name: n, standard: "≥20"}\n',
    );
    const r = run([join(dir, "a.yaml"), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `${join(dir, "a.yaml")}:2:53: error[invalid-value]: “long_term”: expected a year from 1949 to 2100; found 1e+300`,
    ]);
  });
});

describe("a config on a FIFO", () => {
  it("is waited for as any input is, and read when its writer comes", async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, "a.yaml"));
    spawnSync("mkfifo", [join(dir, "config.yaml")]);
    const child = spawn(process.execPath, [BIN, "--config", "config.yaml", "a.yaml", "-f", "json", "--exit-zero"], {
      cwd: dir,
      env: { ...process.env, LINGLING_FIFO_TIMEOUT: "30", LINGLING_LANG: "en" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    const status = new Promise<number | null>((resolve) => child.on("exit", resolve));
    // Opened for writing, which waits until the run opens it to read, however long a loaded machine
    // takes to start it (data written before that is lost with the last open end, and the run would
    // wait out its timeout). A run that exits first has given up on the FIFO.
    const opened = open(join(dir, "config.yaml"), "w");
    const first = await Promise.race([opened.then(() => "opened"), status.then(() => "exited")]);
    if (first === "exited") closeSync(openSync(join(dir, "config.yaml"), constants.O_RDONLY | constants.O_NONBLOCK));
    expect(first, stderr).toBe("opened");
    const fifo = await opened;
    await fifo.write("checks: [baseline]\n");
    await fifo.close();
    expect(await status, stderr).toBe(0);
    const report = JSON.parse(stdout) as { files: Array<{ indicators: Array<{ checks: object }> }> };
    expect(new Set(report.files[0]!.indicators.flatMap((i) => Object.keys(i.checks)))).toEqual(new Set(["baseline"]));
  });
});

describe("a format written with two letters swapped", () => {
  it("is refused with the format it most likely is", () => {
    const r = run(["--lang", "en", "-f", "xlxs", "-o", join(tempDir(), "r.xlsx"), SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "lingling-check: -f/--format: unknown format “xlxs” (did you mean “xlsx”?); expected one of: table, json, markdown, junit, github, csv, xlsx, docx, html, sarif, gitlab\n",
    );
  });
});
