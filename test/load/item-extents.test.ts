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

describe("a row's extent, measured from its lines", () => {
  it("is found in files of every kind the repository holds", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)("%s: every sequence item ends where the whole-file parse says", (file) => {
    const text = readFileSync(file, "utf8");
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, logLevel: "silent" });
    if (doc.errors.length > 0 || text.includes("\r")) return;
    const extents = new Extents(() => text);
    const items: Node[] = [];
    const visit = (n: unknown): void => {
      if (isSeq(n)) {
        if (!n.flow) for (const item of n.items) if (item && (isMap(item) || isScalar(item))) items.push(item as Node);
        n.items.forEach(visit);
      } else if (isMap(n)) for (const p of n.items) visit(p.value);
    };
    visit(doc.contents);
    for (const item of items) {
      const start = lines.linePos(item.range![0]);
      // An item whose content is not on its dash's line is not a row the findings point at.
      const lineText = text.split("\n")[start.line - 1]!;
      if (!/^\s*-\s/.test(lineText) || isMap(item) === false || item.range![0] === item.range![1]) continue;
      const end = lines.linePos(lastEnd(item, text));
      expect(extents.item(start.line), `${file}:${start.line}`).toEqual({
        line: start.line,
        column: start.col,
        endLine: end.line,
        endColumn: end.col,
      });
    }
  });
});
