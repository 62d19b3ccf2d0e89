/**
 * Lines and columns of offsets in a text, counted in place (load/errors.ts), against the plain
 * reckoning by splitting the text: the same answer for any text and any offset, past its end too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineStarts, placeOf } from "../../src/load/errors.js";

const text = fc
  .array(fc.constantFrom("a", "\n", "\r\n", "中", " ", "\t", "𠀀"), { maxLength: 60 })
  .map((p) => p.join(""));

describe("places in a text", () => {
  it("placeOf: the line is one more than the line breaks before the offset; the column counts from the last", () => {
    fc.assert(
      fc.property(text, fc.nat(70), (t, offset) => {
        const before = t.slice(0, offset);
        expect(placeOf(t, offset)).toEqual({
          line: before.split("\n").length,
          column: offset - before.lastIndexOf("\n"),
        });
      }),
    );
  });

  it("lineStarts: 0, then the offset after every line break", () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = [0];
        t.split("\n").forEach((line, i, lines) => {
          if (i < lines.length - 1) expected.push(expected.at(-1)! + line.length + 1);
        });
        expect([...lineStarts(t)]).toEqual(expected);
      }),
    );
  });

  it("a text of more lines than the first allocation holds", () => {
    const starts = lineStarts("x\n".repeat(5000));
    expect(starts.length).toBe(5001);
    expect(starts[4999]).toBe(9998);
    expect(starts[5000]).toBe(10000);
    expect(placeOf("x\n".repeat(5000), 9999)).toEqual({ line: 5000, column: 2 });
  });
});
