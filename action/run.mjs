#!/usr/bin/env node
// The GitHub Action's step (action.yml): runs lingling-check on the inputs' files with annotations
// on standard output, appends the markdown report to the job's step summary (GitHub keeps what
// other steps wrote there), writes SARIF when asked, and sets the step's outputs. Its exit status
// is the check's own. Inputs come as INPUT_* variables, as GitHub passes a JavaScript action's.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const input = (name) => (process.env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] ?? "").trim();
const words = (text) => text.split(/\s+/).filter(Boolean);
/** A list of values (fail-on): by commas or spaces. */
const list = (text) => text.split(/[\s,]+/).filter(Boolean);
/** Files: one a line where the input has several lines (a name may hold spaces or commas), else by spaces. */
const files = (text) => (text.includes("\n") ? text.split(/\r?\n/).map((l) => l.trim()) : words(text)).filter(Boolean);
const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "lingling-check.js");

const scratch = mkdtempSync(join(tmpdir(), "lingling-action-"));
try {
  const summary = join(scratch, "summary.md");
  const json = join(scratch, "report.json");
  const sarif = input("sarif");
  const args = [
    ...(input("lang") ? ["--lang", input("lang")] : []),
    ...list(input("fail-on")).flatMap((f) => ["--fail-on", f]),
    ...(input("allow-incomplete") === "true" ? ["--allow-incomplete"] : []),
    ...(input("year") ? ["--year", input("year")] : []),
    ...words(input("args")),
    "-f",
    "github",
    "-f",
    "markdown",
    "-o",
    summary,
    "-f",
    "json",
    "-o",
    json,
    ...(sarif ? ["-f", "sarif", "-o", sarif, "--force"] : []),
    ...files(input("files") || "."),
  ];
  const r = spawnSync(process.execPath, [bin, ...args], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  const status = r.status ?? 2;
  const read = (file) => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  };
  const report = read(summary);
  if (process.env.GITHUB_STEP_SUMMARY && report) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${report}\n`);
  const overall = (() => {
    try {
      return JSON.parse(read(json) ?? "").summary.overall ?? "";
    } catch {
      return "";
    }
  })();
  if (process.env.GITHUB_OUTPUT) {
    appendFileSync(
      process.env.GITHUB_OUTPUT,
      `overall=${overall}\nexit-code=${status}\n${sarif && read(sarif) !== undefined ? `sarif=${sarif}\n` : ""}`,
    );
  }
  process.exitCode = status;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
