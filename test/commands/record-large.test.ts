/**
 * `record` into a file of 100,000 rows: the rows recorded into are parsed to be edited, not the
 * whole file (which took 23 s and 700 MB), and what is written differs from the file in those rows'
 * lines alone.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, removeTempDirs, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

describe("record into a file of 100,000 rows", () => {
  it("edits the named rows within 192 MB of heap, and nothing else", () => {
    const dir = tempDir();
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      i === 4
        ? `  - {id: "${i}", name: x, standard: ≥1, actuals: {2024: 3}}`
        : `  - {id: "${i}", name: x, standard: ≥1}`,
    );
    const head = "# rows of a test\nregion: {name: 某县}\nplan: {base_year: 2022}\nindicators:\n";
    const before = `${head}${rows.join("\n")}\n  # after the last row\n`;
    const file = join(dir, "big.yaml");
    writeFileSync(file, before);
    const result = spawnSync(
      process.execPath,
      [
        "--max-old-space-size=192",
        BIN,
        "record",
        file,
        "--year",
        "2024",
        "--set",
        "4=7",
        "--set",
        "50000=1.5",
        "--set",
        "99999=8",
        "--force",
        "--lang",
        "en",
      ],
      { encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = before.split("\n");
    lines[8] = `  - {id: "4", name: x, standard: ≥1, actuals: {2024: 7}}`;
    lines[50_004] = `  - {id: "50000", name: x, standard: ≥1, actuals: {2024: 1.5}}`;
    lines[100_003] = `  - {id: "99999", name: x, standard: ≥1, actuals: {2024: 8}}`;
    expect(readFileSync(file, "utf8")).toBe(lines.join("\n"));
  }, 120_000);
});
