import check from "../../src/lint/unknownPhrase.js";
import { HEAD, lintTable } from "./tester.js";

const row = (fields: string) => `${HEAD}  - id: "17"\n    name: 生态保护红线\n${fields}`;

lintTable(check, {
  valid: [
    {
      name: "known wordings",
      text: row(`    standard: "不得低于95"\n    near_term: "〔18〕"\n    long_term: 完成省下达任务\n`),
    },
  ],
  invalid: [
    {
      name: "应划尽划 as the standard",
      text: row(`    standard: 应划尽划\n    baseline: 已划定\n`),
      findings: [
        {
          line: 6,
          column: 15,
          message:
            "17: standard “应划尽划” holds a phrase the grammar does not read, so that check is for a person; write it as a comparison or a known wording",
        },
      ],
    },
    {
      name: "one part of a compound target, and a superior target",
      text: row(`    standard: "≥95"\n    near_term: "≥95，且应划尽划"\n    superior: {2024: 应划尽划}\n`),
      findings: [
        {
          line: 7,
          column: 16,
          message:
            "17: near_term “应划尽划” holds a phrase the grammar does not read, so that check is for a person; write it as a comparison or a known wording",
        },
        {
          line: 8,
          column: 22,
          message:
            "17: superior 2024 “应划尽划” holds a phrase the grammar does not read, so that check is for a person; write it as a comparison or a known wording",
        },
      ],
    },
  ],
});
