/**
 * The package as users get it: from the registry's tarball (npm pack) and from a git URL, which
 * has no dist/ until the `prepare` script builds it. Each install runs the tool on the seed it ships.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `lingling-${name}-`));
  made.push(dir);
  return dir;
};

function sh(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: "en" }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh project that installs `spec`, then the installed tool run on the seed it ships. */
function installAndRun(spec: string) {
  const project = temp("project");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user-project", version: "1.0.0", private: true }));
  const install = sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel", "error", spec], project);
  expect(install.status, install.stderr).toBe(0);
  const pkg = join(project, "node_modules", "lingling-check");
  return sh(join(project, "node_modules", ".bin", "lingling-check"), ["-q", join(pkg, "seeds", "lingling.yaml")], project);
}

describe("installed", () => {
  it("from the tarball npm pack makes", () => {
    const out = temp("pack");
    const pack = sh("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", out], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [tarball] = readdirSync(out).filter((n) => n.endsWith(".tgz"));
    const r = installAndRun(join(out, tarball!));
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/overall INCOMPLETE/);
    expect(r.status).toBe(1);
  }, 120_000);

  it("from a git URL, which prepare builds", () => {
    const r = installAndRun(`git+file://${ROOT}`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/overall INCOMPLETE/);
    expect(r.status).toBe(1);
  }, 180_000);

  it("without its dist/, says so in a sentence, not a stack trace", () => {
    const copy = temp("nodist");
    cpSync(join(ROOT, "bin"), join(copy, "bin"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
    const r = sh(process.execPath, [join(copy, "bin", "lingling-check.js"), "x.yaml"], copy);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^lingling-check: this installation lacks the built program \(dist\/\): run npm run build in .*, or install the package again\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
