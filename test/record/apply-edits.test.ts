/**
 * applyEdits puts every edit in at its offsets in the original text, in one pass: the oracle here
 * is the plain way, each edit spliced in from the end of the text so that earlier offsets hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/record/record.js";

type Edit = { at: number; end: number; insert: string };

/** Splicing from the end: of two edits at one place, the later one given ends up after. */
function spliced(text: string, edits: readonly Edit[]): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.end - a.end || b.i - a.i);
  let out = text;
  for (const e of order) out = out.slice(0, e.at) + e.insert.replaceAll("\n", eol) + out.slice(e.end);
  return out;
}

describe("applyEdits", () => {
  it("gives what splicing each edit in from the end gives (edits that do not overlap)", () => {
    const textAndEdits = fc.tuple(fc.string({ maxLength: 40 }), fc.boolean()).chain(([body, crlf]) => {
      const text = crlf ? body.replaceAll("\n", "\r\n") : body;
      // Cut points in order; between two of them an insertion or a replacement.
      return fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }).chain((cuts) => {
        const points = [...cuts].sort((a, b) => a - b);
        const spans = points.map((at, i) => ({ at, next: points[i + 1] ?? text.length }));
        return fc.tuple(
          fc.constant(text),
          fc.tuple(
            ...spans.map(({ at, next }) =>
              fc.record({
                at: fc.constant(at),
                end: fc.integer({ min: at, max: next }),
                insert: fc.constantFrom("", "x", "a: 1\n", "\n  - {id: 2}\n", "中"),
                twice: fc.boolean(),
              }),
            ),
          ),
        );
      });
    });
    fc.assert(
      fc.property(textAndEdits, ([text, picked]) => {
        // An edit "twice" gets a second insertion at its place, given after it.
        const edits: Edit[] = picked.flatMap(({ at, end, insert, twice }) =>
          twice
            ? [
                { at, end, insert },
                { at, end: at, insert: "+" },
              ]
            : [{ at, end, insert }],
        );
        const shuffled = [...edits].reverse();
        expect(applyEdits(text, edits)).toBe(spliced(text, edits));
        expect(applyEdits(text, shuffled)).toBe(spliced(text, shuffled));
      }),
      { numRuns: 2000, seed: 20_261_207 },
    );
  });

  it("puts 20,000 edits into a text of 20,000 lines", () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `  - {id: "X${i}", baseline: 25}\n`);
    const text = lines.join("");
    // Each edit just before its line's closing brace.
    let lineStart = 0;
    const edits = lines.map((line) => {
      const at = lineStart + line.indexOf("}");
      lineStart += line.length;
      return { at, end: at, insert: ", actuals: {2024: 1}" };
    });
    const out = applyEdits(text, edits);
    expect(out.split("\n")[19_999]).toBe('  - {id: "X19999", baseline: 25, actuals: {2024: 1}}');
    expect(out.match(/actuals/g)).toHaveLength(20_000);
  });
});
