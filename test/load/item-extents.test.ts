/**
 * A row's extent (where a CI annotation of it ends) measured from the file's lines agrees with the
 * extent of the same item in a whole-document parse by `yaml`, for every sequence item of every
 * YAML file in the repository: rows in block and flow style, with comments, quotes and block scalars.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { Extents } from "../../src/load/positions.js";

/** The oracle: where an item's last value ends, from the whole file's parse (comments after it left out). */
function lastEnd(node: Node, text: string): number {
  let at: unknown = node;
  while ((isMap(at) || isSeq(at)) && !at.flow && at.items.length > 0) {
    const last = at.items.at(-1);
    at = isPair(last) ? (last.value ?? last.key) : last;
  }
  let end = (at as Node).range![1];
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (isScalar(at) && at.value === null && text[end] === ":") end++;
  return end;
}

const files = ["seeds", "test", "data"].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f)),
);

interface Row {
  line: number;
  expected: { line: number; column: number; endLine: number; endColumn: number };
}

/** Each block sequence item that is a mapping starting on its dash's line (a row), with the whole-file parse's extent. */
function rowsOf(file: string): { text: string; rows: Row[] } {
  const text = readFileSync(file, "utf8");
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, logLevel: "silent" });
  // Files that do not parse are errors' business, not findings'; CR line ends are measured elsewhere.
  if (doc.errors.length > 0 || text.includes("\r")) return { text, rows: [] };
  const textLines = text.split("\n");
  const rows: Row[] = [];
  const visit = (n: unknown): void => {
    if (isSeq(n)) {
      for (const item of n.items) {
        if (!n.flow && isMap(item) && item.range![0] !== item.range![1]) {
          const start = lines.linePos(item.range![0]);
          if (/^\s*-\s/.test(textLines[start.line - 1]!)) {
            const end = lines.linePos(lastEnd(item, text));
            rows.push({
              line: start.line,
              expected: { line: start.line, column: start.col, endLine: end.line, endColumn: end.col },
            });
          }
        }
        visit(item);
      }
    } else if (isMap(n)) for (const p of n.items) visit(p.value);
  };
  visit(doc.contents);
  return { text, rows };
}

const cases = files.map((file) => ({ file, ...rowsOf(file) })).filter((c) => c.rows.length > 0);

describe("a row's extent, measured from its lines", () => {
  it("is compared on files of every kind the repository holds, hundreds of rows", () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(cases.reduce((n, c) => n + c.rows.length, 0)).toBeGreaterThan(400);
  });

  it.each(cases)("$file: every row ends where the whole-file parse says", ({ file, text, rows }) => {
    const extents = new Extents(() => text);
    for (const { line, expected } of rows) expect(extents.item(line), `${file}:${line}`).toEqual(expected);
  });
});
