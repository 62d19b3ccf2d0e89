import check from "../../src/lint/planConsistency.js";
import { HEAD, lintTable } from "./tester.js";

const ROW = `  - {id: "1", name: x, standard: "≥20", baseline: 25}\n`;
const project = (id: number, content: string, investment: number) =>
  `    - id: ${id}\n      name: 项目${id}\n      content: ${content}\n      investment: ${investment}\n      period: "2023-2024"\n`;

lintTable(check, {
  valid: [
    { name: "no projects", text: `${HEAD}${ROW}` },
    {
      name: "the total is the sum and contents agree",
      text: `${HEAD}${ROW}projects:\n  stated_total: 9500\n  items:\n${project(1, "用地30亩，总投资9000万元。", 9000)}${project(2, "建污水管网5公里。", 500)}`,
    },
  ],
  invalid: [
    {
      name: "a content that states another amount, at the content",
      text: `${HEAD}${ROW}projects:\n  items:\n${project(4, "占地约50亩，总投资约8000万元；建污水处理池。", 7700)}`,
      findings: [
        {
          line: 9,
          column: 16,
          message: "project 4: its content states 总投资约8000万元 (8000 万元), its investment column 7700 万元",
        },
      ],
    },
    {
      name: "a stated total that is not the sum, at stated_total",
      text: `${HEAD}${ROW}projects:\n  stated_total: 10000\n  items:\n${project(1, "建污水管网5公里。", 9000)}`,
      findings: [
        {
          line: 6,
          column: 17,
          message: "the stated total 10000 万元 differs from the sum of the 1 project, 9000 万元 (difference 1000)",
        },
      ],
    },
  ],
});
