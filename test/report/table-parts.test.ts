/**
 * A long table is drawn by cli-table3 in parts (its objects for every cell of 300,000 rows took
 * gigabytes): the parts joined are exactly the table cli-table3 draws in one piece, for any cells —
 * Chinese, emoji, colours, several lines, empty — and any part size.
 */
import { Chalk } from "chalk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableText } from "../../src/report/table.js";

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

  it("draws 2,500 rows in parts of 1,000 as one table: one top border, the head once, one bottom border", () => {
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
