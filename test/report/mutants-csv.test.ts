/**
 * CSV (src/report/csv.ts) on a file a user could write, against literal records: a record per
 * check, then the key projects' and the basic conditions' (a condition not yet assessed without a
 * verdict), the enumerations in the report's language under --lang zh with a byte-order mark, a
 * progress check's forecast columns, and a file with no rows.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadIndicatorFile } from "../../src/read.js";
import { type FormatOptions, loadFormatter } from "../../src/report/index.js";
import { CI } from "./ciFixture.js";

/** A share near 100 % growing fast: its progress has a forecast toward 2025. */
const SEWAGE = `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "1"
    name: 城市生活污水集中收集率
    unit: "%"
    binding: true
    better: higher
    standard: "≥70"
    baseline: 90
    near_term: "≥99.5"
    actuals: {2023: 99}
`;

function assessed(text: string, name: string): FileAssessment {
  const loaded = loadIndicatorFile(text, name);
  if (!loaded.ok) throw new Error(`${name} does not load: ${JSON.stringify(loaded.errors)}`);
  return assess(loaded.value);
}
async function csv(f: FileAssessment, options: Partial<FormatOptions> = {}): Promise<string[]> {
  return (await loadFormatter("csv"))(summarizeRun([f]), { lang: "en", color: false, quiet: false, ...options }).split(
    "\r\n",
  );
}

