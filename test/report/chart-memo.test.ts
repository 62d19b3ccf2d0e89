/**
 * A chart's axes and legend are kept between charts (src/report/chart.ts): a chart drawn after
 * many others is the chart a fresh module draws, whatever the charts before it were.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { ChartData } from "../../src/report/chart.js";
import { Memo } from "../../src/memo.js";

const point = fc.record({
  year: fc.integer({ min: 2015, max: 2035 }),
  value: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 100 })),
});
const chart: fc.Arbitrary<ChartData> = fc.record({
  title: fc.string({ maxLength: 8 }),
  series: fc.array(point, { maxLength: 6 }),
  standard: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  targets: fc.array(point, { maxLength: 2 }),
  forecasts: fc.constant([]),
  legend: fc.record({
    series: fc.constantFrom("观测值", "observed"),
    standard: fc.constantFrom("国家标准", "<standard>"),
    target: fc.constant("目标"),
    forecast: fc.constant("预测"),
    pace: fc.constant("所需进度"),
  }),
});

describe("chartSvg with its kept axes and legends", () => {
  it("draws each chart as a module that has drawn nothing yet", async () => {
    const warm = (await import("../../src/report/chart.js")).chartSvg;
    await fc.assert(
      fc.asyncProperty(fc.array(chart, { minLength: 1, maxLength: 6 }), async (charts) => {
        vi.resetModules();
        const fresh = (await import("../../src/report/chart.js")).chartSvg;
        for (const c of charts) expect(warm(c)).toBe(fresh(c));
      }),
      { numRuns: 150 },
    );
  });
});

describe("Memo", () => {
  it("computes a key once, and again only after the store filled and was dropped", () => {
    const memo = new Memo<number>(2);
    let computed = 0;
    const get = (key: string) =>
      memo.get(key, () => {
        computed++;
        return key.length;
      });
    expect([get("a"), get("a"), get("bb")]).toEqual([1, 1, 2]);
    expect(computed).toBe(2);
    get("ccc"); // full: the store is dropped, then "ccc" kept
    expect(computed).toBe(3);
    get("a");
    expect(computed).toBe(4);
  });
});
