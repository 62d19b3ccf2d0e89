/**
 * What a year's judgement sees of a row's series (src/assess/context.ts): the base-year value is
 * the last observation at or before the base year, and the series judged for a year runs from the
 * deciding window's start up to that year. Checked on random series against a plain filter of the
 * observations, the oracle.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baseObservation, evalContext } from "../../src/assess/context.js";
import type { Indicator, IndicatorFile, Observation } from "../../src/model/types.js";

const observations = fc
  .uniqueArray(fc.integer({ min: 2010, max: 2040 }), { maxLength: 12 })
  .map((years) =>
    years.sort((a, b) => a - b).map((year): Observation => ({ year, value: { kind: "number", n: year } })),
  );

function row(series: Observation[], rule?: unknown): Indicator {
  return { id: "1", name: "x", series, superior: [], ...(rule ? { standard: { rule } } : {}) } as unknown as Indicator;
}

const file = { plan: { baseYear: 2022 } } as unknown as IndicatorFile;

describe("what a year's judgement sees of a series", () => {
  it("the base-year value is the last observation at or before the base year", () => {
    fc.assert(
      fc.property(observations, fc.integer({ min: 2005, max: 2045 }), (series, baseYear) => {
        expect(baseObservation(row(series), baseYear)).toBe(series.filter((o) => o.year <= baseYear).at(-1));
      }),
    );
  });

  it("a year after the base year sees the series from the base-year value up to that year", () => {
    fc.assert(
      fc.property(observations, fc.integer({ min: 2005, max: 2045 }), (series, year) => {
        const base = series.filter((o) => o.year <= 2022).at(-1)?.year ?? 2022;
        const from = year <= 2022 ? Number.NEGATIVE_INFINITY : base;
        const seen = evalContext(file, row(series), year).series;
        expect(seen).toEqual(series.filter((o) => o.year >= from && o.year <= year));
      }),
    );
  });

  it("a window of five years reaches back before the base-year value", () => {
    const series = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].map(
      (year): Observation => ({ year, value: { kind: "number", n: year } }),
    );
    const rule = { kind: "trend", direction: "up", years: 5 };
    expect(evalContext(file, row(series, rule), 2024).series.map((o) => o.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024,
    ]);
  });
});
