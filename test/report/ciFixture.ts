/**
 * One indicator file for the literal tests of the CI and text formats (test/report/mutants-*.test.ts),
 * and the run and rendering they share.
 */
import { assess } from "../../src/assess/assess.js";
import type { RunAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import type { InputError } from "../../src/load/errors.js";
import { loadIndicatorFile } from "../../src/read.js";
import { type FormatName, type FormatOptions, loadFormatter, loadStreamingFormatter } from "../../src/report/index.js";

/** A 2024 assessment: a failing row, an approximate one with no 2024 value, a reference row behind, conditions of three years, two key projects. */
export const CI = `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "1"
    name: 森林覆盖率
    unit: "%"
    binding: true
    better: higher
    standard: "≥20"
    baseline: 25.5
    actuals: {2023: 26, 2024: 26.5}
  - id: "2"
    name: 空气质量优良天数比例
    unit: "%"
    binding: true
    better: higher
    standard: "≥85"
    baseline: 80
    actuals: {2024: 81}
  - id: "3"
    name: 生活垃圾无害化处理率
    unit: "%"
    binding: true
    better: higher
    standard: "≥80"
    baseline: 约95%
  - id: R1
    name: 农村生活污水治理率
    unit: "%"
    binding: false
    better: higher
    standard: "≥60"
    baseline: 33
    actuals: {2024: 35}
vetoes:
  2023:
    重特大突发环境事件: 发生
  2024:
    生态环境违法案件: 发生
  2025:
    督察问题整改: 已完成
projects:
  stated_total: 5000
  items:
    - id: 1
      name: 污水处理厂提标改造
      domain: 生态安全
      kind: 新建
      investment: 3000
      period: "2023-2024"
      lead: [区住建局]
      progress:
        2024: {invested: 3000, status: 建成}
    - id: 2
      name: 城乡垃圾收运体系
      domain: 生态安全
      kind: 续建
      investment: 1000
      period: "2023-2025"
      lead: [区城管局]
      progress:
        2024: {invested: 200, status: 在建}
`;

function run(text: string): RunAssessment {
  const loaded = loadIndicatorFile(text, "ci.yaml");
  if (!loaded.ok) throw new Error(`does not load: ${JSON.stringify(loaded.errors)}`);
  return summarizeRun([assess(loaded.value)]);
}
export const OPTIONS: FormatOptions = { lang: "en", color: false, quiet: false };
export const render = async (format: FormatName, text = CI) => (await loadFormatter(format))(run(text), OPTIONS);

/** Two errors of one code at one place (an unclosed flow), and a workbook's error, placed without an end. */
function inputErrors(): InputError[] {
  const broken = loadIndicatorFile("region: {name: 某县\nplan: [\n", "broken.yaml");
  if (broken.ok) throw new Error("broken.yaml loads");
  return [
    ...broken.errors,
    {
      file: "county.xlsx",
      line: 3,
      column: 2,
      code: "unknown-field",
      message: { id: "error.unknownField", data: { field: "颜色", known: "id, name" } },
    },
  ];
}
export const inputErrorText = async (format: FormatName) =>
  (await loadStreamingFormatter(format)).inputErrors!(inputErrors(), OPTIONS);
