/**
 * The pre-commit hook (.pre-commit-hooks.yaml), run by Debian's pre-commit as a user's repository
 * runs it: a `.pre-commit-config.yaml` naming this repository and its commit (`repo:` and `rev:`),
 * then `pre-commit run` on a scratch repository with an indicator file, failing on a failing file and
 * passing once it is fixed. pre-commit installs the hook as it does for every node hook (npm install,
 * npm pack, npm install -g of the tarball), from the registry, once: the second run reuses it, as a
 * user's second commit does.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, fixture, removeTempDirs, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;

describe("the pre-commit hook", () => {
  it("is installed by pre-commit and fails on a failing file, then passes on the fixed one", () => {
    expect(hasPreCommit, "pre-commit is installed by .ci/run").toBe(true);
    const home = tempDir();
    const repo = tempDir();
    const git = (...args: string[]) =>
      spawnSync("git", ["-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args], {
        cwd: repo,
        encoding: "utf8",
      });
    git("init", "-q");
    mkdirSync(join(repo, "indicators"));
    copyFileSync(fixture("fail.yaml"), join(repo, "indicators", "region.yaml"));
    const rev = spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
    writeFileSync(
      join(repo, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${JSON.stringify(ROOT)}\n    rev: ${rev}\n    hooks: [{id: lingling-check, files: ^indicators/}]\n`,
    );
    git("add", ".");
    git("commit", "-qm", "a failing file");
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: home,
      NO_COLOR: "1",
      LINGLING_LANG: "en",
      // npm as a CI runner with a warm cache has it: packages the cache holds are not asked of the registry again.
      npm_config_prefer_offline: "true",
      npm_config_audit: "false",
      npm_config_fund: "false",
    };
    const runHook = () =>
      spawnSync("pre-commit", ["run", "--files", "indicators/region.yaml"], {
        cwd: repo,
        env,
        encoding: "utf8",
        timeout: 900_000,
      });

    const failing = runHook();
    expect(failing.status, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/lingling-check\.+Failed/);
    expect(failing.stdout).toContain("受污染耕地安全利用率");

    copyFileSync(fixture("pass.yaml"), join(repo, "indicators", "region.yaml"));
    const passing = runHook();
    expect(passing.status, passing.stdout + passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/lingling-check\.+Passed/);
  }, 1_200_000);
});