describe("CSV", () => {
  it("a record per check, then the projects' and the conditions'; machine keys in English", async () => {
    expect(await csv(assessed(CI, "ci.yaml"))).toEqual([
      "file,region,id,name,unit,binding,line,check,year,rule,verdict,reason,forecast_class,projected,target,target_year,ratio,decides,section",
      "ci.yaml,某县,1,森林覆盖率,%,true,4,baseline,2022,≥20,PASS,2022: 25.5% meets ≥20,,,,,,false,indicator",
      "ci.yaml,某县,1,森林覆盖率,%,true,4,progress,2024,≥20,PASS,2024 against the standard (no plan target for this phase): 2024: 26.5% meets ≥20,,,,,,true,indicator",
      "ci.yaml,某县,2,空气质量优良天数比例,%,true,12,baseline,2022,≥85,FAIL,2022: 80% does not meet ≥85,,,,,,false,indicator",
      "ci.yaml,某县,2,空气质量优良天数比例,%,true,12,progress,2024,≥85,FAIL,2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85,,,,,,true,indicator",
      "ci.yaml,某县,3,生活垃圾无害化处理率,%,true,20,baseline,2022,≥80,REVIEW,2022 value “约95%” is approximate: give the figure itself,,,,,,false,indicator",
      "ci.yaml,某县,3,生活垃圾无害化处理率,%,true,20,progress,2024,≥80,MISSING,no value for 2024,,,,,,true,indicator",
      "ci.yaml,某县,R1,农村生活污水治理率,%,false,27,baseline,2022,≥60,WARN,2022: 33% does not meet ≥60,,,,,,false,indicator",
      "ci.yaml,某县,R1,农村生活污水治理率,%,false,27,progress,2024,≥60,WARN,2024 against the standard (no plan target for this phase): 2024: 35% does not meet ≥60,,,,,,true,indicator",
      "ci.yaml,某县,1,污水处理厂提标改造,万元,,45,project,2024,2023-2024,PASS,completed,,3000,3000,2024,1,false,project",
      'ci.yaml,某县,2,城乡垃圾收运体系,万元,,54,project,2024,2023-2025,WARN,"project 2 城乡垃圾收运体系: 滞后 — 200 of 1000 万元 invested by 2024 (20%), 66.7% of the period elapsed: 46.7 points behind, more than the margin of 20 (lead: 区城管局)",,200,1000,2025,0.2,false,project',
      'ci.yaml,某县,,重特大突发环境事件,,,37,veto,2023,,FAIL,"2023 重特大突发环境事件: 发生, not met (shown, not deciding for 2024)",,,,,,false,veto',
      'ci.yaml,某县,,生态环境违法案件,,,39,veto,2024,,FAIL,"2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say",,,,,,true,veto',
      'ci.yaml,某县,,督察问题整改,,,41,veto,2025,,,"2025 督察问题整改: 已完成, stated for 2025, not yet assessed",,,,,,false,veto',
      "",
    ]);
  });

  it("--lang zh --bom: headers and enumerations in Chinese, the mark first", async () => {
    expect(await csv(assessed(CI, "ci.yaml"), { lang: "zh", bom: true })).toEqual([
      "\uFEFF文件,地区,序号,指标,单位,指标属性,行号,检查,年份,规则,判定,理由,预测,预测值,目标值,目标年份,增速比,参与判定,部分",
      "ci.yaml,某县,1,森林覆盖率,%,约束性,4,基准值,2022,≥20,达标,2022年：25.5% 满足 ≥20,,,,,,否,指标",
      "ci.yaml,某县,1,森林覆盖率,%,约束性,4,进展,2024,≥20,达标,2024年对照国家标准（本阶段无规划目标）：2024年：26.5% 满足 ≥20,,,,,,是,指标",
      "ci.yaml,某县,2,空气质量优良天数比例,%,约束性,12,基准值,2022,≥85,未达标,2022年：80% 不满足 ≥85,,,,,,否,指标",
      "ci.yaml,某县,2,空气质量优良天数比例,%,约束性,12,进展,2024,≥85,未达标,2024年对照国家标准（本阶段无规划目标）：2024年：81% 不满足 ≥85,,,,,,是,指标",
      "ci.yaml,某县,3,生活垃圾无害化处理率,%,约束性,20,基准值,2022,≥80,待审核,2022年的值“约95%”是约数：请填写确切数值,,,,,,否,指标",
      "ci.yaml,某县,3,生活垃圾无害化处理率,%,约束性,20,进展,2024,≥80,缺数据,缺少2024年的值,,,,,,是,指标",
      "ci.yaml,某县,R1,农村生活污水治理率,%,参考性,27,基准值,2022,≥60,警示,2022年：33% 不满足 ≥60,,,,,,否,指标",
      "ci.yaml,某县,R1,农村生活污水治理率,%,参考性,27,进展,2024,≥60,警示,2024年对照国家标准（本阶段无规划目标）：2024年：35% 不满足 ≥60,,,,,,是,指标",
      "ci.yaml,某县,1,污水处理厂提标改造,万元,,45,重点工程（附表1）,2024,2023-2024,达标,建成,,3000,3000,2024,1,否,重点工程",
      "ci.yaml,某县,2,城乡垃圾收运体系,万元,,54,重点工程（附表1）,2024,2023-2025,警示,工程 2 城乡垃圾收运体系：滞后——截至 2024 年累计完成投资 200 万元，占总投资 1000 万元的 20%，工期已过 66.7%，落后 46.7 个百分点，超过允许的 20 个百分点（牵头单位：区城管局）,,200,1000,2025,0.2,否,重点工程",
      "ci.yaml,某县,,重特大突发环境事件,,,37,基本条件,2023,,未达标,2023年 重特大突发环境事件：发生，不满足（仅展示，不决定2024年）,,,,,,否,基本条件",
      "ci.yaml,某县,,生态环境违法案件,,,39,基本条件,2024,,未达标,2024年 生态环境违法案件：发生，不满足：无论指标如何，该年不达标,,,,,,是,基本条件",
      "ci.yaml,某县,,督察问题整改,,,41,基本条件,2025,,,2025年 督察问题整改：已完成，为2025年所列，尚未评估,,,,,,否,基本条件",
      "",
    ]);
  });

  it("a file with no rows: its projects' and conditions' records still", async () => {
    expect(await csv({ ...assessed(CI, "ci.yaml"), indicators: [] })).toEqual([
      "file,region,id,name,unit,binding,line,check,year,rule,verdict,reason,forecast_class,projected,target,target_year,ratio,decides,section",
      "ci.yaml,某县,1,污水处理厂提标改造,万元,,45,project,2024,2023-2024,PASS,completed,,3000,3000,2024,1,false,project",
      'ci.yaml,某县,2,城乡垃圾收运体系,万元,,54,project,2024,2023-2025,WARN,"project 2 城乡垃圾收运体系: 滞后 — 200 of 1000 万元 invested by 2024 (20%), 66.7% of the period elapsed: 46.7 points behind, more than the margin of 20 (lead: 区城管局)",,200,1000,2025,0.2,false,project',
      'ci.yaml,某县,,重特大突发环境事件,,,37,veto,2023,,FAIL,"2023 重特大突发环境事件: 发生, not met (shown, not deciding for 2024)",,,,,,false,veto',
      'ci.yaml,某县,,生态环境违法案件,,,39,veto,2024,,FAIL,"2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say",,,,,,true,veto',
      'ci.yaml,某县,,督察问题整改,,,41,veto,2025,,,"2025 督察问题整改: 已完成, stated for 2025, not yet assessed",,,,,,false,veto',
      "",
    ]);
  });

  it("a progress check's forecast: class, projection, target, its year and the ratio", async () => {
    const [, , , progress] = await csv(assessed(SEWAGE, "sewage.yaml"));
    expect(progress).toMatch(
      /^sewage\.yaml,某县,1,城市生活污水集中收集率,%,true,4,progress,2023,≥70,PASS,".*",on_track,100,99\.5,2025,2\.9\d*,true,indicator$/,
    );
    const [, , , zh] = await csv(assessed(SEWAGE, "sewage.yaml"), { lang: "zh" });
    expect(zh).toMatch(/,进度正常,100,99\.5,2025,2\.9\d*,是,指标$/);
  });
});
