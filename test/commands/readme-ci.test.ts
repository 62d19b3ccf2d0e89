/** Runs exactly the lingling-check commands of the README's CI snippets, as a CI job would. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseJunit } from "junit2json";
import { describe, expect, it } from "vitest";
import { BIN } from "./run.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
/** Every `npx lingling-check …` line inside a yaml code block. */
const commands = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap((m) =>
  [...m[1]!.matchAll(/^\s*-\s*(?:run:\s*)?(npx lingling-check .*)$/gm)].map((c) => c[1]!),
);

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "lingling-ci-"));
  mkdirSync(join(dir, "indicators"));
  copyFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), join(dir, "indicators", "lingling.yaml"));
  return dir;
}

function sh(command: string, cwd: string, env: Record<string, string>) {
  // `npx lingling-check` is the built binary of this checkout.
  const line = command.replace(/^npx lingling-check/, `"${process.execPath}" "${BIN}"`);
  return spawnSync("bash", ["-c", line], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en", ...env } });
}

describe("the README's CI snippets", () => {
  it("are there: one for GitHub Actions, one for GitLab CI", () => {
    expect(commands).toHaveLength(2);
  });

  it("GitHub Actions: JUnit file, job summary and annotations from one run; the step fails on INCOMPLETE", async () => {
    const dir = workspace();
    const summary = join(dir, "step-summary.md");
    writeFileSync(summary, ""); // the runner creates it before the step
    const r = sh(commands[0]!, dir, { GITHUB_STEP_SUMMARY: summary });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^::error file=indicators\/lingling\.yaml,line=\d+,col=1,title=4 PM2\.5浓度/m);
    expect(readFileSync(summary, "utf8")).toContain("| ID | Indicator |");
    const junit = await parseJunit(readFileSync(join(dir, "lingling-report.xml"), "utf8"));
    expect(junit).toMatchObject({ name: "lingling-check" });
  });

  it("GitLab CI: JUnit report and markdown artifact, the table in the log", async () => {
    const dir = workspace();
    const r = sh(commands[1]!, dir, {});
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/overall INCOMPLETE\n$/);
    expect(readFileSync(join(dir, "lingling-report.md"), "utf8")).toContain("## lingling-check");
    const junit = await parseJunit(readFileSync(join(dir, "lingling-report.xml"), "utf8"));
    expect(junit).toMatchObject({ name: "lingling-check" });
  });
});
