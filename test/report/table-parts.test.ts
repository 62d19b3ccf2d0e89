/**
 * A long table is drawn by cli-table3 in parts (its objects for every cell of 300,000 rows took
 * gigabytes): the parts joined are exactly the table cli-table3 draws in one piece, for any cells —
 * Chinese, emoji, colours, several lines, empty — and any part size.
 */
import { Chalk } from "chalk";
import fc from "fast-check";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tableText } from "../../src/report/table.js";
import { read, removeTempDirs, run, tempDir } from "../cli/run.js";
import { writeRows } from "../support/rowsFile.js";

const chalk = new Chalk({ level: 1 });
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    "生态文明建设工作占党政实绩考核的比例",
    "≥93",
    "✓ 25.5",
    "👩‍👩‍👧 家",
    "a\nbb\nccc",
    "μg/m³",
    "한국어",
  ),
  fc.string({ maxLength: 6 }).map((s) => chalk.red(`✗ ${s}`)),
);

describe("a table drawn in parts", () => {
  it("is the table drawn in one piece", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((columns) =>
          fc.record({
            head: fc.array(text, { minLength: columns, maxLength: columns }),
            rows: fc.array(fc.array(text, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 40 }),
            part: fc.integer({ min: 1, max: 12 }),
          }),
        ),
        ({ head, rows, part }) => {
          expect(tableText(head, rows, part)).toBe(tableText(head, rows, Number.POSITIVE_INFINITY));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("draws 2,500 rows in parts as one table: one top border, the head once, one bottom border", () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [String(i + 1), i % 7 === 3 ? "受污染耕地\n安全利用率" : "x"]);
    const drawn = tableText(["ID", "指标"], rows);
    expect(drawn).toBe(tableText(["ID", "指标"], rows, Number.POSITIVE_INFINITY));
    const lines = drawn.split("\n");
    expect(lines[0]).toBe("┌──────┬────────────┐");
    expect(lines[1]).toBe("│ ID   │ 指标       │");
    expect(lines.filter((l) => l.startsWith("┌") || l.startsWith("└"))).toHaveLength(2);
    expect(lines.at(-1)).toBe("└──────┴────────────┘");
    expect(lines.at(-2)).toBe("│ 2500 │ x          │");
  });
});

describe("the table report of a file of 2,500 rows, written in pieces", () => {
  afterAll(removeTempDirs);

  it("has the table whole, then every reason in row order, then the summary line", () => {
    const dir = tempDir();
    // Baselines 0…39 against ≥20: rows 1…20 of every 40 fail.
    writeRows(
      dir,
      "big.yaml",
      2500,
      (n) => `{id: ${n}, name: x, unit: "%", standard: ≥20, baseline: ${(n - 1) % 40}}`,
      "某县",
    );
    const r = run(["big.yaml", "--lang", "en", "-o", "out.txt", "--exit-zero"], { cwd: dir });
    expect(r.stderr).toBe("");
    const lines = read(join(dir, "out.txt")).split("\n");
    expect(lines[0]).toBe("big.yaml — 某县");
    expect(lines[1]).toMatch(/^┌/);
    expect(lines.filter((l) => l.startsWith("│")).length).toBe(2501);
    expect(lines.filter((l) => /^[┌└]/.test(l)).length).toBe(2);
    const reasonsAt = lines.indexOf("Reasons:");
    expect(lines[reasonsAt - 1]).toMatch(/^└/);
    const reasons = lines.slice(reasonsAt + 1, -2);
    expect(reasons).toHaveLength(1260);
    expect(reasons[0]).toBe("  ✗ FAIL    1 baseline: 2022: 0% does not meet ≥20");
    expect(reasons.at(-1)).toBe("  ✗ FAIL    2500 baseline: 2022: 19% does not meet ≥20");
    expect(lines.at(-2)).toBe("plan review — binding 2500: 1240 pass · 1260 fail — reference 0: none — overall FAIL");
    expect(lines.at(-1)).toBe("");
  });
});
