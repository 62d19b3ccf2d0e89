/**
 * The terminal table (src/report/table.ts) on a file a user could write — five rows, one of each
 * verdict a year assessment gives (PASS, FAIL, REVIEW, MISSING, N/A, and a reference row's WARN) —
 * against the literal text it must print: colours, the layouts a terminal width picks, the reasons
 * cut to the width, the changes since another year, a row that overrides its edition, --quiet and
 * the run's total. No expectation is built with the code's own t() or reason().
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment, RunAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadIndicatorFile } from "../../src/read.js";
import { type FormatOptions, loadFormatter } from "../../src/report/index.js";
import { tableText } from "../../src/report/table.js";

const SIX = `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "1"
    name: 森林覆盖率
    unit: "%"
    binding: true
    better: higher
    standard: "≥20"
    baseline: 25.5
    near_term: "≥25.5"
    actuals: {2023: 26}
  - id: "2"
    name: 空气质量优良天数比例
    unit: "%"
    binding: true
    better: higher
    standard: "≥85"
    baseline: 80
    actuals: {2023: 81}
  - id: "3"
    name: 生活垃圾无害化处理率
    unit: "%"
    binding: true
    better: higher
    standard: "≥80"
    baseline: 约95%
  - id: "14"
    name: 海洋生态保护（沿海地区）
    binding: true
    standard: 不涉及
    baseline: 不涉及
  - id: R1
    name: 农村生活污水治理率
    unit: "%"
    binding: false
    better: higher
    standard: "≥60"
    baseline: 33
    actuals: {2023: 35}
`;

function load(text: string, name: string) {
  const loaded = loadIndicatorFile(text, name);
  if (!loaded.ok) throw new Error(`${name} does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.value;
}

/** The 2023 assessment (the latest year with values). */
const YEAR = assess(load(SIX, "six.yaml"));
/** The same rows asked the plan question. */
const PLAN = assess(load(SIX, "plan.yaml"), { mode: "plan" });

async function table(run: RunAssessment, options: Partial<FormatOptions> = {}): Promise<string[]> {
  const format = await loadFormatter("table");
  return (await format(run, { lang: "en", color: false, quiet: false, ...options })).split("\n");
}
const one = (f: FileAssessment) => summarizeRun([f]);
/** The drawn table's lines alone, and the lines around it. */
const drawn = (lines: string[]) => lines.filter((l) => /^[│┌└]/.test(l));
const rest = (lines: string[]) => lines.filter((l) => !/^[│┌└]/.test(l));

