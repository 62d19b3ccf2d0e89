import check from "../../src/lint/nearStricterThanLong.js";
import { HEAD, lintTable } from "./tester.js";

lintTable(check, {
  valid: [
    {
      name: "higher-better rising",
      text: `${HEAD}  - {id: "15", name: x, standard: "≥85", baseline: 86, near_term: "≥88", long_term: "≥90"}\n`,
    },
    {
      name: "equal targets",
      text: `${HEAD}  - {id: "1", name: x, standard: "≥20", baseline: 25.5, near_term: "≥25.5", long_term: "≥25.5"}\n`,
    },
    {
      name: "lower-better falling",
      text: `${HEAD}  - {id: "4", name: x, standard: "≤35", baseline: 34, near_term: "≤32", long_term: 30}\n`,
    },
    {
      name: "a phrase sets no level",
      text: `${HEAD}  - {id: "7", name: x, standard: "≥60", baseline: 61, near_term: "≥62", long_term: 保持稳定或持续改善}\n`,
    },
  ],
  invalid: [
    {
      name: "higher-better ≥90 then ≥85",
      text: `${HEAD}  - id: "15"\n    name: 农膜回收率\n    standard: "≥85"\n    baseline: 86\n    near_term: "≥90"\n    long_term: "≥85"\n`,
      findings: [
        {
          line: 8,
          column: 16,
          message:
            "15: the 2025 target “≥90” is stricter than the 2030 target “≥85”: the plan would allow a fall after 2025",
        },
      ],
    },
    {
      name: "lower-better 30 then ≤35",
      text: `${HEAD}  - {id: "4", name: x, standard: "≤35", baseline: 34, near_term: 30, long_term: "≤35"}\n`,
      findings: [
        {
          line: 4,
          column: 66,
          message:
            "4: the 2025 target “30” is stricter than the 2030 target “≤35”: the plan would allow a fall after 2025",
        },
      ],
    },
  ],
});
