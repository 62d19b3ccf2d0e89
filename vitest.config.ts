import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Two projects, so `npx vitest run --project unit` is quick on a small machine:
 * - unit: tests that call the library in-process;
 * - e2e: tests that run the built binary (in their own process through test/cli/inProcess.ts, or
 *   started as one) or start another program (LibreOffice, Python, Chromium, git, …), directly or
 *   through a test helper.
 * The split is read from the test files themselves, so a new test lands in the right project without
 * anyone keeping a list. `npm test` runs both.
 */
const SPAWNS = /node:child_process|\bspawn(Sync)?\(|\bexecFile(Sync)?\(|\bexecSync\(/;

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : testSources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

/** Whether a test file (or a helper it imports from test/) starts a process. */
function spawnsProcesses(file: string, seen = new Map<string, boolean>()): boolean {
  const known = seen.get(file);
  if (known !== undefined) return known;
  seen.set(file, false);
  const text = readFileSync(file, "utf8");
  let spawns = SPAWNS.test(text);
  for (const [, spec] of text.matchAll(/from\s+["'](\.{1,2}\/[^"']+)["']/g)) {
    if (spawns) break;
    const target = join(dirname(file), (spec ?? "").replace(/\.js$/, ".ts"));
    if (relative("test", target).startsWith("..") || !target.endsWith(".ts")) continue;
    try {
      spawns = spawnsProcesses(target, seen);
    } catch {
      // an import of a non-TypeScript file (fixture JSON, …): not a helper
    }
  }
  seen.set(file, spawns);
  return spawns;
}

const e2e = testSources("test")
  .filter((file) => file.endsWith(".test.ts"))
  .filter((file) => spawnsProcesses(file));

// Stryker mutates src/ in a sandbox; the e2e tests run the bundled dist/, which no mutant reaches, so
// its runs load the unit project only (stryker.config.mjs sets this).
const only = process.env.LINGLING_TEST_PROJECT;

export default defineConfig({
  test: {
    // Headroom for a loaded 2-core machine (a shared CI runner): a test that spawns the binary a
    // dozen times took 20-30 s there. Speed targets live in the bench, never in a timeout.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Every run gets its own temporary folder (TMPDIR); leftovers in it fail the run.
    globalSetup: ["test/support/tempRoot.ts"],
    setupFiles: ["test/support/useTempRoot.ts"],
    // The test files of a worker share one module graph (isolate: false): loading src/ anew for each
    // of 174 files was a third of the unit project's time, and the end-to-end files keep one loaded
    // command line (test/cli/inProcess.ts). No test changes a module's state: shuffled runs
    // (`--sequence.shuffle`) pass too.
    isolate: false,
    // Two workers even on two cores: an end-to-end test waits on the programs it starts (npm,
    // pre-commit, LibreOffice, Chromium) while the other worker runs (the e2e project: 7.2 → 4.9 min).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: e2e } },
      ...(only === "unit" ? [] : [{ extends: true as const, test: { name: "e2e", include: e2e } }]),
    ],
  },
});
