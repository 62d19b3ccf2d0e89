import check from "../../src/lint/unitScale.js";
import { HEAD, lintTable } from "./tester.js";

const row = (fields: string) => `${HEAD}  - id: "7.1"\n    name: 森林覆盖率\n    unit: "%"\n${fields}`;

lintTable(check, {
  valid: [
    {
      name: "percentages throughout",
      text: row(`    standard: "≥60"\n    baseline: {2021: 54.2, 2022: 54.5}\n    near_term: "≥55"\n`),
    },
    {
      name: "a small percentage among small ones",
      text: row(`    standard: "≤1"\n    baseline: {2021: 0.5, 2022: 0.6}\n    near_term: "≤0.8"\n`),
    },
    {
      name: "0 % among percentages is a value, not a fraction",
      text: row(`    standard: "≥60"\n    baseline: {2021: 0, 2022: 54.5}\n`),
    },
    {
      name: "a fraction whose ×100 lies far from the others",
      text: row(`    standard: "≥60"\n    baseline: {2021: 0.02, 2022: 54.5}\n`),
    },
    {
      name: "fractions in a row with no unit",
      text: `${HEAD}  - {id: "9", name: x, standard: "≥0.9", baseline: 0.95}\n`,
    },
    // 十三五 plan, 劣Ⅴ类水体比例: 9.7 in 2015, 0.6 in 2020, against <5 (#23)
    {
      name: "a small share where lower is better, against a ceiling",
      text: row(`    better: lower\n    standard: "<5"\n    baseline: {2015: 9.7, 2020: 0.6}\n`),
    },
    {
      name: "a % row past 100 where no rule asks for a share (a growth rate)",
      text: row(`    standard: 保持稳定或持续改善\n    baseline: {2021: 120, 2022: 130}\n`),
    },
    {
      name: "fractions against targets at most 1",
      text: row(`    standard: "≥0.6"\n    baseline: 0.545\n    near_term: "≥0.55"\n`),
    },
  ],
  invalid: [
    {
      name: "a value past a share's whole where a rule asks for a share (≥60)",
      text: row(`    standard: "≥60"\n    baseline: 54.5\n    actuals: {2023: 545}\n`),
      findings: [
        {
          line: 9,
          column: 21,
          message: "7.1: 545 in 2023 is more than 100%, which a share cannot be, where “≥60” asks for a share",
        },
      ],
    },
    {
      name: "a plan target past a share's whole",
      text: row(`    standard: "≥60"\n    baseline: 54.5\n    near_term: "110"\n`),
      findings: [
        {
          line: 9,
          column: 16,
          message: "7.1: the target “110” asks for more than 100%, which a share cannot be",
        },
      ],
    },
    {
      name: "0.545 where the others are 54.5",
      text: row(`    standard: "≥60"\n    baseline: {2020: 54.1, 2021: 0.545, 2022: 54.9}\n`),
      findings: [
        {
          line: 8,
          column: 34,
          message: "7.1: 0.545 in 2021 reads as a fraction in a % row whose other values are 54.1 to 54.9; is it 54.5?",
        },
      ],
    },
    {
      name: "an actual written as a fraction",
      text: row(`    standard: "≥60"\n    baseline: 54.5\n    actuals: {2023: 0.55}\n`),
      findings: [
        {
          line: 9,
          column: 21,
          message: "7.1: 0.55 in 2023 reads as a fraction in a % row whose other values are 54.5 to 54.5; is it 55?",
        },
      ],
    },
    {
      name: "every value ≤1 and a ≥ target above 1",
      text: row(`    standard: "≥0.6"\n    baseline: 0.545\n    near_term: "≥55"\n    long_term: "≥0.6"\n`),
      findings: [
        {
          line: 9,
          column: 16,
          message:
            "7.1: every value of this % row is at most 1 (largest 0.545) but “≥55” asks for more than 1: the values are fractions, or the rule is in another unit",
        },
      ],
    },
    {
      name: "every value ≤1 where the edition's standard asks for more than 1 (at the row: the file does not write the rule)",
      text: `region: {name: 某某县, level: county, zone: west, urban_district: false}\nstandard: county-2024\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n  - id: "1"\n    baseline: 0.2\n    actuals: {2023: 0.25}\n`,
      findings: [
        {
          line: 5,
          column: 5,
          message:
            "1: every value of this % row is at most 1 (largest 0.25) but “≥20” asks for more than 1: the values are fractions, or the rule is in another unit",
        },
      ],
    },
  ],
});
