/**
 * unit-scale at its thresholds exactly: a fraction whose ×100 is half the row's smallest percentage
 * or twice its largest still reads as a slip; a value of exactly 1 is no fraction; a target of
 * exactly 1 does not ask for more than 1.
 */
import check from "../../src/lint/unitScale.js";
import { HEAD, lintTable } from "./tester.js";

const row = (fields: string) => `${HEAD}  - id: "7.1"\n    name: 森林覆盖率\n    unit: "%"\n${fields}`;

lintTable(check, {
  valid: [
    {
      name: "a value of exactly 1 among no percentages is not a fraction",
      text: row(`    standard: "≥60"\n    baseline: {2021: 1, 2022: 1}\n`),
    },
    {
      name: "fractions against a target of exactly 1",
      text: row(`    standard: "≥1"\n    baseline: {2021: 0.5, 2022: 0.6}\n`),
    },
    {
      name: "a fraction whose ×100 is just below half the smallest percentage",
      text: row(`    standard: "≥60"\n    baseline: {2020: 0.24, 2021: 50, 2022: 60}\n`),
    },
    {
      name: "a fraction whose ×100 is just above twice the largest percentage",
      text: row(`    standard: "≥10"\n    baseline: {2020: 0.51, 2021: 20, 2022: 25}\n`),
    },
  ],
  invalid: [
    {
      name: "a fraction whose ×100 is exactly half the smallest percentage",
      text: row(`    standard: "≥60"\n    baseline: {2020: 0.25, 2021: 50, 2022: 60}\n`),
      findings: [
        {
          line: 8,
          column: 22,
          message: "7.1: 0.25 in 2020 reads as a fraction in a % row whose other values are 50 to 60; is it 25?",
        },
      ],
    },
    {
      name: "a fraction whose ×100 is exactly twice the largest percentage",
      text: row(`    standard: "≥10"\n    baseline: {2020: 0.5, 2021: 20, 2022: 25}\n`),
      findings: [
        {
          line: 8,
          column: 22,
          message: "7.1: 0.5 in 2020 reads as a fraction in a % row whose other values are 20 to 25; is it 50?",
        },
      ],
    },
  ],
});
