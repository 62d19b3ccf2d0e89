/**
 * The range a row's value can take (assess/range.ts), each case a literal: a share within 0–100 %
 * (0–1000 ‰), an amount of something at least 0, a change or another unit unbounded; a side the
 * row's own values leave is opened; clamp holds a number inside and says which end held it.
 */
import { describe, expect, it } from "vitest";
import { clamp, possibleRange } from "../../src/assess/range.js";

const row = (unit: string, values: Array<number | string> = [], measure?: "delta") => ({
  unit,
  ...(measure ? { measure } : {}),
  series: values.map((v, i) => ({
    year: 2022 + i,
    value: typeof v === "number" ? { kind: "number" as const, n: v } : { kind: "text" as const, text: v },
  })),
});

describe("the range of a row's value", () => {
  it.each([
    ["%", { min: 0, max: 100 }],
    ["％", { min: 0, max: 100 }],
    ["‰", { min: 0, max: 1000 }],
    [" % ", { min: 0, max: 100 }],
    ["μg/m³", { min: 0 }],
    ["mg/L", { min: 0 }],
    ["万元", { min: 0 }],
    ["公顷", { min: 0 }],
    ["个", { min: 0 }],
    ["分贝", {}],
    ["", {}],
  ] as const)("%j: %j", (unit, range) => {
    expect(possibleRange(row(unit) as never)).toEqual(range);
  });

  it("is unbounded for a change, whatever its unit", () => {
    expect(possibleRange(row("%", [], "delta") as never)).toEqual({});
  });

  it("opens a side the row's own values leave, and only that side", () => {
    expect(possibleRange(row("%", [50, 104]) as never)).toEqual({ min: 0 });
    expect(possibleRange(row("%", [-3, 20]) as never)).toEqual({ max: 100 });
    expect(possibleRange(row("%", [-3, 104]) as never)).toEqual({});
    expect(possibleRange(row("μg/m³", [-1]) as never)).toEqual({});
    // On the ends themselves, and text, nothing opens.
    expect(possibleRange(row("%", [0, 100, "约95"]) as never)).toEqual({ min: 0, max: 100 });
  });
});

describe("clamp", () => {
  it.each([
    [105, { min: 0, max: 100 }, { value: 100, held: "max" }],
    [-2, { min: 0, max: 100 }, { value: 0, held: "min" }],
    [100, { min: 0, max: 100 }, { value: 100 }],
    [0, { min: 0, max: 100 }, { value: 0 }],
    [42, { min: 0 }, { value: 42 }],
    [-7, {}, { value: -7 }],
    [1e9, { min: 0 }, { value: 1e9 }],
  ] as const)("%d in %j: %j", (n, range, expected) => {
    expect(clamp(n, range)).toEqual(expected);
  });
});
