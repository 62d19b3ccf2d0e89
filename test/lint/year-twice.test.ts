import check from "../../src/lint/yearTwice.js";
import { HEAD, lintTable } from "./tester.js";

lintTable(check, {
  valid: [
    {
      name: "a baseline and later observed years",
      text: `${HEAD}  - {id: "1", name: x, standard: "≥20", baseline: 25.5, actuals: {2023: 26}}\n`,
    },
    {
      name: "the base year's value given twice alike",
      text: `${HEAD}  - {id: "1", name: x, standard: "≥20", baseline: 25.5, actuals: {2022: 25.50}}\n`,
    },
    {
      name: "a status given twice alike",
      text: `${HEAD}  - {id: "2", name: x, standard: 建立, baseline: {2021: 已建立}, actuals: {2021: 已建立}}\n`,
    },
    {
      name: "no observed values",
      text: `${HEAD}  - {id: "1", name: x, standard: "≥20", baseline: {2021: 20, 2022: 25.5}}\n`,
    },
  ],
  invalid: [
    {
      name: "the base year's baseline and an observed value that differ",
      text: `${HEAD}  - id: "1"\n    name: x\n    standard: "≥20"\n    baseline: 25.5\n    actuals:\n      2022: 19\n      2023: 26\n`,
      findings: [
        {
          line: 9,
          column: 13,
          message:
            "1: 2022 is given twice, 25.5 as the baseline and 19 as an observed value; the check judges 19: keep one",
        },
      ],
    },
    {
      name: "an earlier year in a baseline series, in a flow row",
      text: `${HEAD}  - {id: "2", name: x, standard: 建立, baseline: {2021: 已建立}, actuals: {2021: 未建立}}\n`,
      findings: [
        {
          line: 4,
          column: 77,
          message:
            "2: 2021 is given twice, 已建立 as the baseline and 未建立 as an observed value; the check judges 未建立: keep one",
        },
      ],
    },
  ],
});
