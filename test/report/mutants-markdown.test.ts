/**
 * Markdown (src/report/markdown.ts) on a file a user could write, against the literal text: the
 * table with a mark per verdict, the reasons, what is missing, the basic conditions and whose list
 * it is, the summary, the key projects; --quiet, a run's gaps and projects, the input errors, and
 * a name's markup characters escaped so that it reads as written.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import type { InputError } from "../../src/load/errors.js";
import { loadIndicatorFile } from "../../src/read.js";
import { type FormatOptions, loadFormatter, loadStreamingFormatter } from "../../src/report/index.js";
import { CI } from "./ciFixture.js";

function assessed(text: string, year?: number): FileAssessment {
  const loaded = loadIndicatorFile(text, "ci.yaml");
  if (!loaded.ok) throw new Error(`does not load: ${JSON.stringify(loaded.errors)}`);
  return assess(loaded.value, year === undefined ? {} : { year });
}
const OPTIONS: FormatOptions = { lang: "en", color: false, quiet: false };
async function markdown(files: FileAssessment[], options: Partial<FormatOptions> = {}): Promise<string> {
  return (await loadFormatter("markdown"))(summarizeRun(files), { ...OPTIONS, ...options });
}

describe("Markdown", () => {
  it("a year assessment: table, reasons, what is missing, conditions, summary, key projects", async () => {
    expect((await markdown([assessed(CI)])).split("\n")).toEqual([
      "## lingling-check",
      "",
      "### ci.yaml — 某县",
      "",
      "| ID | Indicator | Unit | Standard | Baseline 2022 | Target 2025 | Target 2030 | Actual 2024 |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      "| 1 | 森林覆盖率 | % | ≥20 | ✓ 25.5 |  |  | ✓ 26.5 |",
      "| 2 | 空气质量优良天数比例 | % | ≥85 | ✗ 80 |  |  | ✗ 81 |",
      "| 3 | 生活垃圾无害化处理率 | % | ≥80 | ◇ 约95% |  |  | ? |",
      "| R1 | 农村生活污水治理率 | % | ≥60 | ! 33 |  |  | ! 35 |",
      "",
      "**Reasons:**",
      "",
      "- ✗ **FAIL** 2 baseline (shown, not deciding): 2022: 80% does not meet ≥85",
      "- ✗ **FAIL** 2 progress: 2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85",
      "- ◇ **REVIEW** 3 baseline (shown, not deciding): 2022 value “约95%” is approximate: give the figure itself",
      "- ? **MISSING** 3 progress: no value for 2024",
      "- ! **WARN** R1 baseline (shown, not deciding): 2022: 33% does not meet ≥60",
      "- ! **WARN** R1 progress: 2024 against the standard (no plan target for this phase): 2024: 35% does not meet ≥60",
      "",
      "**Missing for 2024 (binding rows: 1; each is MISSING until its value, or what its check needs besides, is recorded; its reason says which):**",
      "",
      "- 3 生活垃圾无害化处理率",
      "",
      "**Basic conditions (否决项) for 2024: 1 listed, 1 not met**",
      "",
      "- ✗ 2023 重特大突发环境事件: 发生, not met (shown, not deciding for 2024)",
      "- ✗ 2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say",
      "- · 2025 督察问题整改: 已完成, stated for 2025, not yet assessed",
      "",
      "The list of conditions is the file's own (the official list was not found).",
      "",
      "**2024 assessment — binding 3: 1 pass · 1 fail · 1 missing — reference 1: 1 warn — overall FAIL**",
      "",
      "#### Key projects (附表1)",
      "",
      "2 projects, 4000 万元: 1 with warnings, 1 completed — warn; schedule and investment pace in 2024; margin 20 points (default); shown, not deciding the overall",
      "",
      "| No. | Project | Domain | Kind | Investment (万元) | Period | Lead units | Status | Invested (万元) | Verdict |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
      "| 1 | 污水处理厂提标改造 | 生态安全 | new | 3000 | 2023-2024 | 区住建局 | completed | 3000 | pass |",
      "| 2 | 城乡垃圾收运体系 | 生态安全 | continued | 1000 | 2023-2025 | 区城管局 | in progress | 200 | warn |",
      "",
      "- ⚠ the stated total 5000 万元 differs from the sum of the 2 projects, 4000 万元 (difference 1000)",
      "- ⚠ project 2 城乡垃圾收运体系: 滞后 — 200 of 1000 万元 invested by 2024 (20%), 66.7% of the period elapsed: 46.7 points behind, more than the margin of 20 (lead: 区城管局)",
      "",
      "- by domain: 生态安全 2 · 4000 万元 · invested 3200 · completed 1",
      "- by kind: new 1 · 3000 万元 · invested 3000 · completed 1; continued 1 · 1000 万元 · invested 200 · completed 0",
      "- by lead unit: 区住建局 1 · 3000 万元 · invested 3000 · completed 1; 区城管局 1 · 1000 万元 · invested 200 · completed 0",
      "",
    ]);
  });

  it("Chinese: the headers in Chinese", async () => {
    expect((await markdown([assessed(CI)], { lang: "zh" })).split("\n").slice(0, 6)).toEqual([
      "## lingling-check",
      "",
      "### ci.yaml — 某县",
      "",
      "| 序号 | 考核指标 | 单位 | 国家标准 | 基准值 2022 | 规划值 2025 | 规划值 2030 | 实际值 2024 |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]);
  });

  it("--quiet: a line per file, then the run's summary", async () => {
    expect(await markdown([assessed(CI), assessed(CI, 2023)], { quiet: true })).toBe(
      "## lingling-check\n\n- ci.yaml: 2024 assessment — binding 3: 1 pass · 1 fail · 1 missing — reference 1: 1 warn — overall FAIL\n- ci.yaml: 2023 assessment — binding 3: 1 pass · 2 missing — reference 1: 1 missing — overall FAIL\n\n**2 files: 2 FAIL — overall FAIL**\n",
    );
  });

  it("two files: the gaps of each year assessment and the projects across the run before the run's summary", async () => {
    expect((await markdown([assessed(CI), assessed(CI, 2023)])).split("\n").slice(-12)).toEqual([
      "**Year assessments with gaps (2 files):**",
      "",
      "- 某县 (ci.yaml, 2024): 3",
      "- 某县 (ci.yaml, 2023): 2, 3",
      "",
      "**key projects across 2 files: 4 projects, 8000 万元, 3200 万元 invested, 1 completed, 3 with warnings**",
      "",
      "- 某县 (ci.yaml): 2 · 4000 万元 · invested 3200 · completed 1 · warn 1",
      "- 某县 (ci.yaml): 2 · 4000 万元 · invested 0 · completed 0 · warn 2",
      "",
      "**2 files: 2 FAIL — overall FAIL**",
      "",
    ]);
  });

  it("a file that could not be read: its errors listed under a heading, its place in a code span", async () => {
    const broken = loadIndicatorFile("region: {name: 某县\nplan: [\n", "broken.yaml");
    if (broken.ok) throw new Error("broken.yaml loads");
    const errors: InputError[] = [
      ...broken.errors,
      {
        file: "county.xlsx",
        line: 3,
        column: 2,
        code: "unknown-field",
        message: { id: "error.unknownField", data: { field: "颜色", known: "id, name" } },
      },
    ];
    const section = (await loadStreamingFormatter("markdown")).inputErrors!(errors, OPTIONS);
    expect(section.split("\n")).toEqual([
      "### broken.yaml — not checked: input errors",
      "",
      "- `broken.yaml:2:7` error\\[yaml-syntax\\]: YAML syntax: wrong indentation: the keys of one level start in the same column, and a level below is indented further",
      "- `broken.yaml:2:7` error\\[yaml-syntax\\]: YAML syntax: this \\[ or { is not closed: end it with \\] or } (on a later line, indented past its key)",
      "- `county.xlsx:3:2` error\\[unknown-field\\]: unknown field “颜色”; expected one of: id, name",
    ]);
    // --quiet: the errors without their heading.
    expect(
      (await loadStreamingFormatter("markdown")).inputErrors!(errors, { ...OPTIONS, quiet: true }).split("\n"),
    ).toEqual([
      "- `broken.yaml:2:7` error\\[yaml-syntax\\]: YAML syntax: wrong indentation: the keys of one level start in the same column, and a level below is indented further",
      "- `broken.yaml:2:7` error\\[yaml-syntax\\]: YAML syntax: this \\[ or { is not closed: end it with \\] or } (on a later line, indented past its key)",
      "- `county.xlsx:3:2` error\\[unknown-field\\]: unknown field “颜色”; expected one of: id, name",
    ]);
  });

  it("a name's markup characters escaped with backslashes, an entity's ampersand too", async () => {
    const named = CI.replace("name: 空气质量优良天数比例", "name: 'a|b*c_d[e]<f>#g~h`i\\j &amp; k &l'");
    const lines = (await markdown([assessed(named)])).split("\n");
    expect(lines).toContain(
      "| 2 | a\\|b\\*c\\_d\\[e\\]\\<f>\\#g\\~h\\`i\\\\j \\&amp; k &l | % | ≥85 | ✗ 80 |  |  | ✗ 81 |",
    );
  });
});
