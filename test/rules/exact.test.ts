/**
 * Rules compare exactly (#23): a number is the decimal it is written as, and every move, change
 * and tolerance is worked out in decimal arithmetic, with no margin for floating-point error — so
 * 59.999999999 does not reach ≥60, and 1.3 → 1.2 moves exactly 0.1, within a tolerance of 0.1.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { differenceOrder } from "../../src/rules/decimal.js";
import { parseRule } from "../../src/rules/parse.js";
import { loadIndicatorFile } from "../../src/read.js";
import { evaluate, judge } from "./helpers.js";

const verdict = (...args: Parameters<typeof evaluate>) => evaluate(...args).verdict;

describe("thresholds compare the written decimals", () => {
  it.each([
    ["≥60", 59.999999999, "FAIL"],
    ["≥60", 60, "PASS"],
    ["≥60", "60.0", "PASS"],
    ["≥0.3", 0.1 + 0.2, "PASS"],
    [">60", 60.000000001, "PASS"],
    [">60", 60, "FAIL"],
    ["≤35", 35.0000000001, "FAIL"],
    ["<5", 4.9999999999, "PASS"],
    ["=100", 99.9999999999, "FAIL"],
    ["0.3-0.4之间", 0.2999999999, "FAIL"],
    ["0.3-0.4之间", 0.4000000001, "FAIL"],
  ] as const)("%s against %s is %s", (rule, value, expected) => {
    expect(verdict(rule, { series: { 2024: value } })).toBe(expected);
  });

  it("a reference value compares exactly: 77.9999999999 is below 不低于全省平均水平 of 78", () => {
    const o = { series: { 2024: 77.9999999999 }, referenceValues: { 2024: 78 } };
    expect(verdict("不低于全省平均水平", o)).toBe("FAIL");
  });
});

describe("moves and tolerances are exact", () => {
  it("1.3 → 1.2 moves exactly 0.1, within a tolerance of 0.1 (1.3 − 1.2 is 0.10000000000000009 in binary)", () => {
    expect(verdict("保持稳定或持续提高", { series: { 2023: 1.3, 2024: 1.2 }, tolerance: 0.1 })).toBe("PASS");
  });

  it("60.3 → 60.199999999 moves 0.100000001, beyond a tolerance of 0.1", () => {
    expect(verdict("保持稳定或持续提高", { series: { 2023: 60.3, 2024: 60.199999999 }, tolerance: 0.1 })).toBe("FAIL");
  });

  it("a relative tolerance of 1.1 % of 100 is exactly 1.1 (1.1 / 100 is 0.011000000000000001 in binary)", () => {
    expect(verdict("不降低", { series: { 2023: 100, 2024: 98.9 }, tolerance: "1.1%" })).toBe("PASS");
    expect(verdict("不降低", { series: { 2023: 100, 2024: 98.8999999999 }, tolerance: "1.1%" })).toBe("FAIL");
  });

  it("保持稳定或有所提高: 0.0000000005 lower is lower, beyond a tolerance of 0", () => {
    expect(verdict("保持稳定或有所提高", { series: { 2023: 10, 2024: 9.9999999995 } })).toBe("FAIL");
  });

  it("有所提高: 0.0000000005 higher is higher", () => {
    expect(verdict("有所提高", { series: { 2023: 10, 2024: 10.0000000005 } })).toBe("PASS");
  });

  it("持续下降: 10 → 9.9999999995 is a decrease", () => {
    expect(verdict("持续下降", { series: { 2023: 10, 2024: 9.9999999995 }, better: "lower" })).toBe("PASS");
  });

  it("ΔEQI>-1: 50.2 → 49.20000000001 is a change of −0.99999999999, above −1", () => {
    const o = evaluate("ΔEQI>-1", { series: { 2023: 50.2, 2024: 49.20000000001 } });
    expect(o.verdict).toBe("PASS");
    expect(o.message.data).toMatchObject({ change: -0.99999999999 });
  });

  it("ΔEQI≥-1: 50.2 → 49.2 is a change of exactly −1 (−1.0000000000000036 in binary)", () => {
    const o = evaluate("ΔEQI≥-1", { series: { 2023: 50.2, 2024: 49.2 } });
    expect(o.verdict).toBe("PASS");
    expect(o.message.data).toMatchObject({ change: -1 });
  });

  it("无黑臭水体: 0.0000000001 is not none", () => {
    expect(verdict("无黑臭水体", { series: { 2024: 0.0000000001 } })).toBe("FAIL");
  });
});

describe("targets are judged exactly too", () => {
  it("a target of ≥59.999999999 does not guarantee ≥60", () => {
    expect(judge("≥60", "≥59.999999999").verdict).toBe("FAIL");
  });

  it("a target of ≥1.2 keeps 1.3 stable within 0.1; ≥1.199999999 does not", () => {
    const o = { base: 1.3, tolerance: 0.1 };
    expect(judge("保持稳定或持续提高", "≥1.2", o).verdict).toBe("PASS");
    expect(judge("保持稳定或持续提高", "≥1.199999999", o).verdict).toBe("FAIL");
  });
});

describe("the floating-point shortcut never changes an exact answer", () => {
  /** A decimal as digits × 10^−scale, written out as a number would be (the oracle is BigInt arithmetic). */
  const dec = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 9 }))
    .map(([digits, scale]) => ({ digits, scale, n: Number(`${digits}e-${scale}`) }));
  const at = (d: { digits: bigint; scale: number }, scale: number) => d.digits * 10n ** BigInt(scale - d.scale);

  it("a − b against c, for c anywhere and for c at or one unit off a − b", () => {
    fc.assert(
      fc.property(
        dec,
        dec,
        dec,
        fc.constantFrom(-1n, 0n, 1n, undefined),
        fc.integer({ min: 0, max: 3 }),
        (a, b, r, off, extra) => {
          const scale = Math.max(a.scale, b.scale) + extra;
          // c: random, or a − b exactly, or one unit of the last place either side of it.
          const c =
            off === undefined
              ? r
              : (() => {
                  const digits = at(a, scale) - at(b, scale) + off;
                  return { digits, scale, n: Number(`${digits}e-${scale}`) };
                })();
          // Numbers are what users write: at most 15 significant digits, which a number holds exactly.
          fc.pre([a, b, c].every((d) => (d.digits < 0n ? -d.digits : d.digits) < 10n ** 15n));
          const s = Math.max(a.scale, b.scale, c.scale);
          const exact = at(a, s) - at(b, s) - at(c, s);
          expect(differenceOrder(a.n, b.n, c.n)).toBe(exact < 0n ? -1 : exact > 0n ? 1 : 0);
        },
      ),
      { numRuns: 3000, seed: 20_261_206 },
    );
  });
});

describe("a rule's number of more than 15 significant digits is refused where it stands, not rounded", () => {
  it.each([
    ["≤84.9999999999999999", 1],
    ["<85.0000000000000001", 1],
    ["≥85.000000000000001", 1],
    ["≤9007199254740993", 1],
    ["≥20，且≤84.99999999999999999%", 6],
    ["0.30000000000000001-0.4之间", 0],
  ])("%s: at offset %i", (text, offset) => {
    const r = parseRule(text);
    expect(r.ok ? r.rule : r.error).toEqual({ offset, found: text.slice(offset), expected: "rule.expected.precise" });
  });

  it.each(["≥85.000000000000000000", "≥123456789012345", "≥0.000000000000000012345", "完成"])("%s is read", (text) => {
    expect(parseRule(text).ok).toBe(true);
  });

  it("in a file, ≤84.9999999999999999 against 85 is an error at the number, not a pass", () => {
    const r = loadIndicatorFile(
      'region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: n, unit: "%", standard: "≤84.9999999999999999", baseline: 85}\n',
      "t.yaml",
    );
    expect(r.ok ? "loaded" : r.errors.map((e) => [e.code, e.line, e.column])).toEqual([["rule-syntax", 4, 47]]);
  });
});
