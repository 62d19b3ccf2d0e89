/**
 * The fixes the build applies to cli-table3 (scripts/shims/cli-table3.patches.mjs) change how fast
 * it draws, never what: the patched library and the one in node_modules draw the same random
 * tables alike, debug messages included, and a cli-table3 whose text differs fails the build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_TABLE3_PATCHES, patchCliTable3 } from "../../scripts/shims/cli-table3.patches.mjs";

const require = createRequire(import.meta.url);
const pristineDir = join(require.resolve("cli-table3/package.json"), "..");
// Beside the real one, so that what it requires resolves as the real one's does.
const cacheDir = join(pristineDir, "..", ".cache");
mkdirSync(cacheDir, { recursive: true });
const patchedDir = mkdtempSync(join(cacheDir, "cli-table3-patched-"));
cpSync(pristineDir, patchedDir, { recursive: true });
for (const file of Object.keys(CLI_TABLE3_PATCHES)) {
  const path = join(patchedDir, "src", file);
  writeFileSync(path, patchCliTable3(file, readFileSync(path, "utf8")));
}
afterAll(() => rmSync(patchedDir, { recursive: true, force: true }));

type TableCtor = new (options: object) => { push(...rows: unknown[]): void; toString(): string; messages?: string[] };
const Pristine = require(pristineDir) as TableCtor;
const Patched = require(patchedDir) as TableCtor;

// Texts as the report's cells hold them: CJK, marks, colour codes, several lines, empty; cells
// with spans or border characters of their own.
const text = fc
  .array(
    fc.constantFrom(
      "生态",
      "文明",
      "≥",
      "93",
      "✓ ",
      "ΔEQI",
      " ",
      "\n",
      "\u001b[31m",
      "\u001b[39m",
      "a-b",
      "…",
      "保持稳定或持续改善",
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));
const cellValue = fc.oneof(
  { weight: 4, arbitrary: text },
  {
    weight: 1,
    arbitrary: fc.record({
      content: text,
      colSpan: fc.integer({ min: 1, max: 2 }),
      hAlign: fc.constantFrom("left", "center", "right"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      content: text,
      rowSpan: fc.integer({ min: 1, max: 2 }),
      vAlign: fc.constantFrom("top", "center", "bottom"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      content: text,
      chars: fc.record(
        { left: fc.constantFrom("║", "|"), top: fc.constantFrom("═", "-"), "top-left": fc.constantFrom("╔", "+") },
        { requiredKeys: [] },
      ),
    }),
  },
);
const options = fc.record(
  {
    head: fc.array(text, { maxLength: 4 }),
    colWidths: fc.array(fc.integer({ min: 3, max: 14 }), { maxLength: 4 }),
    wordWrap: fc.boolean(),
    style: fc.record({
      "padding-left": fc.integer({ min: 0, max: 2 }),
      "padding-right": fc.integer({ min: 0, max: 2 }),
      head: fc.constant([]),
      border: fc.constant([]),
    }),
    chars: fc.record(
      { mid: fc.constantFrom("", "─"), "left-mid": fc.constantFrom("", "├"), "top-left": fc.constantFrom("┌", "+") },
      { requiredKeys: [] },
    ),
    debug: fc.constantFrom(0, 1, 2, 3),
  },
  { requiredKeys: ["head", "style"] },
);

// Rows of any shape, spans among them; and the report's own shape: a text in every column.
const anyRows = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 4 }), { maxLength: 5 });
const rectangularRows = fc
  .integer({ min: 1, max: 5 })
  .chain((columns) => fc.array(fc.array(text, { minLength: columns, maxLength: columns }), { maxLength: 6 }));

function draw(Table: TableCtor, opts: object, rows: unknown[][]) {
  try {
    const table = new Table(structuredClone(opts));
    table.push(...structuredClone(rows));
    return { text: table.toString(), messages: table.messages };
  } catch (error) {
    return { error: String(error) };
  }
}

describe("cli-table3 as the build patches it", () => {
  it("draws every table as the unpatched library does, and keeps the same debug messages", () => {
    fc.assert(
      fc.property(options, fc.oneof(anyRows, rectangularRows), (opts, rows) => {
        expect(draw(Patched, opts, rows)).toEqual(draw(Pristine, opts, rows));
      }),
      { numRuns: 400 },
    );
  });

  it("refuses a cli-table3 whose text is not the one each fix was written for", () => {
    const cell = readFileSync(join(pristineDir, "src", "cell.js"), "utf8");
    expect(() =>
      patchCliTable3("cell.js", cell.replace("function firstDefined(...args)", "function firstDefined(...values)")),
    ).toThrow(/cell\.js: the text to patch is not there exactly once/);
    expect(patchCliTable3("cell.js", cell)).not.toBe(cell);
  });
});
