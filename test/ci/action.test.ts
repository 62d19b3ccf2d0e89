/**
 * The GitHub Action's step (action/run.mjs), run as the runner runs it: with its inputs as INPUT_*
 * variables and GitHub's GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, fixture, removeTempDirs, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

function step(inputs: Record<string, string>, files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const summary = join(dir, "step-summary.md");
  const output = join(dir, "github-output");
  writeFileSync(summary, "## an earlier step's summary\n");
  writeFileSync(output, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    GITHUB_ACTIONS: "true",
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    LANG: "C.UTF-8",
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, "_")}`] = value;
  const r = spawnSync(process.execPath, [join(ROOT, "action", "run.mjs")], {
    cwd: dir,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  const outputs = Object.fromEntries(
    readFileSync(output, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );
  return { ...r, dir, summary: readFileSync(summary, "utf8"), outputs };
}

const FAIL = readFileSync(fixture("fail.yaml"), "utf8");
const PASS = readFileSync(fixture("pass.yaml"), "utf8");

describe("action.yml", () => {
  it("declares the inputs the step reads and runs it as a composite action", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
      runs: { using: string; steps: Array<{ run?: string; env?: Record<string, string> }> };
      inputs: Record<string, unknown>;
    };
    expect(action.runs.using).toBe("composite");
    const check = action.runs.steps.find((s) => s.run?.includes("action/run.mjs"))!;
    const script = readFileSync(join(ROOT, "action", "run.mjs"), "utf8");
    const read = [...script.matchAll(/input\("([\w-]+)"\)/g)].map((m) => m[1]!);
    for (const name of new Set(read)) {
      expect(Object.keys(action.inputs), name).toContain(name);
      expect(Object.keys(check.env ?? {}), name).toContain(`INPUT_${name.toUpperCase().replace(/-/g, "_")}`);
    }
  });
});

describe("the action's step", () => {
  it("fails on a failing file: annotations, the verdict in words, the summary appended, the outputs set", () => {
    const r = step({ files: "fail.yaml", lang: "en" }, { "fail.yaml": FAIL });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^::error file=fail\.yaml,line=21,endLine=29,title=8 受污染耕地安全利用率 — baseline FAIL::/m,
    );
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("::notice title=lingling-check::1 file: 1 FAIL — overall FAIL");
    expect(r.summary.startsWith("## an earlier step's summary\n")).toBe(true);
    expect(r.summary).toContain("受污染耕地安全利用率");
    expect(r.outputs).toEqual({ overall: "FAIL", "exit-code": "1" });
  });

  it("passes on a passing file and writes SARIF where asked", () => {
    // out/ does not exist yet: it is made, as for any report.
    const r = step({ files: "pass.yaml", lang: "en", sarif: "out/lingling.sarif" }, { "pass.yaml": PASS });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(r.dir, "out", "lingling.sarif"), "utf8"))).toMatchObject({ version: "2.1.0" });
    const ok = step({ files: "pass.yaml", lang: "en", sarif: "lingling.sarif" }, { "pass.yaml": PASS });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.outputs).toEqual({ overall: "PASS", "exit-code": "0", sarif: "lingling.sarif" });
    const log = JSON.parse(readFileSync(join(ok.dir, "lingling.sarif"), "utf8")) as { version: string };
    expect(log.version).toBe("2.1.0");
  });

  it("lets INCOMPLETE pass with allow-incomplete, and a WARN fail with fail-on: warn", () => {
    const incomplete = readFileSync(join(ROOT, "test", "report", "fixtures", "incomplete.yaml"), "utf8");
    expect(step({ files: "i.yaml" }, { "i.yaml": incomplete }).status).toBe(1);
    expect(step({ files: "i.yaml", "allow-incomplete": "true" }, { "i.yaml": incomplete }).status).toBe(0);
    const warn = readFileSync(fixture("warn.yaml"), "utf8");
    expect(step({ files: "w.yaml" }, { "w.yaml": warn }).status).toBe(0);
    expect(step({ files: "w.yaml", "fail-on": "warn" }, { "w.yaml": warn }).status).toBe(1);
  });
});

describe("the action's inputs, split as action.yml says", () => {
  it("args keep a comma list whole (--checks baseline,progress), and files with a comma or a space in a name come one a line", () => {
    const r = step(
      { files: "a, b.yaml\nc d.yaml", args: "--checks baseline,progress --lang en" },
      { "a, b.yaml": PASS, "c d.yaml": PASS },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.outputs.overall).toBe("PASS");
    expect(r.summary).toContain("a, b.yaml");
    expect(r.summary).toContain("c d.yaml");
  });

  it("files on one line are separated by spaces, as before", () => {
    const r = step({ files: "p.yaml q.yaml" }, { "p.yaml": PASS, "q.yaml": PASS });
    expect(r.status, r.stderr).toBe(0);
  });
});
