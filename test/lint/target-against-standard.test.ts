import check from "../../src/lint/targetAgainstStandard.js";
import { HEAD, lintTable } from "./tester.js";

lintTable(check, {
  valid: [
    {
      name: "both lower",
      text: `${HEAD}  - {id: "4", name: PM2.5, standard: "≤35", baseline: 34, near_term: "≤32", long_term: "≤30"}\n`,
    },
    {
      name: "a target that implies no direction",
      text: `${HEAD}  - {id: "4", name: PM2.5, standard: "≤35", baseline: 34, near_term: 32, long_term: "完成上级规定的考核任务"}\n`,
    },
    {
      name: "a standard that implies none",
      text: `${HEAD}  - {id: "2", name: x, standard: 建立, baseline: 已建立, near_term: 建立}\n`,
    },
  ],
  invalid: [
    {
      name: "standard ≤35 (lower-better), target ≥40",
      text: `${HEAD}  - id: "4"\n    name: PM2.5\n    standard: "≤35"\n    baseline: 34\n    near_term: "≤32"\n    long_term: "≥40"\n`,
      findings: [
        { line: 9, column: 16, message: "4: the long-term target “≥40” points the other way from the standard “≤35”" },
      ],
    },
    {
      name: "standard ≥60 (higher-better), target 持续下降",
      text: `${HEAD}  - {id: "7", name: x, better: higher, standard: "≥60", baseline: 61, near_term: 持续下降}\n`,
      findings: [
        {
          line: 4,
          column: 82,
          message: "7: the near-term target “持续下降” points the other way from the standard “≥60”",
        },
      ],
    },
  ],
});
