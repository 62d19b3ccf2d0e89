/** Runs exactly the lingling-check commands of the README's CI snippets, as a CI job would. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseJunit } from "junit2json";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { BIN } from "./run.js";
import { tempDir } from "../support/tempDir.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
/** Every `npx lingling-check …` line inside a yaml code block, and in a Jenkinsfile's `sh '…'`. */
const commands = [...readme.matchAll(/```(yaml|groovy)\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1] === "yaml"
    ? [...m[2]!.matchAll(/^\s*-\s*(?:run:\s*)?(npx lingling-check .*)$/gm)].map((c) => c[1]!)
    : [...m[2]!.matchAll(/^\s*sh '(npx lingling-check [^']*)'$/gm)].map((c) => c[1]!),
);
/** The workflow step that uses the ready action, and what it passes. */
const actionStep = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map(
    (m) =>
      parseYaml(m[1]!) as { jobs?: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }> },
  )
  .flatMap((w) => Object.values(w?.jobs ?? {}).flatMap((j) => j.steps))
  .find((step) => step.uses === "./node_modules/lingling-check");

function workspace(): string {
  const dir = tempDir("ci-");
  mkdirSync(join(dir, "indicators"));
  copyFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), join(dir, "indicators", "lingling.yaml"));
  return dir;
}

function sh(command: string, cwd: string, env: Record<string, string>) {
  // `npx lingling-check` is the built binary of this checkout.
  const line = command.replace(/^npx lingling-check/, `"${process.execPath}" "${BIN}"`);
  return spawnSync("bash", ["-c", line], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en", ...env },
  });
}

describe("the README's CI snippets", () => {
  it("are there: the ready action, GitHub Actions by hand, GitLab CI, Jenkins", () => {
    expect(actionStep?.with).toMatchObject({ files: "indicators/", "upload-sarif": "true" });
    expect(commands).toHaveLength(3);
  });

  it("GitHub Actions with the ready action: annotations, the summary appended, SARIF for upload, the step failing on INCOMPLETE", () => {
    const dir = workspace();
    const summary = join(dir, "step-summary.md");
    const output = join(dir, "github-output");
    writeFileSync(summary, "");
    writeFileSync(output, "");
    const inputs = actionStep!.with!;
    // As action.yml passes them: upload-sarif without a path writes lingling-check.sarif.
    const env = {
      INPUT_FILES: inputs.files!,
      INPUT_SARIF: inputs.sarif ?? (inputs["upload-sarif"] === "true" ? "lingling-check.sarif" : ""),
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
    };
    const r = spawnSync(process.execPath, [join(ROOT, "action", "run.mjs")], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en", ...env },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=indicators\/lingling\.yaml,line=50,endLine=66,title=4 PM2\.5浓度/m);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe(
      "::notice title=lingling-check::1 file: 1 INCOMPLETE — overall INCOMPLETE",
    );
    expect(readFileSync(summary, "utf8")).toContain("| ID | Indicator |");
    expect(readFileSync(output, "utf8")).toBe("overall=INCOMPLETE\nexit-code=1\nsarif=lingling-check.sarif\n");
    expect((JSON.parse(readFileSync(join(dir, "lingling-check.sarif"), "utf8")) as { version: string }).version).toBe(
      "2.1.0",
    );
  });

  it("GitHub Actions by hand: SARIF, job summary and annotations from one run", () => {
    const dir = workspace();
    const summary = join(dir, "step-summary.md");
    writeFileSync(summary, ""); // the runner creates it before the step
    const r = sh(commands[0]!, dir, { GITHUB_STEP_SUMMARY: summary });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^::error file=indicators\/lingling\.yaml,line=50,endLine=66,title=4 PM2\.5浓度/m);
    expect(readFileSync(summary, "utf8")).toContain("| ID | Indicator |");
    const sarif = JSON.parse(readFileSync(join(dir, "lingling.sarif"), "utf8")) as {
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it("GitLab CI: Code Quality and JUnit reports, the table in the log", async () => {
    const dir = workspace();
    const r = sh(commands[1]!, dir, {});
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/overall INCOMPLETE\n$/);
    const quality = JSON.parse(readFileSync(join(dir, "gl-code-quality.json"), "utf8")) as Array<{
      location: { path: string };
    }>;
    expect(quality.length).toBeGreaterThan(0);
    expect(new Set(quality.map((q) => q.location.path))).toEqual(new Set(["indicators/lingling.yaml"]));
    const junit = await parseJunit(readFileSync(join(dir, "lingling-report.xml"), "utf8"));
    expect(junit).toMatchObject({ name: "lingling-check" });
  });

  it.each([0, 1, 2])(
    "command %i runs again in a kept workspace (Jenkins, a GitLab shell runner, a re-run) and replaces its reports",
    (i) => {
      const dir = workspace();
      const summary = join(dir, "step-summary.md");
      writeFileSync(summary, "");
      for (const build of [1, 2]) {
        const r = sh(commands[i]!, dir, { GITHUB_STEP_SUMMARY: summary });
        expect([build, r.status, r.stderr]).toEqual([build, 1, ""]);
      }
    },
  );

  it("the ready action runs again in a kept workspace and replaces its SARIF", () => {
    const dir = workspace();
    const env = {
      INPUT_FILES: "indicators/",
      INPUT_SARIF: "lingling-check.sarif",
      GITHUB_STEP_SUMMARY: join(dir, "step-summary.md"),
      GITHUB_OUTPUT: join(dir, "github-output"),
    };
    for (const build of [1, 2]) {
      const r = spawnSync(process.execPath, [join(ROOT, "action", "run.mjs")], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en", ...env },
      });
      expect([build, r.status, r.stderr]).toEqual([build, 1, ""]);
    }
  });

  it("Jenkins: a JUnit report the junit step reads, the table in the log", async () => {
    const dir = workspace();
    const r = sh(commands[2]!, dir, {});
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/overall INCOMPLETE\n$/);
    const junit = await parseJunit(readFileSync(join(dir, "lingling-report.xml"), "utf8"));
    expect(junit).toMatchObject({ name: "lingling-check" });
  });
});
