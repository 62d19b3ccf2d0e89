#!/usr/bin/env node
/**
 * npm run bench: speed and memory of lingling-check, as ratios measured side by side in one run.
 *
 *   (a) lingling-check --version          against  node -e 0
 *   (b) one check of the Lingling seed    against  node -e 0
 *   (c) a nationwide batch (2,844 county files shaped like Lingling's)
 *                                         against  reading and parsing the same files with js-yaml,
 *                                                  single-threaded (the parse-only floor)
 *   (d) peak memory (max RSS) of the batch
 *
 * Each pair runs interleaved, RUNS times (default 5); the table shows medians. Usage:
 *   npm run bench [-- --runs 7 --counties 2844]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import jsYaml from "js-yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg("runs", 5);
const COUNTIES = arg("counties", 2844);
const BIN = join(root, "bin", "lingling-check.js");
const SEED = join(root, "seeds", "lingling.yaml");
const RSS = join(root, "scripts", "max-rss.mjs");

/** A small deterministic generator, so every run checks the same counties. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generate(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seed = jsYaml.load(readFileSync(SEED, "utf8"), { schema: jsYaml.CORE_SCHEMA });
  const rand = random(2844);
  const zones = ["east", "central", "west", "northeast"];
  for (let k = 0; k < COUNTIES; k++) {
    const county = structuredClone(seed);
    county.region = { name: `示范县${String(k + 1).padStart(4, "0")}`, code: String(110101 + k), level: "county", zone: zones[k % 4], urban_district: rand() < 0.3 };
    for (const row of county.indicators) {
      const base = typeof row.baseline === "number" ? row.baseline : undefined;
      if (base === undefined) continue;
      const value = row.unit === "%" ? Math.min(100, base * (0.9 + rand() * 0.2)) : base * (0.9 + rand() * 0.2);
      row.baseline = Number(value.toFixed(2));
      row.actuals = {};
      let v = row.baseline;
      for (let year = 2023; year <= 2030; year++) {
        v = row.unit === "%" ? Math.min(100, v * (0.98 + rand() * 0.05)) : v * (0.98 + rand() * 0.05);
        row.actuals[year] = Number(v.toFixed(2));
      }
    }
    writeFileSync(join(dir, `county-${String(k + 1).padStart(4, "0")}.yaml`), jsYaml.dump(county, { lineWidth: -1 }));
  }
}

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const rss = /maxRSS=(\d+)/.exec(r.stderr ?? "");
  return { seconds, rssKb: rss ? Number(rss[1]) : undefined };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs `ours` and `floor` alternately, RUNS times each, after one warm-up of each. */
function pair(ours, floor) {
  time(ours);
  time(floor);
  const a = [], b = [], rss = [];
  for (let i = 0; i < RUNS; i++) {
    const x = time(ours);
    a.push(x.seconds);
    if (x.rssKb) rss.push(x.rssKb);
    b.push(time(floor).seconds);
  }
  return { ours: median(a), floor: median(b), rssMb: rss.length ? median(rss) / 1024 : undefined };
}

const dir = join(tmpdir(), `lingling-bench-${COUNTIES}`);
process.stderr.write(`generating ${COUNTIES} county files in ${dir}…\n`);
generate(dir);
process.stderr.write(`measuring, ${RUNS} interleaved runs each…\n`);
const nodeOnly = ["-e", "0"];
const version = pair([BIN, "--version"], nodeOnly);
const single = pair([BIN, SEED, "--quiet"], nodeOnly);
const batch = pair(["--import", RSS, BIN, dir, "--quiet"], [join(root, "scripts", "parse-floor.mjs"), dir]);

const rows = [
  ["(a) --version vs node -e 0", version.ours, version.floor, version.ours / version.floor, "≤ 1.3"],
  ["(b) one Lingling check vs node -e 0", single.ours, single.floor, single.ours / single.floor, "≤ 2.0"],
  [`(c) ${COUNTIES} files vs js-yaml parse only`, batch.ours, batch.floor, batch.ours / batch.floor, "≤ 1.0"],
];
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const lines = [
  `lingling-check benchmark — ${machine}; medians of ${RUNS} interleaved runs`,
  "",
  "| measure | lingling-check | baseline | ratio | target |",
  "|---|---:|---:|---:|---|",
  ...rows.map(([name, ours, floor, ratio, target]) => `| ${name} | ${ours.toFixed(3)} s | ${floor.toFixed(3)} s | ${ratio.toFixed(2)} | ${target} |`),
  `| (d) peak memory of the batch | ${batch.rssMb?.toFixed(0) ?? "?"} MB | | | ≤ 300 MB |`,
];
console.log(lines.join("\n"));
writeFileSync(join(root, "bench-results.md"), `${lines.join("\n")}\n`);
