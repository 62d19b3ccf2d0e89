/** A batch (worker threads, streamed output) gives exactly what checking each file alone gives. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCounties } from "../../scripts/counties.mjs";
import { cli } from "./run.js";

const SEED = fileURLToPath(new URL("../../seeds/lingling.yaml", import.meta.url));
type Report = { files: Array<{ file: string; overall: string; indicators: Array<{ id: string; checks: Record<string, { verdict: string; reason: string }> }> }>; summary: { files: number; overall: string } };

describe("a batch of counties", () => {
  const dir = join(mkdtempSync(join(tmpdir(), "lingling-batch-")), "counties");
  const paths = generateCounties(dir, 40, SEED);

  it("gives the same verdicts and reasons as each file checked alone", () => {
    const batch = JSON.parse(cli(["-f", "json", dir]).stdout) as Report;
    expect(batch.files.map((f) => f.file)).toEqual(paths); // in input order, whatever thread checked it
    expect(batch.summary.files).toBe(40);
    // A sample of the files, one at a time, on the main thread.
    for (const path of paths.filter((_, i) => i % 7 === 0)) {
      const alone = JSON.parse(cli(["-f", "json", path]).stdout) as Report;
      expect(batch.files.find((f) => f.file === path)).toEqual(alone.files[0]);
    }
  });

  it("the table and the worst file's exit status across the batch", () => {
    const r = cli(["-q", dir]);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^40 files: .* — overall [A-Z]+$/);
    expect(r.status).toBe(1);
  });

  it("with one broken file: the rest are reported, the error is located, and it is in the report file too", () => {
    const broken = join(dir, "..", "with-broken");
    generateCounties(broken, 30, SEED);
    writeFileSync(join(broken, "county-0013.yaml"), "region: {name: x\nplan: [\n");
    const out = join(broken, "..", "report.json");
    const r = cli(["-f", "json", "-o", out, "-f", "table", "-q", broken]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/county-0013\.yaml:\d+:\d+: error\[yaml-syntax\]/);
    expect(r.stdout).toMatch(/^30 files: .* · 1 not checked \(input errors above\) — overall /m);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report.files).toHaveLength(29);
    expect(report.errors.length).toBeGreaterThan(0);
    for (const e of report.errors) expect(e.file).toMatch(/county-0013\.yaml$/);
    expect(readdirSync(join(broken, "..")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
