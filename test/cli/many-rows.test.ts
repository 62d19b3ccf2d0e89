/**
 * A file of many rows in every text format, run with a small call stack: nothing may pass each row
 * as an argument of one call (a spread, `push.apply`), which overflows the stack once rows number
 * in the hundreds of thousands. 20,000 rows under a 150 KB stack overflow the same way.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, removeTempDirs, tempDir } from "./run.js";

afterAll(removeTempDirs);

const ROWS = 20_000;

describe(`a file of ${ROWS.toLocaleString("en")} rows under a small call stack`, () => {
  const dir = tempDir();
  const file = join(dir, "rows.yaml");
  writeFileSync(
    file,
    `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n${Array.from(
      { length: ROWS },
      (_, i) => `- {id: x${i + 1}, name: n, standard: ≥20, baseline: ${i % 2 === 0 ? 25 : 15}}\n`,
    ).join("")}`,
  );

  it.each(["table", "markdown", "csv", "junit", "github", "sarif", "gitlab", "json", "html"])(
    "-f %s draws every row",
    (format) => {
      const out = join(dir, `out.${format}`);
      const r = spawnSync(process.execPath, ["--stack-size=150", BIN, file, "-f", format, "-o", out, "--force"], {
        encoding: "utf8",
        env: { ...process.env, LINGLING_LANG: "en", NO_COLOR: "1" },
        timeout: 120_000,
      });
      expect(r.stderr).toBe("");
      // Half the rows fail their standard (15 against ≥20).
      expect(r.status).toBe(1);
      expect(readFileSync(out, "utf8")).toContain(`x${ROWS}`);
    },
  );

  const template = (source: string, out: string) =>
    spawnSync(
      process.execPath,
      ["--stack-size=150", BIN, "record", source, "--template", "--year", "2024", "-o", out, "--force"],
      { encoding: "utf8", env: { ...process.env, LINGLING_LANG: "en", NO_COLOR: "1" }, timeout: 120_000 },
    );

  it("record --template refuses a sheet of every row, which record --from could not read back (past 20,000 rows)", () => {
    for (const name of ["template.xlsx", "template.csv"]) {
      const out = join(dir, name);
      const r = template(file, out);
      expect([r.status, r.stderr]).toEqual([
        2,
        "lingling-check: the sheet would have 20001 rows, and record --from reads at most 20000: nothing was written; make one per part of the file\n",
      ]);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("record --template writes a workbook of the most rows it can hold (8,000), under the same small stack", () => {
    const some = join(dir, "some.yaml");
    writeFileSync(
      some,
      readFileSync(file, "utf8")
        .split("\n")
        .slice(0, 3 + 8000)
        .join("\n"),
    );
    const out = join(dir, "some.xlsx");
    const r = template(some, out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});
