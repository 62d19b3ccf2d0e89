/**
 * Numbers in sentences: a value as written (so that 84.99999 is never shown as the bound 85 it does
 * not meet), a worked-out number (a change, a pace, a projection) to at most four decimals.
 */
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/i18n/translate.js";
import { assess } from "../../src/assess/assess.js";
import { reason } from "../../src/i18n/translate.js";
import { loaded } from "../load/paths.js";

describe("formatNumber", () => {
  it.each([
    [85, "85"],
    [26.1, "26.1"],
    [84.99999, "84.99999"],
    [99.9999999, "99.9999999"],
    [0.000012345, "0.000012345"],
    [85.00001, "85.00001"],
    [-0.68, "-0.68"],
    // Worked out: floating-point noise and long quotients are cut to four decimals.
    [26.1 - 25.5, "0.6"],
    [49.9 - 50.58, "-0.68"],
    [1 / 3, "0.3333"],
    [87.1 * (87.1 / 86.8) ** 2, "87.7031"],
    // Written with up to fourteen significant digits: as written, never rounded onto a bound.
    [84.9999999999, "84.9999999999"],
    [100.00000000001, "100.00000000001"],
    [2 ** 0.5, "1.4142"],
  ])("%s is shown as %s", (n, shown) => expect(formatNumber(n)).toBe(shown));
});

describe("a value just past a bound is shown as written, not as the bound", () => {
  it.each([
    ["84.99999", "FAIL", "2022: 84.99999% does not meet ≥85"],
    ["85.00001", "PASS", "2022: 85.00001% meets ≥85"],
  ])("%s against ≥85", (value, verdict, en) => {
    const file = loaded(
      `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: n, unit: "%", standard: "≥85", baseline: ${value}}\n`,
    );
    const check = assess(file, { mode: "plan" }).indicators[0]!.checks.baseline!;
    expect([check.verdict, reason("en", check.outcome)]).toEqual([verdict, en]);
  });
});