describe("the table of a year assessment", () => {
  it("in colour: a colour per verdict, a reference row's id dim, the head bold, a mark alone where there is no value", async () => {
    expect(await table(one(YEAR), { color: true })).toEqual([
      "\u001b[1msix.yaml — 某县\u001b[22m",
      "┌────┬──────────────────────────┬──────┬──────────┬───────────────┬─────────────┬─────────────┬─────────────┐",
      "│ \u001b[1mID\u001b[22m │ \u001b[1mIndicator\u001b[22m                │ \u001b[1mUnit\u001b[22m │ \u001b[1mStandard\u001b[22m │ \u001b[1mBaseline 2022\u001b[22m │ \u001b[1mTarget 2025\u001b[22m │ \u001b[1mTarget 2030\u001b[22m │ \u001b[1mActual 2023\u001b[22m │",
      "│ 1  │ 森林覆盖率               │ %    │ ≥20      │ \u001b[32m✓ 25.5\u001b[39m        │ \u001b[32m✓ ≥25.5\u001b[39m     │             │ \u001b[32m✓ 26\u001b[39m        │",
      "│ 2  │ 空气质量优良天数比例     │ %    │ ≥85      │ \u001b[31m✗ 80\u001b[39m          │             │             │ \u001b[31m✗ 81\u001b[39m        │",
      "│ 3  │ 生活垃圾无害化处理率     │ %    │ ≥80      │ \u001b[36m◇ 约95%\u001b[39m       │             │             │ \u001b[35m?\u001b[39m           │",
      "│ 14 │ 海洋生态保护（沿海地区） │      │ 不涉及   │ \u001b[90m– 不涉及\u001b[39m      │             │             │ \u001b[90m–\u001b[39m           │",
      "│ \u001b[2mR1\u001b[22m │ 农村生活污水治理率       │ %    │ ≥60      │ \u001b[33m! 33\u001b[39m          │             │             │ \u001b[33m! 35\u001b[39m        │",
      "└────┴──────────────────────────┴──────┴──────────┴───────────────┴─────────────┴─────────────┴─────────────┘",
      "Reasons:",
      "  \u001b[31m✗ FAIL   \u001b[39m 2 baseline (shown, not deciding): 2022: 80% does not meet ≥85",
      "  \u001b[31m✗ FAIL   \u001b[39m 2 progress: 2023 against the standard (no plan target for this phase): 2023: 81% does not meet ≥85",
      "  \u001b[36m◇ REVIEW \u001b[39m 3 baseline (shown, not deciding): 2022 value “约95%” is approximate: give the figure itself",
      "  \u001b[35m? MISSING\u001b[39m 3 progress: no value for 2023",
      "  \u001b[33m! WARN   \u001b[39m R1 baseline (shown, not deciding): 2022: 33% does not meet ≥60",
      "  \u001b[33m! WARN   \u001b[39m R1 progress: 2023 against the standard (no plan target for this phase): 2023: 35% does not meet ≥60",
      "Missing for 2023 (binding rows: 1; each is MISSING until its value, or what its check needs besides, is recorded; its reason says which):",
      "  3 生活垃圾无害化处理率",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
    ]);
  });

  it("Chinese: the reasons after a full-width colon", async () => {
    expect(await table(one(YEAR), { lang: "zh" })).toEqual([
      "six.yaml — 某县",
      "┌──────┬──────────────────────────┬──────┬──────────┬─────────────┬─────────────┬─────────────┬─────────────┐",
      "│ 序号 │ 考核指标                 │ 单位 │ 国家标准 │ 基准值 2022 │ 规划值 2025 │ 规划值 2030 │ 实际值 2023 │",
      "│ 1    │ 森林覆盖率               │ %    │ ≥20      │ ✓ 25.5      │ ✓ ≥25.5     │             │ ✓ 26        │",
      "│ 2    │ 空气质量优良天数比例     │ %    │ ≥85      │ ✗ 80        │             │             │ ✗ 81        │",
      "│ 3    │ 生活垃圾无害化处理率     │ %    │ ≥80      │ ◇ 约95%     │             │             │ ?           │",
      "│ 14   │ 海洋生态保护（沿海地区） │      │ 不涉及   │ – 不涉及    │             │             │ –           │",
      "│ R1   │ 农村生活污水治理率       │ %    │ ≥60      │ ! 33        │             │             │ ! 35        │",
      "└──────┴──────────────────────────┴──────┴──────────┴─────────────┴─────────────┴─────────────┴─────────────┘",
      "判定理由：",
      "  ✗ 未达标  2 基准值（不参与本次判定）：2022年：80% 不满足 ≥85",
      "  ✗ 未达标  2 进展：2023年对照国家标准（本阶段无规划目标）：2023年：81% 不满足 ≥85",
      "  ◇ 待审核  3 基准值（不参与本次判定）：2022年的值“约95%”是约数：请填写确切数值",
      "  ? 缺数据  3 进展：缺少2023年的值",
      "  ! 警示    R1 基准值（不参与本次判定）：2022年：33% 不满足 ≥60",
      "  ! 警示    R1 进展：2023年对照国家标准（本阶段无规划目标）：2023年：35% 不满足 ≥60",
      "2023年缺数据的约束性指标（1 项，填报数值或检查所需的其他数据前均判为缺数据，缺什么见各项原因）：",
      "  3 生活垃圾无害化处理率",
      "2023年度评估 — 约束性 4 项：1 达标 · 1 未达标 · 1 缺数据 · 1 不涉及 — 参考性 1 项：1 警示 — 总体 未达标",
      "",
    ]);
  });

  it("on a terminal exactly as wide as the widest layout: that layout, the reasons cut to the width under their start", async () => {
    expect(await table(one(YEAR), { width: 109 })).toEqual([
      "six.yaml — 某县",
      "┌────┬──────────────────────────┬──────┬──────────┬───────────────┬─────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator                │ Unit │ Standard │ Baseline 2022 │ Target 2025 │ Target 2030 │ Actual 2023 │",
      "│ 1  │ 森林覆盖率               │ %    │ ≥20      │ ✓ 25.5        │ ✓ ≥25.5     │             │ ✓ 26        │",
      "│ 2  │ 空气质量优良天数比例     │ %    │ ≥85      │ ✗ 80          │             │             │ ✗ 81        │",
      "│ 3  │ 生活垃圾无害化处理率     │ %    │ ≥80      │ ◇ 约95%       │             │             │ ?           │",
      "│ 14 │ 海洋生态保护（沿海地区） │      │ 不涉及   │ – 不涉及      │             │             │ –           │",
      "│ R1 │ 农村生活污水治理率       │ %    │ ≥60      │ ! 33          │             │             │ ! 35        │",
      "└────┴──────────────────────────┴──────┴──────────┴───────────────┴─────────────┴─────────────┴─────────────┘",
      "Reasons:",
      "  ✗ FAIL    2 baseline (shown, not deciding): 2022: 80% does not meet ≥85",
      "  ✗ FAIL    2 progress: 2023 against the standard (no plan target for this phase): 2023: 81% does not meet",
      "            ≥85",
      "  ◇ REVIEW  3 baseline (shown, not deciding): 2022 value “约95%” is approximate: give the figure itself",
      "  ? MISSING 3 progress: no value for 2023",
      "  ! WARN    R1 baseline (shown, not deciding): 2022: 33% does not meet ≥60",
      "  ! WARN    R1 progress: 2023 against the standard (no plan target for this phase): 2023: 35% does not meet",
      "            ≥60",
      "Missing for 2023 (binding rows: 1; each is MISSING until its value, or what its check needs besides, is",
      "    recorded; its reason says which):",
      "  3 生活垃圾无害化处理率",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
    ]);
  });

  it("narrower terminals: names wrapped narrower, the unit dropped, then the standard, targets as marks, names cut", async () => {
    expect(drawn(await table(one(YEAR), { width: 105 }))).toEqual([
      "┌────┬──────────────────────┬──────┬──────────┬───────────────┬─────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator            │ Unit │ Standard │ Baseline 2022 │ Target 2025 │ Target 2030 │ Actual 2023 │",
      "│ 1  │ 森林覆盖率           │ %    │ ≥20      │ ✓ 25.5        │ ✓ ≥25.5     │             │ ✓ 26        │",
      "│ 2  │ 空气质量优良天数比例 │ %    │ ≥85      │ ✗ 80          │             │             │ ✗ 81        │",
      "│ 3  │ 生活垃圾无害化处理率 │ %    │ ≥80      │ ◇ 约95%       │             │             │ ?           │",
      "│ 14 │ 海洋生态保护（沿海地 │      │ 不涉及   │ – 不涉及      │             │             │ –           │",
      "│    │ 区）                 │      │          │               │             │             │             │",
      "│ R1 │ 农村生活污水治理率   │ %    │ ≥60      │ ! 33          │             │             │ ! 35        │",
      "└────┴──────────────────────┴──────┴──────────┴───────────────┴─────────────┴─────────────┴─────────────┘",
    ]);
    expect(drawn(await table(one(YEAR), { width: 92 }))).toEqual([
      "┌────┬────────────────┬──────────┬───────────────┬─────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator      │ Standard │ Baseline 2022 │ Target 2025 │ Target 2030 │ Actual 2023 │",
      "│ 1  │ 森林覆盖率     │ ≥20      │ ✓ 25.5        │ ✓ ≥25.5     │             │ ✓ 26        │",
      "│ 2  │ 空气质量优良天 │ ≥85      │ ✗ 80          │             │             │ ✗ 81        │",
      "│    │ 数比例         │          │               │             │             │             │",
      "│ 3  │ 生活垃圾无害化 │ ≥80      │ ◇ 约95%       │             │             │ ?           │",
      "│    │ 处理率         │          │               │             │             │             │",
      "│ 14 │ 海洋生态保护   │ 不涉及   │ – 不涉及      │             │             │ –           │",
      "│    │ （沿海地区）   │          │               │             │             │             │",
      "│ R1 │ 农村生活污水治 │ ≥60      │ ! 33          │             │             │ ! 35        │",
      "│    │ 理率           │          │               │             │             │             │",
      "└────┴────────────────┴──────────┴───────────────┴─────────────┴─────────────┴─────────────┘",
    ]);
    expect(drawn(await table(one(YEAR), { width: 89 }))).toEqual([
      "┌────┬──────────────────────┬───────────────┬─────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator            │ Baseline 2022 │ Target 2025 │ Target 2030 │ Actual 2023 │",
      "│ 1  │ 森林覆盖率           │ ✓ 25.5        │ ✓           │             │ ✓ 26        │",
      "│ 2  │ 空气质量优良天数比例 │ ✗ 80          │             │             │ ✗ 81        │",
      "│ 3  │ 生活垃圾无害化处理率 │ ◇ 约95%       │             │             │ ?           │",
      "│ 14 │ 海洋生态保护（沿海…  │ – 不涉及      │             │             │ –           │",
      "│ R1 │ 农村生活污水治理率   │ ! 33          │             │             │ ! 35        │",
      "└────┴──────────────────────┴───────────────┴─────────────┴─────────────┴─────────────┘",
    ]);
    expect(drawn(await table(one(YEAR), { width: 78 }))).toEqual([
      "┌────┬─────────────┬───────────────┬─────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator   │ Baseline 2022 │ Target 2025 │ Target 2030 │ Actual 2023 │",
      "│ 1  │ 森林覆盖率  │ ✓ 25.5        │ ✓           │             │ ✓ 26        │",
      "│ 2  │ 空气质量优… │ ✗ 80          │             │             │ ✗ 81        │",
      "│ 3  │ 生活垃圾无… │ ◇ 约95%       │             │             │ ?           │",
      "│ 14 │ 海洋生态保… │ – 不涉及      │             │             │ –           │",
      "│ R1 │ 农村生活污… │ ! 33          │             │             │ ! 35        │",
      "└────┴─────────────┴───────────────┴─────────────┴─────────────┴─────────────┘",
    ]);
    // None fits 70 columns: the narrowest is drawn.
    expect(drawn(await table(one(YEAR), { width: 70 }))).toEqual([
      "┌────┬───────────┬───────────────┬─────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator │ Baseline 2022 │ Target 2025 │ Target 2030 │ Actual 2023 │",
      "│ 1  │ 森林覆…   │ ✓ 25.5        │ ✓           │             │ ✓ 26        │",
      "│ 2  │ 空气质…   │ ✗ 80          │             │             │ ✗ 81        │",
      "│ 3  │ 生活垃…   │ ◇ 约95%       │             │             │ ?           │",
      "│ 14 │ 海洋生…   │ – 不涉及      │             │             │ –           │",
      "│ R1 │ 农村生…   │ ! 33          │             │             │ ! 35        │",
      "└────┴───────────┴───────────────┴─────────────┴─────────────┴─────────────┘",
    ]);
  });

  it("--quiet: the title and the summary line", async () => {
    expect(await table(one(YEAR), { quiet: true })).toEqual([
      "six.yaml — 某县",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
    ]);
  });
});

