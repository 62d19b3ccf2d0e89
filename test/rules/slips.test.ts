/** record's fraction hint (#23): only where the row's rule asks for a level above 1, never against a ceiling. */
import { describe, expect, it } from "vitest";
import { fractionOfPercent, pastWholeOf } from "../../src/rules/slips.js";
import { loaded } from "../load/paths.js";

const row = (fields: string) =>
  loaded(
    `region: {name: 测试区}\nplan: {base_year: 2020}\nindicators:\n  - id: "1"\n    name: 测试\n    unit: "%"\n${fields}`,
  ).indicators[0]!;

describe("fractionOfPercent", () => {
  it.each([
    { name: "劣Ⅴ类 0.6 against <5", fields: `    better: lower\n    standard: "<5"\n`, value: "0.6", hint: undefined },
    {
      name: "0.3 against a lower-better bare target 25",
      fields: `    better: lower\n    standard: "≤30"\n    near_term: "25"\n`,
      value: "0.3",
      hint: undefined,
    },
    {
      name: "0.868 against ≥85",
      fields: `    standard: "≥85"\n`,
      value: "0.868",
      hint: { value: 0.868, percent: 86.8, rule: "≥85" },
    },
    {
      name: "0.868 against a ceiling, then a floor in the target",
      fields: `    standard: "≤95"\n    near_term: "≥85，且≤95"\n`,
      value: "0.868",
      hint: { value: 0.868, percent: 86.8, rule: "≥85，且≤95" },
    },
    {
      name: "0.9 against 90左右",
      fields: `    standard: "90左右"\n`,
      value: "0.9",
      hint: { value: 0.9, percent: 90, rule: "90左右" },
    },
  ])("$name", ({ fields, value, hint }) => expect(fractionOfPercent(row(fields), value)).toEqual(hint));
});

describe("pastWholeOf", () => {
  it.each([
    {
      name: "855 against ≥85",
      fields: `    standard: "≥85"\n`,
      value: "855",
      hint: { value: 855, whole: 100, unit: "%", rule: "≥85" },
    },
    {
      name: "1,234.5 against ≥85",
      fields: `    standard: "≥85"\n`,
      value: "1,234.5",
      hint: { value: 1234.5, whole: 100, unit: "%", rule: "≥85" },
    },
    { name: "100 against ≥85", fields: `    standard: "≥85"\n`, value: "100", hint: undefined },
    {
      name: "855 against a ceiling",
      fields: `    better: lower\n    standard: "≤25"\n`,
      value: "855",
      hint: undefined,
    },
  ])("$name", ({ fields, value, hint }) => expect(pastWholeOf(row(fields), value)).toEqual(hint));
});
