/**
 * A year, as the library's `year` option and a file's keys and `base_year` take one
 * (src/model/year.ts): four digits, 1949 to 2100, spaces around allowed. Found by mutation testing
 * (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { ArgumentError, assess, loadIndicatorFile } from "../../src/index.js";

const text = (baseYear: number | string, year: number | string) => `region: {name: 某县}
plan: {base_year: ${baseYear}}
indicators:
  - {id: "1", name: 森林覆盖率, unit: "%", standard: "≥20", baseline: {${year}: 25}}
`;

const load = (t: string) => {
  const loaded = loadIndicatorFile(t, "year.yaml");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
};

describe("the year option", () => {
  const file = load(text(2022, 2022));

  it.each([
    ["2024", 2024],
    [" 2024 ", 2024],
    ["1949", 1949],
    ["2100", 2100],
    [1949, 1949],
    [2100, 2100],
  ] as const)("%j is the year %s", (year, expected) => {
    expect(assess(file, { year }).year).toBe(expected);
  });

  it.each(["1948", "2101", 1948, 2101, 2024.5, "2024.0", "0x7e8", "2.024e3", "02024", "", "abcd"] as const)(
    "%j is refused",
    (year) => {
      expect(() => assess(file, { year })).toThrow(ArgumentError);
    },
  );
});

describe("a year in a file", () => {
  it("a baseline of 1949 loads", () => {
    expect(load(text(2022, 1949)).indicators[0]!.baseline.map((o) => o.year)).toEqual([1949]);
  });

  it.each([1949, 2100])("a base year of %s, with a baseline of that year, loads", (year) => {
    const file = load(text(year, year));
    expect(file.plan.baseYear).toBe(year);
    expect(file.indicators[0]!.baseline.map((o) => o.year)).toEqual([year]);
  });

  it.each([
    [2022, 1948],
    [2022, 2101],
    [1948, 2022],
    [2101, 2022],
    [2022.5, 2022],
  ])("base year %s, a baseline of %s: refused, at the year", (baseYear, year) => {
    const loaded = loadIndicatorFile(text(baseYear, year), "year.yaml");
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.map((e) => e.line)).toContain(baseYear === 2022 ? 4 : 2);
  });
});
