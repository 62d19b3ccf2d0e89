/** The Dice coefficient of two contents' character pairs, against counting the pairs by hand. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  everyEarlier,
  firstAlike,
  indexedFirstAlike,
  pairSimilarity,
  pairsOf,
  similarityBound,
  type SimilarityWork,
} from "../../src/projects/similarity.js";
import { seeded } from "../support/random.js";

/** Every pair of neighbouring UTF-16 units, as two-unit strings; shared = Σ min(count in a, count in b). */
function diceByHand(a: string, b: string): number {
  const pairs = (t: string) => Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  for (const pair of new Set(left))
    shared += Math.min(left.filter((p) => p === pair).length, right.filter((p) => p === pair).length);
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

describe("the first earlier content alike enough (firstAlike)", () => {
  const THRESHOLD = 0.85;
  /** Every earlier text of the same group, in order, as the search once compared them. */
  function allPairs(texts: string[], groups: string[]) {
    return texts.map((a, i) => {
      for (let j = 0; j < i; j++) {
        if (groups[j] !== groups[i]) continue;
        const b = texts[j]!;
        const alike = a === b ? 1 : a.length > 1 && b.length > 1 ? diceByHand(a, b) : 0;
        if (alike >= THRESHOLD) return { index: j, similarity: alike };
      }
      return undefined;
    });
  }

  // A plan's few dozen contents are compared pair by pair; longer lists through the index. Both are held to the oracle.
  const SEARCHES = { firstAlike, everyEarlier, indexedFirstAlike };

  it.each(Object.keys(SEARCHES))("%s names the first alike text, even where an identical text comes later", (name) => {
    // B's twin is identical to B, but A, before B, is alike enough to both: A is the first.
    const texts = ["道清淤生态护岸aabb", "河道清淤生态护岸aabb", "河道清淤生态护岸aabb"];
    const found = SEARCHES[name as keyof typeof SEARCHES](texts, ["", "", ""], THRESHOLD);
    expect(found.map((f) => f?.index)).toEqual([undefined, 0, 0]);
    expect(found[2]!.similarity).toBeCloseTo(diceByHand(texts[0]!, texts[2]!), 12);
  });

  it.each(Object.keys(SEARCHES))(
    "%s finds what comparing every pair finds: the same earlier text, equally alike",
    (name) => {
      const search = SEARCHES[name as keyof typeof SEARCHES];
      // Texts built from a few words and letters, so that many are near one another; groups as figures are.
      const word = fc.constantFrom("污水处理", "管网", "改造", "a", "b", "水", "𠀀", "1", "2");
      const loose = fc.array(word, { maxLength: 14 }).map((w) => w.join(""));
      // And texts a few words away from one of three, near the threshold on either side.
      const bases = ["建设污水处理设施及配套管网工程", "ab水水水改造管网管网ba12", "河道清淤生态护岸aabb"];
      const near = fc
        .tuple(
          fc.constantFrom(...bases),
          fc.array(word, { maxLength: 3 }),
          fc.array(word, { maxLength: 3 }),
          fc.nat(20),
        )
        .map(([b, before, after, cut]) => `${before.join("")}${b.slice(0, cut)}${b.slice(cut + 1)}${after.join("")}`);
      fc.assert(
        fc.property(fc.array(fc.oneof(loose, near, near), { maxLength: 40 }), (texts) => {
          const groups = texts.map((t) => (t.match(/\d/g) ?? []).join(""));
          const found = search(texts, groups, THRESHOLD);
          const expected = allPairs(texts, groups);
          expect(found.map((f) => f?.index)).toEqual(expected.map((e) => e?.index));
          for (const [i, f] of found.entries()) if (f) expect(f.similarity).toBeCloseTo(expected[i]!.similarity, 12);
        }),
        { numRuns: 500 },
      );
    },
  );

  it("compares 10,000 contents without figures a few times each, not every pair (≈ 50 million)", () => {
    // Village works as a plan lists them: the same facilities in other places, some repeated.
    const places = (i: number) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20000), 0x4e00 + ((i * 104729) % 20000), 0x4e00 + ((i * 31) % 977));
    const works = [
      "建设污水处理设施及配套管网",
      "实施河道清淤与生态护岸工程",
      "新建垃圾收运站并配置转运车辆",
      "开展农村人居环境整治提升",
    ];
    const texts = Array.from({ length: 10_000 }, (_, i) => `在${places(i % 9000)}村${works[i % works.length]}`);
    const work = { comparisons: 0 };
    const found = firstAlike(
      texts,
      texts.map(() => ""),
      THRESHOLD,
      work,
    );
    // The 1,000 repeats find their first writing without comparing it; the others, near but not alike enough, are few.
    expect(found.filter((f) => f?.similarity === 1)).toHaveLength(1000);
    expect(work.comparisons).toBeLessThan(20_000);
  });

  it("stops at the first alike enough: 10,000 near copies of one content are compared once each", () => {
    const texts = Array.from(
      { length: 10_000 },
      (_, i) =>
        `在${String.fromCharCode(0x4e00 + (i % 5000), 0x4e00 + Math.floor(i / 5000))}村建设污水处理设施及配套管网工程`,
    );
    const work = { comparisons: 0 };
    const found = firstAlike(
      texts,
      texts.map(() => ""),
      THRESHOLD,
      work,
    );
    expect(found[0]).toBeUndefined();
    expect(found.slice(1).every((f) => f !== undefined)).toBe(true);
    expect(work.comparisons).toBe(9_999);
  });
});

describe("the search's limit of work", () => {
  const THRESHOLD = 0.85;
  /** 10,000 texts of 120–160 letters drawn from ten (mulberry32, a fixed seed): every text shares most pairs with every other. */
  function fewLetters(): string[] {
    const next = seeded(12345);
    return Array.from({ length: 10_000 }, () =>
      Array.from({ length: 120 + Math.floor(next() * 41) }, () => "abcdefghij"[Math.floor(next() * 10)]).join(""),
    );
  }

  it("texts alike in most pairs are searched as far as the limit goes; identical ones are found to the end", () => {
    const texts = fewLetters();
    texts[9_990] = texts[5]!;
    texts[9_995] = texts[9_993]!;
    const work: SimilarityWork = { comparisons: 0 };
    const found = firstAlike(
      texts,
      texts.map(() => ""),
      THRESHOLD,
      work,
    );
    // Comparing every pair would take some 50 million comparisons of 150 pairs each.
    expect(work.stoppedAt).toBeGreaterThan(0);
    expect(work.stoppedAt).toBeLessThan(9_990);
    expect(work.comparisons).toBeLessThan(1_000_000);
    expect(found[9_990]).toEqual({ index: 5, similarity: 1 });
    expect(found[9_995]).toEqual({ index: 9_993, similarity: 1 });
    expect(found.filter((f) => f !== undefined)).toHaveLength(2);
  });

  it("a plan's own contents are searched whole", () => {
    const texts = ["建设污水处理设施及配套管网", "建设污水处理设施及配套管网工程", "实施河道清淤与生态护岸工程"];
    const work: SimilarityWork = { comparisons: 0 };
    expect(firstAlike(texts, ["", "", ""], THRESHOLD, work).map((f) => f?.index)).toEqual([undefined, 0, undefined]);
    expect(work.stoppedAt).toBeUndefined();
  });
});