describe("what follows the reasons", () => {
  const changed: FileAssessment = {
    ...YEAR,
    comparison: {
      fromYear: 2022,
      toYear: 2023,
      changes: [
        {
          id: "2",
          name: "空气质量优良天数比例",
          kind: "newly_failing",
          from: { verdict: "PASS" },
          to: { verdict: "FAIL" },
        },
        {
          id: "R1",
          name: "农村生活污水治理率",
          kind: "forecast_changed",
          from: { verdict: "WARN", forecast: "on_track" },
          to: { verdict: "WARN", forecast: "moving_away" },
        },
        { id: "禁止类项目", name: "禁止类项目", kind: "newly_passing", from: {}, to: { verdict: "PASS" }, veto: true },
      ],
    },
  };
  const unchanged: FileAssessment = { ...YEAR, comparison: { fromYear: 2022, toYear: 2023, changes: [] } };

  it("--compare-year: each change on a line, a basic condition named as one, a verdict not given a dash", async () => {
    expect(rest(await table(one(changed)))).toEqual([
      "six.yaml — 某县",
      "Reasons:",
      "  ✗ FAIL    2 baseline (shown, not deciding): 2022: 80% does not meet ≥85",
      "  ✗ FAIL    2 progress: 2023 against the standard (no plan target for this phase): 2023: 81% does not meet ≥85",
      "  ◇ REVIEW  3 baseline (shown, not deciding): 2022 value “约95%” is approximate: give the figure itself",
      "  ? MISSING 3 progress: no value for 2023",
      "  ! WARN    R1 baseline (shown, not deciding): 2022: 33% does not meet ≥60",
      "  ! WARN    R1 progress: 2023 against the standard (no plan target for this phase): 2023: 35% does not meet ≥60",
      "Changes from 2022 to 2023:",
      "  newly failing: 2 空气质量优良天数比例 (PASS → FAIL)",
      "  forecast changed: R1 农村生活污水治理率 (WARN, on track → WARN, moving away)",
      "  newly passing: basic condition 禁止类项目 (— → PASS)",
      "Missing for 2023 (binding rows: 1; each is MISSING until its value, or what its check needs besides, is recorded; its reason says which):",
      "  3 生活垃圾无害化处理率",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
    ]);
    expect(rest(await table(one(changed), { lang: "zh" }))).toEqual([
      "six.yaml — 某县",
      "判定理由：",
      "  ✗ 未达标  2 基准值（不参与本次判定）：2022年：80% 不满足 ≥85",
      "  ✗ 未达标  2 进展：2023年对照国家标准（本阶段无规划目标）：2023年：81% 不满足 ≥85",
      "  ◇ 待审核  3 基准值（不参与本次判定）：2022年的值“约95%”是约数：请填写确切数值",
      "  ? 缺数据  3 进展：缺少2023年的值",
      "  ! 警示    R1 基准值（不参与本次判定）：2022年：33% 不满足 ≥60",
      "  ! 警示    R1 进展：2023年对照国家标准（本阶段无规划目标）：2023年：35% 不满足 ≥60",
      "2022年至2023年的变化：",
      "  新增未达标：2 空气质量优良天数比例（达标 → 未达标）",
      "  预测变化：R1 农村生活污水治理率（警示，进度正常 → 警示，背离目标）",
      "  新转为达标：基本条件 禁止类项目（— → 达标）",
      "2023年缺数据的约束性指标（1 项，填报数值或检查所需的其他数据前均判为缺数据，缺什么见各项原因）：",
      "  3 生活垃圾无害化处理率",
      "2023年度评估 — 约束性 4 项：1 达标 · 1 未达标 · 1 缺数据 · 1 不涉及 — 参考性 1 项：1 警示 — 总体 未达标",
      "",
    ]);
  });

  it("--compare-year on a narrow terminal: a change goes on under its start", async () => {
    expect(rest(await table(one(changed), { width: 40 }))).toEqual([
      "six.yaml — 某县",
      "Reasons:",
      "  ✗ FAIL    2 baseline (shown, not",
      "            deciding): 2022: 80% does",
      "            not meet ≥85",
      "  ✗ FAIL    2 progress: 2023 against the",
      "            standard (no plan target for",
      "            this phase): 2023: 81% does",
      "            not meet ≥85",
      "  ◇ REVIEW  3 baseline (shown, not",
      "            deciding): 2022 value “约",
      "            95%” is approximate: give",
      "            the figure itself",
      "  ? MISSING 3 progress: no value for",
      "            2023",
      "  ! WARN    R1 baseline (shown, not",
      "            deciding): 2022: 33% does",
      "            not meet ≥60",
      "  ! WARN    R1 progress: 2023 against",
      "            the standard (no plan target",
      "            for this phase): 2023: 35%",
      "            does not meet ≥60",
      "Changes from 2022 to 2023:",
      "  newly failing: 2 空气质量优良天数比例",
      "    (PASS → FAIL)",
      "  forecast changed: R1 农村生活污水治理",
      "    率 (WARN, on track → WARN, moving",
      "    away)",
      "  newly passing: basic condition 禁止类",
      "    项目 (— → PASS)",
      "Missing for 2023 (binding rows: 1; each",
      "    is MISSING until its value, or what",
      "    its check needs besides, is",
      "    recorded; its reason says which):",
      "  3 生活垃圾无害化处理率",
      "2023 assessment — binding 4: 1 pass · 1",
      "  fail · 1 missing · 1 n/a — reference",
      "  1: 1 warn — overall FAIL",
      "",
    ]);
  });

  it("--compare-year with nothing changed says so", async () => {
    expect(rest(await table(one(unchanged)))).toEqual([
      "six.yaml — 某县",
      "Reasons:",
      "  ✗ FAIL    2 baseline (shown, not deciding): 2022: 80% does not meet ≥85",
      "  ✗ FAIL    2 progress: 2023 against the standard (no plan target for this phase): 2023: 81% does not meet ≥85",
      "  ◇ REVIEW  3 baseline (shown, not deciding): 2022 value “约95%” is approximate: give the figure itself",
      "  ? MISSING 3 progress: no value for 2023",
      "  ! WARN    R1 baseline (shown, not deciding): 2022: 33% does not meet ≥60",
      "  ! WARN    R1 progress: 2023 against the standard (no plan target for this phase): 2023: 35% does not meet ≥60",
      "Changes from 2022 to 2023:",
      "  no change",
      "Missing for 2023 (binding rows: 1; each is MISSING until its value, or what its check needs besides, is recorded; its reason says which):",
      "  3 生活垃圾无害化处理率",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
    ]);
    expect(rest(await table(one(unchanged), { lang: "zh" }))).toEqual([
      "six.yaml — 某县",
      "判定理由：",
      "  ✗ 未达标  2 基准值（不参与本次判定）：2022年：80% 不满足 ≥85",
      "  ✗ 未达标  2 进展：2023年对照国家标准（本阶段无规划目标）：2023年：81% 不满足 ≥85",
      "  ◇ 待审核  3 基准值（不参与本次判定）：2022年的值“约95%”是约数：请填写确切数值",
      "  ? 缺数据  3 进展：缺少2023年的值",
      "  ! 警示    R1 基准值（不参与本次判定）：2022年：33% 不满足 ≥60",
      "  ! 警示    R1 进展：2023年对照国家标准（本阶段无规划目标）：2023年：35% 不满足 ≥60",
      "2022年至2023年的变化：",
      "  无变化",
      "2023年缺数据的约束性指标（1 项，填报数值或检查所需的其他数据前均判为缺数据，缺什么见各项原因）：",
      "  3 生活垃圾无害化处理率",
      "2023年度评估 — 约束性 4 项：1 达标 · 1 未达标 · 1 缺数据 · 1 不涉及 — 参考性 1 项：1 警示 — 总体 未达标",
      "",
    ]);
  });

  it("a row that restates its edition: each field it overrides, before its reasons", async () => {
    const [first, ...others] = YEAR.indicators;
    const overriding: FileAssessment = {
      ...YEAR,
      indicators: [
        {
          ...first!,
          indicator: {
            ...first!.indicator,
            edition: {
              name: "county-2024",
              overrides: [
                { field: "standard", file: "≥20", edition: "≥18" },
                { field: "name", file: "森林覆盖率", edition: "林草覆盖率" },
              ],
            },
          },
        },
        ...others,
      ],
    };
    expect(rest(await table(one(overriding)))).toEqual([
      "six.yaml — 某县",
      "Reasons:",
      "  ⓘ         1 overrides standard: “≥20” (the standard: “≥18”)",
      "  ⓘ         1 overrides name: “森林覆盖率” (the standard: “林草覆盖率”)",
      "  ✗ FAIL    2 baseline (shown, not deciding): 2022: 80% does not meet ≥85",
      "  ✗ FAIL    2 progress: 2023 against the standard (no plan target for this phase): 2023: 81% does not meet ≥85",
      "  ◇ REVIEW  3 baseline (shown, not deciding): 2022 value “约95%” is approximate: give the figure itself",
      "  ? MISSING 3 progress: no value for 2023",
      "  ! WARN    R1 baseline (shown, not deciding): 2022: 33% does not meet ≥60",
      "  ! WARN    R1 progress: 2023 against the standard (no plan target for this phase): 2023: 35% does not meet ≥60",
      "Missing for 2023 (binding rows: 1; each is MISSING until its value, or what its check needs besides, is recorded; its reason says which):",
      "  3 生活垃圾无害化处理率",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
    ]);
    expect(rest(await table(one(overriding), { lang: "zh", color: true }))).toEqual([
      "\u001b[1msix.yaml — 某县\u001b[22m",
      "判定理由：",
      "  \u001b[34mⓘ\u001b[39m         1 改写了 standard：“≥20”（标准为“≥18”）",
      "  \u001b[34mⓘ\u001b[39m         1 改写了 name：“森林覆盖率”（标准为“林草覆盖率”）",
      "  \u001b[31m✗ 未达标 \u001b[39m 2 基准值（不参与本次判定）：2022年：80% 不满足 ≥85",
      "  \u001b[31m✗ 未达标 \u001b[39m 2 进展：2023年对照国家标准（本阶段无规划目标）：2023年：81% 不满足 ≥85",
      "  \u001b[36m◇ 待审核 \u001b[39m 3 基准值（不参与本次判定）：2022年的值“约95%”是约数：请填写确切数值",
      "  \u001b[35m? 缺数据 \u001b[39m 3 进展：缺少2023年的值",
      "  \u001b[33m! 警示   \u001b[39m R1 基准值（不参与本次判定）：2022年：33% 不满足 ≥60",
      "  \u001b[33m! 警示   \u001b[39m R1 进展：2023年对照国家标准（本阶段无规划目标）：2023年：35% 不满足 ≥60",
      "2023年缺数据的约束性指标（1 项，填报数值或检查所需的其他数据前均判为缺数据，缺什么见各项原因）：",
      "  3 生活垃圾无害化处理率",
      "2023年度评估 — 约束性 4 项：1 达标 · 1 未达标 · 1 缺数据 · 1 不涉及 — 参考性 1 项：1 警示 — 总体 未达标",
      "",
    ]);
  });
});

