/**
 * `history -f json` of a long history is written a row at a time: 60 rows over 79 years, each
 * reason some 2,000 characters (a 100 KB file, a 14.6 MB report), within 128 MB of heap. Made
 * whole, as one object and one string, it ran out of memory there (and a 10 MB file of such rows
 * ran out at 4 GB).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, removeTempDirs, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

describe("history -f json of 60 rows over 79 years of long reasons", () => {
  it("is written within 128 MB of heap, every row and year in it", () => {
    const dir = tempDir();
    const rule = Array(50).fill("≥1，且≤99").join("或");
    const years = Array.from({ length: 79 }, (_, k) => `${2022 + k}: ${50 + (k % 7)}`).join(", ");
    const rows = Array.from(
      { length: 60 },
      (_, i) => `  - id: "${i + 1}"\n    name: 行${i}\n    standard: "${rule}"\n    actuals: {${years}}`,
    );
    const file = join(dir, "long.yaml");
    writeFileSync(file, `region: {name: 测试县}\nplan: {base_year: 2022}\nindicators:\n${rows.join("\n")}\n`);
    const out = join(dir, "history.json");
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=128", BIN, "history", file, "-f", "json", "-o", out, "--lang", "en"],
      { encoding: "utf8" },
    );
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      files: Array<{
        indicators: Array<{ id: string; verdicts: Record<string, { verdict: string; reason: string }> }>;
      }>;
    };
    const indicators = report.files[0]!.indicators;
    expect(indicators.map((i) => i.id)).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1)));
    for (const i of indicators) expect(Object.keys(i.verdicts).length).toBe(79);
    const last = indicators[59]!.verdicts["2100"]!;
    expect(last.verdict).toBe("PASS");
    expect(
      last.reason.startsWith(
        "2100 against the standard (no plan target for this phase): ✓ 2100: 51 meets ≥1; and ✓ 2100: 51 meets ≤99; or ✓ 2100: 51 meets ≥1",
      ),
    ).toBe(true);
  }, 120_000);
});
