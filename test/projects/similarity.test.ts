/** The Dice coefficient of two contents' character pairs, against counting the pairs by hand. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pairSimilarity, pairsOf, similarityBound } from "../../src/projects/similarity.js";

/** Every pair of neighbouring UTF-16 units, as two-unit strings; shared = Σ min(count in a, count in b). */
function diceByHand(a: string, b: string): number {
  const pairs = (t: string) => Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  for (const pair of new Set(left)) shared += Math.min(left.filter((p) => p === pair).length, right.filter((p) => p === pair).length);
  return (2 * shared) / (left.length + right.length);
}

describe("content similarity", () => {
  it("is 1 for the same text and counts a repeated pair as often as both texts have it", () => {
    expect(pairSimilarity(pairsOf("污水处理厂"), pairsOf("污水处理厂"))).toBe(1);
    // aaaa has aa three times, aab has it once: one shared of 3 + 2.
    expect(pairSimilarity(pairsOf("aaaa"), pairsOf("aab"))).toBeCloseTo(2 / 5);
    expect(pairSimilarity(pairsOf("a"), pairsOf("ab"))).toBe(0);
  });

  it("agrees with counting pairs by hand, and never exceeds its bound", () => {
    // Few letters, so that texts share pairs; Chinese and astral characters (two UTF-16 units) among them.
    const text = fc.string({ unit: fc.constantFrom("a", "b", "水", "污", "处", "𠀀", "1"), maxLength: 30 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        fc.pre(a !== b && a.length > 1 && b.length > 1);
        const x = pairsOf(a);
        const y = pairsOf(b);
        expect(pairSimilarity(x, y)).toBeCloseTo(diceByHand(a, b), 12);
        expect(pairSimilarity(x, y)).toBe(pairSimilarity(y, x));
        expect(pairSimilarity(x, y)).toBeLessThanOrEqual(similarityBound(x.size, y.size) + 1e-12);
      }),
      { numRuns: 2000 },
    );
  });
});