/** A 2024 assessment with basic conditions of three years and two key projects. */
const CI = `region: {name: 某县, level: county, zone: central}
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

describe("a year with basic conditions and key projects", () => {
  it("on a terminal 60 columns wide: the conditions and the projects cut to the width before the summary", async () => {
    expect(rest(await table(one(assess(load(CI, "ci.yaml"))), { width: 60 }))).toEqual([
      "ci.yaml — 某县",
      "Reasons:",
      "  ✗ FAIL    2 baseline (shown, not deciding): 2022: 80% does",
      "            not meet ≥85",
      "  ✗ FAIL    2 progress: 2024 against the standard (no plan",
      "            target for this phase): 2024: 81% does not meet",
      "            ≥85",
      "  ◇ REVIEW  3 baseline (shown, not deciding): 2022 value “约",
      "            95%” is approximate: give the figure itself",
      "  ? MISSING 3 progress: no value for 2024",
      "  ! WARN    R1 baseline (shown, not deciding): 2022: 33%",
      "            does not meet ≥60",
      "  ! WARN    R1 progress: 2024 against the standard (no plan",
      "            target for this phase): 2024: 35% does not meet",
      "            ≥60",
      "Missing for 2024 (binding rows: 1; each is MISSING until its",
      "    value, or what its check needs besides, is recorded; its",
      "    reason says which):",
      "  3 生活垃圾无害化处理率",
      "Basic conditions (否决项) for 2024: 1 listed, 1 not met",
      "  ✗ 2023 重特大突发环境事件: 发生, not met (shown, not",
      "    deciding for 2024)",
      "  ✗ 2024 生态环境违法案件: 发生, not met: the year FAILs",
      "    whatever the indicators say",
      "  · 2025 督察问题整改: 已完成, stated for 2025, not yet",
      "    assessed",
      "The list of conditions is the file's own (the official list",
      "    was not found).",
      "Key projects (附表1): 2 projects, 4000 万元: 1 with",
      "    warnings, 1 completed — warn",
      "  schedule and investment pace in 2024; margin 20 points",
      "    (default)",
      "  shown, not deciding the overall",
      "  ! the stated total 5000 万元 differs from the sum of the 2",
      "    projects, 4000 万元 (difference 1000)",
      "  ! project 2 城乡垃圾收运体系: 滞后 — 200 of 1000 万元",
      "    invested by 2024 (20%), 66.7% of the period elapsed:",
      "    46.7 points behind, more than the margin of 20 (lead: 区",
      "    城管局)",
      "  by domain: 生态安全 2 · 4000 万元 · invested 3200 ·",
      "    completed 1",
      "  by kind: new 1 · 3000 万元 · invested 3000 · completed 1;",
      "    continued 1 · 1000 万元 · invested 200 · completed 0",
      "  by lead unit: 区住建局 1 · 3000 万元 · invested 3000 ·",
      "    completed 1; 区城管局 1 · 1000 万元 · invested 200 ·",
      "    completed 0",
      "2024 assessment — binding 3: 1 pass · 1 fail · 1 missing —",
      "  reference 1: 1 warn — overall FAIL",
      "",
    ]);
  });

  it("--quiet on a terminal 12 columns wide: the title cut too, line by line", async () => {
    expect(await table(one(assess(load(CI, "ci.yaml"))), { width: 12, quiet: true })).toEqual([
      "ci.yaml — 某",
      "  县",
      "2024",
      "  assessment",
      "  — binding",
      "  3: 1 pass",
      "  · 1 fail ·",
      "  1 missing",
      "  —",
      "  reference",
      "  1: 1 warn",
      "  — overall",
      "  FAIL",
      "",
    ]);
  });
});

describe("a run of several files", () => {
  it("each file's block, then the gaps of the year assessments and the run's total", async () => {
    expect(await table(summarizeRun([YEAR, PLAN]))).toEqual([
      "six.yaml — 某县",
      "┌────┬──────────────────────────┬──────┬──────────┬───────────────┬─────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator                │ Unit │ Standard │ Baseline 2022 │ Target 2025 │ Target 2030 │ Actual 2023 │",
      "│ 1  │ 森林覆盖率               │ %    │ ≥20      │ ✓ 25.5        │ ✓ ≥25.5     │             │ ✓ 26        │",
      "│ 2  │ 空气质量优良天数比例     │ %    │ ≥85      │ ✗ 80          │             │             │ ✗ 81        │",
      "│ 3  │ 生活垃圾无害化处理率     │ %    │ ≥80      │ ◇ 约95%       │             │             │ ?           │",
      "│ 14 │ 海洋生态保护（沿海地区） │      │ 不涉及   │ – 不涉及      │             │             │ –           │",
      "│ R1 │ 农村生活污水治理率       │ %    │ ≥60      │ ! 33          │             │             │ ! 35        │",
      "└────┴──────────────────────────┴──────┴──────────┴───────────────┴─────────────┴─────────────┴─────────────┘",
      "Reasons:",
      "  ✗ FAIL    2 baseline (shown, not deciding): 2022: 80% does not meet ≥85",
      "  ✗ FAIL    2 progress: 2023 against the standard (no plan target for this phase): 2023: 81% does not meet ≥85",
      "  ◇ REVIEW  3 baseline (shown, not deciding): 2022 value “约95%” is approximate: give the figure itself",
      "  ? MISSING 3 progress: no value for 2023",
      "  ! WARN    R1 baseline (shown, not deciding): 2022: 33% does not meet ≥60",
      "  ! WARN    R1 progress: 2023 against the standard (no plan target for this phase): 2023: 35% does not meet ≥60",
      "Missing for 2023 (binding rows: 1; each is MISSING until its value, or what its check needs besides, is recorded; its reason says which):",
      "  3 生活垃圾无害化处理率",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
      "plan.yaml — 某县",
      "┌────┬──────────────────────────┬──────┬──────────┬───────────────┬─────────────┬─────────────┐",
      "│ ID │ Indicator                │ Unit │ Standard │ Baseline 2022 │ Target 2025 │ Target 2030 │",
      "│ 1  │ 森林覆盖率               │ %    │ ≥20      │ ✓ 25.5        │ ✓ ≥25.5     │             │",
      "│ 2  │ 空气质量优良天数比例     │ %    │ ≥85      │ ✗ 80          │             │             │",
      "│ 3  │ 生活垃圾无害化处理率     │ %    │ ≥80      │ ◇ 约95%       │             │             │",
      "│ 14 │ 海洋生态保护（沿海地区） │      │ 不涉及   │ – 不涉及      │             │             │",
      "│ R1 │ 农村生活污水治理率       │ %    │ ≥60      │ ! 33          │             │             │",
      "└────┴──────────────────────────┴──────┴──────────┴───────────────┴─────────────┴─────────────┘",
      "Reasons:",
      "  ✗ FAIL    2 baseline: 2022: 80% does not meet ≥85",
      "  ◇ REVIEW  3 baseline: 2022 value “约95%” is approximate: give the figure itself",
      "  ! WARN    R1 baseline: 2022: 33% does not meet ≥60",
      "plan review — binding 4: 1 pass · 1 fail · 1 review · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
      "Year assessments with gaps (1 file):",
      "  某县 (six.yaml, 2023): 3",
      "2 files: 2 FAIL — overall FAIL",
      "",
    ]);
  });

  it("--quiet: each file's summary, then the run's, no gaps", async () => {
    expect(await table(summarizeRun([YEAR, PLAN]), { quiet: true })).toEqual([
      "six.yaml — 某县",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
      "plan.yaml — 某县",
      "plan review — binding 4: 1 pass · 1 fail · 1 review · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
      "2 files: 2 FAIL — overall FAIL",
      "",
    ]);
  });

  it("a file that could not be read counts as one of the run's files", async () => {
    expect(await table({ ...one(YEAR), unreadable: 1 }, { quiet: true })).toEqual([
      "six.yaml — 某县",
      "2023 assessment — binding 4: 1 pass · 1 fail · 1 missing · 1 n/a — reference 1: 1 warn — overall FAIL",
      "",
      "2 files: 1 FAIL · 1 not checked (input errors above) — overall FAIL",
      "",
    ]);
  });

  it("in colour on a narrow terminal: the total bold line by line, the gaps cut to the width", async () => {
    expect((await table(summarizeRun([YEAR, PLAN]), { color: true, width: 24 })).slice(-9)).toEqual([
      "  overall FAIL",
      "",
      "Year assessments with",
      "    gaps (1 file):",
      "  某县 (six.yaml, 2023):",
      "    3",
      "\u001b[1m2 files: 2 FAIL —\u001b[22m",
      "\u001b[1m  overall FAIL\u001b[22m",
      "",
    ]);
    expect(await table(summarizeRun([YEAR, PLAN]), { quiet: true, color: true, width: 40 })).toEqual([
      "\u001b[1msix.yaml — 某县\u001b[22m",
      "2023 assessment — binding 4: 1 pass · 1",
      "  fail · 1 missing · 1 n/a — reference",
      "  1: 1 warn — overall FAIL",
      "",
      "\u001b[1mplan.yaml — 某县\u001b[22m",
      "plan review — binding 4: 1 pass · 1 fail",
      "  · 1 review · 1 n/a — reference 1: 1",
      "  warn — overall FAIL",
      "",
      "\u001b[1m2 files: 2 FAIL — overall FAIL\u001b[22m",
      "",
    ]);
  });
});

describe("a file of more rows than one batch", () => {
  it("1,001 failing rows: one table drawn in parts, one heading over every reason", async () => {
    const rows = Array.from(
      { length: 1001 },
      (_, i) => `  - id: "${i + 1}"\n    name: 指标${i + 1}\n    unit: "%"\n    standard: "≥20"\n    baseline: 10\n`,
    ).join("");
    const big = `region: {name: 某县, level: county}\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n${rows}`;
    const lines = await table(one(assess(load(big, "big.yaml"))));
    expect(lines.slice(0, 4)).toEqual([
      "big.yaml — 某县",
      "┌──────┬───────────┬──────┬──────────┬───────────────┬─────────────┬─────────────┐",
      "│ ID   │ Indicator │ Unit │ Standard │ Baseline 2022 │ Target 2025 │ Target 2030 │",
      "│ 1    │ 指标1     │ %    │ ≥20      │ ✗ 10          │             │             │",
    ]);
    expect(lines.filter((l) => l.startsWith("┌") || l.startsWith("└"))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith("│ "))).toHaveLength(1002);
    expect(lines.filter((l) => l === "Reasons:")).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("  ✗ FAIL    "))).toHaveLength(1001);
    expect(lines.slice(-4)).toEqual([
      "  ✗ FAIL    1000 baseline: 2022: 10% does not meet ≥20",
      "  ✗ FAIL    1001 baseline: 2022: 10% does not meet ≥20",
      "plan review — binding 1001: 1001 fail — reference 0: none — overall FAIL",
      "",
    ]);
  });
});

describe("a file of three batches", () => {
  it("2,001 rows on a terminal, the middle thousand passing: one table in parts, one heading, no empty batch", async () => {
    const row = (i: number, baseline: number) =>
      `  - id: "${i}"\n    name: 指标${i}\n    unit: "%"\n    standard: "≥20"\n    baseline: ${baseline}\n`;
    const rows = Array.from({ length: 2001 }, (_, i) => row(i + 1, i >= 1000 && i < 2000 ? 30 : 10)).join("");
    const big = `region: {name: 某县, level: county}\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n${rows}`;
    const lines = await table(one(assess(load(big, "big.yaml"))), { width: 200 });
    expect(lines.filter((l) => l.startsWith("┌") || l.startsWith("└"))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith("│ "))).toHaveLength(2002);
    expect(lines.filter((l) => l === "Reasons:")).toHaveLength(1);
    const reasons = lines.slice(lines.indexOf("Reasons:") + 1);
    expect(reasons.slice(999, 1003)).toEqual([
      "  ✗ FAIL    1000 baseline: 2022: 10% does not meet ≥20",
      "  ✗ FAIL    2001 baseline: 2022: 10% does not meet ≥20",
      "plan review — binding 2001: 1000 pass · 1001 fail — reference 0: none — overall FAIL",
      "",
    ]);
  });
});

describe("a table drawn in parts", () => {
  it("parts of two rows joined where their borders meet: one table, the widths of the whole", () => {
    const rows = [
      ["1", "森林覆盖率"],
      ["2", "空气\n质量"],
      ["3", "x"],
      ["14", "海洋"],
      ["R1", "污水"],
    ];
    expect(tableText(["ID", "指标"], rows, 2).split("\n")).toEqual([
      "┌────┬────────────┐",
      "│ ID │ 指标       │",
      "│ 1  │ 森林覆盖率 │",
      "│ 2  │ 空气       │",
      "│    │ 质量       │",
      "│ 3  │ x          │",
      "│ 14 │ 海洋       │",
      "│ R1 │ 污水       │",
      "└────┴────────────┘",
    ]);
  });
  it("rows a whole number of parts: no part after the last, the last with its bottom border", () => {
    const rows = [
      ["1", "a"],
      ["2", "b"],
      ["3", "c"],
      ["4", "d"],
    ];
    expect(tableText(["ID", "指标"], rows, 2).split("\n")).toEqual([
      "┌────┬──────┐",
      "│ ID │ 指标 │",
      "│ 1  │ a    │",
      "│ 2  │ b    │",
      "│ 3  │ c    │",
      "│ 4  │ d    │",
      "└────┴──────┘",
    ]);
  });

  it("a head wider than every cell below it sets its column's width in every part", () => {
    const rows = [
      ["1", "x"],
      ["2", "y"],
      ["3", "z"],
    ];
    expect(tableText(["ID", "Indicator"], rows, 2).split("\n")).toEqual([
      "┌────┬───────────┐",
      "│ ID │ Indicator │",
      "│ 1  │ x         │",
      "│ 2  │ y         │",
      "│ 3  │ z         │",
      "└────┴───────────┘",
    ]);
  });
});
