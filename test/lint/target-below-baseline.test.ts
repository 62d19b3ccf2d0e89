import check from "../../src/lint/targetBelowBaseline.js";
import { HEAD, lintTable } from "./tester.js";

const row = (fields: string) => `${HEAD}  - id: "15"\n    name: 农膜回收率\n    unit: "%"\n${fields}`;

lintTable(check, {
  valid: [
    {
      name: "targets above the baseline",
      text: row(`    standard: "≥80"\n    baseline: 85\n    near_term: "≥88"\n    long_term: 90\n`),
    },
    {
      name: "a target equal to the baseline",
      text: row(`    standard: "≥80"\n    baseline: 85\n    near_term: "≥85"\n`),
    },
    {
      name: "the baseline at the target's precision (≥93 over 93.05)",
      text: row(`    standard: "≥93"\n    baseline: 93.05\n    near_term: "≥93"\n`),
    },
    {
      name: "lower-better below the baseline",
      text: `${HEAD}  - {id: "4", name: PM2.5, standard: "≤35", baseline: 34, near_term: "≤32"}\n`,
    },
    { name: "no baseline number", text: row(`    standard: "≥80"\n    baseline: 不涉及\n    near_term: "≥50"\n`) },
    {
      name: "a change, not a level",
      text: `${HEAD}  - {id: "12", name: x, measure: delta, standard: "≥0", baseline: 5, near_term: "≥0"}\n`,
    },
  ],
  invalid: [
    {
      name: "higher-better ≥80 with baseline 85",
      text: row(`    standard: "≥80"\n    baseline: 85\n    near_term: "≥80"\n    long_term: "≥90"\n`),
      findings: [
        {
          line: 9,
          column: 16,
          message:
            "15: the near-term target “≥80” is below the row's baseline 85 (2022), and higher is better: a fall would meet it",
        },
      ],
    },
    {
      name: "a bare number below a series' base-year value",
      text: row(`    standard: "≥80"\n    baseline: {2021: 80, 2022: 86.8}\n    long_term: 86\n`),
      findings: [
        {
          line: 9,
          column: 16,
          message:
            "15: the long-term target “86” is below the row's baseline 86.8 (2022), and higher is better: a fall would meet it",
        },
      ],
    },
    {
      name: "lower-better ≤40 with baseline 35",
      text: `${HEAD}  - {id: "4", name: PM2.5, standard: "≤35", baseline: 35, near_term: "≤40"}\n`,
      findings: [
        {
          line: 4,
          column: 70,
          message:
            "4: the near-term target “≤40” is above the row's baseline 35 (2022), and lower is better: a rise would meet it",
        },
      ],
    },
  ],
});
