/**
 * The bundle and its V8 code cache (what makes a single check start fast, see npm run bench):
 * the cache the build made is accepted by this Node, and without it the tool still works.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SEED, run } from "./run.js";

const DIST = join(ROOT, "dist");

/** Loads the bundle from `dir` in a fresh node, as bin/lingling-check.js does, and runs a check. */
function loadFrom(dir: string) {
  const script = `
    const { loadCli } = await import(${JSON.stringify(join(DIST, "load.js"))});
    const { cli, script } = loadCli(${JSON.stringify(dir)});
    const status = await cli.main(["--lang", "en", "--quiet", ${JSON.stringify(SEED)}]);
    console.log(JSON.stringify({ rejected: script.cachedDataRejected ?? null, status }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  const lines = r.stdout.trim().split("\n");
  return { ...(JSON.parse(lines.pop()!) as { rejected: boolean | null; status: number }), stdout: lines.join("\n") };
}

const bare = mkdtempSync(join(tmpdir(), "lingling-nocache-"));
afterAll(() => rmSync(bare, { recursive: true, force: true }));

describe("the bundle's code cache", () => {
  it("is accepted by this Node (the build made it here)", () => {
    const r = loadFrom(DIST);
    expect(r.rejected).toBe(false);
    expect(r.stdout).toMatch(/overall INCOMPLETE/);
  });

  it("is not needed: without it the same check gives the same report", () => {
    copyFileSync(join(DIST, "cli.cjs"), join(bare, "cli.cjs"));
    const withCache = loadFrom(DIST);
    const without = loadFrom(bare);
    expect(without.rejected).toBeNull();
    expect(without.stdout).toBe(withCache.stdout);
    expect(without.status).toBe(1);
  });
});

describe("a cache for other code", () => {
  it("is not used after an edit of the bundle that keeps its length: the edited code runs", () => {
    const edited = mkdtempSync(join(tmpdir(), "lingling-edited-"));
    try {
      const source = readFileSync(join(DIST, "cli.cjs"), "utf8");
      const changed = source.replace("overall {overall}", "OVERALL {overall}");
      expect(changed).not.toBe(source);
      expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(source));
      writeFileSync(join(edited, "cli.cjs"), changed);
      for (const name of readdirSync(DIST).filter((n) => n.startsWith("cli.cjs.cache")))
        copyFileSync(join(DIST, name), join(edited, name));
      const r = loadFrom(edited);
      expect(r.stdout).toMatch(/OVERALL INCOMPLETE/);
      expect(r.rejected).not.toBe(false);
    } finally {
      rmSync(edited, { recursive: true, force: true });
    }
  });
});

describe("writing to a device", () => {
  it("-o /dev/null needs no --force: only a file can be lost", () => {
    const r = run([SEED, "-f", "json", "-o", "/dev/null"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
  });
});
