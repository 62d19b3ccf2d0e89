/**
 * A mapping has no order: shuffling the keys of the file, its region, its plan and every row (and
 * the rows themselves, and the maps inside rows) must not change a single verdict or reason.
 * The seed is first varied — observed values added, a built-in edition named, a year chosen — so
 * that every kind of check, progress and forecasts included, is compared.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMap, isSeq, parseDocument, type Document, type Node } from "yaml";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { reason } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";
import { params, timeoutFor } from "./budget.js";
import { SEED_TEXT } from "./mutate.js";

/** A small deterministic generator, so that one integer from fast-check replays a whole shuffle. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** Shuffles every mapping's pairs, at every depth; with `rows`, the indicator rows too. */
function shuffleDeep(node: unknown, random: () => number, rows: boolean, path: readonly string[] = []): void {
  if (isMap(node)) {
    shuffle(node.items, random);
    for (const pair of node.items)
      shuffleDeep(pair.value, random, rows, [...path, String((pair.key as { value?: unknown } | null)?.value)]);
  } else if (isSeq(node)) {
    // Only the rows are free to move; by_region cases are tried in order and keep it.
    if (rows && path.length === 1 && path[0] === "indicators") shuffle(node.items, random);
    for (const item of node.items) shuffleDeep(item, random, rows, path);
  }
}

interface Variation {
  edition: boolean;
  /** Observed values per row index: year → value. */
  actuals: Array<{ row: number; values: Array<{ year: number; value: number | string }> }>;
  year: number | undefined;
  shuffleSeed: number;
  rows: boolean;
}

const valueArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .double({ min: -5, max: 120, noNaN: true, noDefaultInfinity: true })
      .map((n) => Math.round(n * 100) / 100),
  },
  { weight: 1, arbitrary: fc.constantFrom("已建立", "开展", "无黑臭水体", "不涉及", "约90", "数据待核实", "25.5%") },
);

const variationArb: fc.Arbitrary<Variation> = fc.record({
  edition: fc.boolean(),
  actuals: fc.array(
    fc.record({
      row: fc.nat({ max: 40 }),
      values: fc.uniqueArray(fc.record({ year: fc.integer({ min: 2023, max: 2031 }), value: valueArb }), {
        selector: (v) => v.year,
        maxLength: 4,
      }),
    }),
    { maxLength: 8 },
  ),
  year: fc.option(fc.integer({ min: 2023, max: 2031 }), { nil: undefined }),
  shuffleSeed: fc.integer(),
  rows: fc.boolean(),
});

/** The seed with the variation's values and edition applied (not yet shuffled). */
function varied(v: Variation): Document {
  const doc = parseDocument(SEED_TEXT);
  if (v.edition) doc.set("standard", "county-2024");
  const rows = doc.get("indicators");
  if (isSeq(rows)) {
    for (const { row, values } of v.actuals) {
      const item = rows.items[row % rows.items.length];
      if (!isMap(item) || values.length === 0) continue;
      item.set("actuals", doc.createNode(Object.fromEntries(values.map(({ year, value }) => [year, value]))));
    }
  }
  return doc;
}

/** Everything an assessment decides, per indicator id: verdicts, reasons and forecasts. */
function decisions(a: FileAssessment) {
  const byId = Object.fromEntries(
    a.indicators.map((i) => [
      i.indicator.id,
      {
        verdict: i.verdict,
        checks: Object.fromEntries(
          Object.entries(i.checks).map(([name, c]) => [
            name,
            {
              verdict: c.verdict,
              year: c.year,
              rule: c.rule,
              reason: reason("en", c.outcome),
              forecast: c.forecast?.class,
            },
          ]),
        ),
      },
    ]),
  );
  return { year: a.year, summary: a.summary, byId };
}

describe("verdicts do not depend on key order", () => {
  it("the seed with its rows' keys reversed is assessed the same", () => {
    const doc = parseDocument(SEED_TEXT);
    const rows = doc.get("indicators");
    if (isSeq(rows)) for (const row of rows.items) if (isMap(row)) row.items.reverse();
    const a = loadIndicatorFile(SEED_TEXT, "seed.yaml");
    const b = loadIndicatorFile(doc.toString(), "seed.yaml");
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(decisions(assess(b.value))).toEqual(decisions(assess(a.value)));
  });

  it(
    "shuffled keys of the file, region, plan, every row and the maps in rows (and the rows)",
    () => {
      let progress = 0;
      fc.assert(
        fc.property(variationArb, (v) => {
          const before = varied(v);
          const text = before.toString();
          const after = varied(v);
          shuffleDeep(after.contents as Node, mulberry32(v.shuffleSeed), v.rows);
          const shuffled = after.toString();
          const a = loadIndicatorFile(text, "seed.yaml");
          const b = loadIndicatorFile(shuffled, "seed.yaml");
          expect(b.ok, "the shuffled file loads exactly when the original does").toBe(a.ok);
          if (!a.ok || !b.ok) {
            if (!a.ok && !b.ok)
              expect(new Set(b.errors.map((e) => e.code))).toEqual(new Set(a.errors.map((e) => e.code)));
            return;
          }
          const options = v.year === undefined ? {} : { year: v.year };
          const x = assess(a.value, options);
          const y = assess(b.value, options);
          if (x.indicators.some((i) => i.checks.progress)) progress++;
          expect(decisions(y)).toEqual(decisions(x));
        }),
        params("keyOrder"),
      );
      console.log(`fuzz: key order: ${progress} cases with progress checks compared`);
    },
    timeoutFor("keyOrder", 60),
  );
});
