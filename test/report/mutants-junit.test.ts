/**
 * JUnit XML (src/report/junit.ts, junitSuite.ts) on files a user could write, against the literal
 * XML: a year assessment's suite with its totals, a check that fails the run a <failure> or an
 * <error>, one shown only (a year's baseline) or a reference row's nothing, N/A <skipped>, the
 * basic conditions' testcases (one not yet assessed skipped), the key projects' suite, the exit
 * policy's options, a file that could not be read, and line breaks and tabs kept as references.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadIndicatorFile } from "../../src/read.js";
import { type FormatOptions, loadFormatter, loadStreamingFormatter } from "../../src/report/index.js";
import { CI } from "./ciFixture.js";

/** A row whose name holds a tab and a line break, an N/A row, and a stated status with a carriage return in it. */
const CONTROLS = `region: {name: "某县\\t城区", level: county}
plan: {base_year: 2022}
indicators:
  - id: "1"
    name: "森林\\t覆盖率\\n（含灌木林）"
    unit: "%"
    standard: "≥20"
    baseline: 10
  - id: "14"
    name: 海洋生态保护
    standard: 不涉及
    baseline: 不涉及
  - id: R1
    name: 规模以下畜禽粪污收运体系
    binding: false
    standard: 建立
    baseline: "正在\\r试点"
`;
const BAD = `region: {name: 某县, level: county}
plan: {base_year: 2022}
indicators:
  - id: "1"
    name: 森林覆盖率
    standard: "≥20"
    baseline: 25
    colour: green
`;

function load(text: string, name: string) {
  const loaded = loadIndicatorFile(text, name);
  if (!loaded.ok) throw new Error(`${name} does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.value;
}
const OPTIONS: FormatOptions = { lang: "en", color: false, quiet: false };
async function junit(text: string, name: string, options: Partial<FormatOptions> = {}): Promise<string[]> {
  return (await loadFormatter("junit"))(summarizeRun([assess(load(text, name))]), { ...OPTIONS, ...options }).split(
    "\n",
  );
}

describe("JUnit XML", () => {
  it("a year assessment: the deciding checks' failures and errors, the conditions, the projects' suite", async () => {
    expect(await junit(CI, "ci.yaml")).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="lingling-check">',
      '  <testsuite name="ci.yaml — 某县" tests="11" failures="2" errors="1" skipped="1" file="ci.yaml">',
      "    <properties>",
      '      <property name="overall" value="FAIL"/>',
      "    </properties>",
      '    <testcase classname="ci.yaml.1" name="1 森林覆盖率 — baseline">',
      "      <system-out>ci.yaml:4",
      "PASS: 2022: 25.5% meets ≥20</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.1" name="1 森林覆盖率 — progress">',
      "      <system-out>ci.yaml:4",
      "PASS: 2024 against the standard (no plan target for this phase): 2024: 26.5% meets ≥20</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.2" name="2 空气质量优良天数比例 — baseline">',
      "      <system-out>ci.yaml:12",
      "FAIL: 2022: 80% does not meet ≥85</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.2" name="2 空气质量优良天数比例 — progress">',
      '      <failure type="FAIL" message="2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85">2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85</failure>',
      "      <system-out>ci.yaml:12",
      "FAIL: 2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.3" name="3 生活垃圾无害化处理率 — baseline">',
      "      <system-out>ci.yaml:20",
      "REVIEW: 2022 value “约95%” is approximate: give the figure itself</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.3" name="3 生活垃圾无害化处理率 — progress">',
      '      <error type="MISSING" message="no value for 2024">no value for 2024</error>',
      "      <system-out>ci.yaml:20",
      "MISSING: no value for 2024</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.R1" name="R1 农村生活污水治理率 — baseline">',
      "      <system-out>ci.yaml:27",
      "WARN: 2022: 33% does not meet ≥60</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.R1" name="R1 农村生活污水治理率 — progress">',
      "      <system-out>ci.yaml:27",
      "WARN: 2024 against the standard (no plan target for this phase): 2024: 35% does not meet ≥60</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.vetoes.2023" name="basic condition 2023 重特大突发环境事件">',
      "      <system-out>ci.yaml:37:5",
      "FAIL: 2023 重特大突发环境事件: 发生, not met (shown, not deciding for 2024). The list of conditions is the file&apos;s own (the official list was not found).</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.vetoes.2024" name="basic condition 2024 生态环境违法案件">',
      '      <failure type="FAIL" message="2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say">2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say</failure>',
      "      <system-out>ci.yaml:39:5",
      "FAIL: 2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say. The list of conditions is the file&apos;s own (the official list was not found).</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.vetoes.2025" name="basic condition 2025 督察问题整改">',
      '      <skipped message="2025 督察问题整改: 已完成, stated for 2025, not yet assessed"/>',
      "      <system-out>ci.yaml:41:5",
      "2025 督察问题整改: 已完成, stated for 2025, not yet assessed. The list of conditions is the file&apos;s own (the official list was not found).</system-out>",
      "    </testcase>",
      "  </testsuite>",
      '  <testsuite name="ci.yaml — projects" tests="3" failures="0" errors="0" skipped="0" file="ci.yaml">',
      "    <properties>",
      '      <property name="file" value="ci.yaml"/>',
      '      <property name="summary" value="2 projects, 4000 万元: 1 with warnings, 1 completed — warn"/>',
      "    </properties>",
      '    <testcase classname="ci.yaml.projects" name="total">',
      "      <system-out>ci.yaml:43",
      "WARN: the stated total 5000 万元 differs from the sum of the 2 projects, 4000 万元 (difference 1000)</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.projects" name="1 污水处理厂提标改造">',
      "      <system-out>ci.yaml:45",
      "pass</system-out>",
      "    </testcase>",
      '    <testcase classname="ci.yaml.projects" name="2 城乡垃圾收运体系">',
      "      <system-out>ci.yaml:54",
      "WARN: project 2 城乡垃圾收运体系: 滞后 — 200 of 1000 万元 invested by 2024 (20%), 66.7% of the period elapsed: 46.7 points behind, more than the margin of 20 (lead: 区城管局)</system-out>",
      "    </testcase>",
      "  </testsuite>",
      "</testsuites>",
      "",
    ]);
  });

  it("--fail-on warn --allow-incomplete: the reference row's WARN a failure, the missing value nothing", async () => {
    const lines = await junit(CI, "ci.yaml", { failOn: "warn", allowIncomplete: true });
    expect(lines.filter((l) => /<(failure|error|skipped)|<testsuite /.test(l))).toEqual([
      '  <testsuite name="ci.yaml — 某县" tests="11" failures="3" errors="0" skipped="1" file="ci.yaml">',
      '      <failure type="FAIL" message="2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85">2024 against the standard (no plan target for this phase): 2024: 81% does not meet ≥85</failure>',
      '      <failure type="WARN" message="2024 against the standard (no plan target for this phase): 2024: 35% does not meet ≥60">2024 against the standard (no plan target for this phase): 2024: 35% does not meet ≥60</failure>',
      '      <failure type="FAIL" message="2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say">2024 生态环境违法案件: 发生, not met: the year FAILs whatever the indicators say</failure>',
      '      <skipped message="2025 督察问题整改: 已完成, stated for 2025, not yet assessed"/>',
      '  <testsuite name="ci.yaml — projects" tests="3" failures="0" errors="0" skipped="0" file="ci.yaml">',
    ]);
  });

  it("tabs and line breaks in attributes, a carriage return anywhere, as character references; N/A skipped", async () => {
    expect(await junit(CONTROLS, "controls.yaml")).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="lingling-check">',
      '  <testsuite name="controls.yaml — 某县&#9;城区" tests="3" failures="1" errors="0" skipped="1" file="controls.yaml">',
      "    <properties>",
      '      <property name="overall" value="FAIL"/>',
      "    </properties>",
      '    <testcase classname="controls.yaml.1" name="1 森林&#9;覆盖率&#10;（含灌木林） — baseline">',
      '      <failure type="FAIL" message="2022: 10% does not meet ≥20">2022: 10% does not meet ≥20</failure>',
      "      <system-out>controls.yaml:4",
      "FAIL: 2022: 10% does not meet ≥20</system-out>",
      "    </testcase>",
      '    <testcase classname="controls.yaml.14" name="14 海洋生态保护 — baseline">',
      '      <skipped message="not applicable (不涉及)"/>',
      "      <system-out>controls.yaml:9",
      "N/A: not applicable (不涉及)</system-out>",
      "    </testcase>",
      '    <testcase classname="controls.yaml.R1" name="R1 规模以下畜禽粪污收运体系 — baseline">',
      "      <system-out>controls.yaml:13",
      "REVIEW: 2022: “正在&#13;试点” does not state “established”: a person must judge it</system-out>",
      "    </testcase>",
      "  </testsuite>",
      "</testsuites>",
      "",
    ]);
  });

  it("a file that could not be read: a suite of its own, an error per problem at its place", async () => {
    const loaded = loadIndicatorFile(BAD, "bad.yaml");
    if (loaded.ok) throw new Error("bad.yaml loads");
    const suite = (await loadStreamingFormatter("junit")).inputErrors!(loaded.errors, OPTIONS);
    expect(suite.split("\n")).toEqual([
      '  <testsuite name="bad.yaml" tests="1" failures="0" errors="1" skipped="0" file="bad.yaml">',
      '    <testcase classname="bad.yaml" name="input error[unknown-field] 8:5">',
      '      <error type="input-error" message="bad.yaml:8:5: unknown field “colour”; expected one of: id, name, name_en, domain, unit, binding, better, measure, reference, tolerance, standard, baseline, near_term, long_term, superior, actuals, review, reference_value, clauses, may_be_not_applicable, note">bad.yaml:8:5: unknown field “colour”; expected one of: id, name, name_en, domain, unit, binding, better, measure, reference, tolerance, standard, baseline, near_term, long_term, superior, actuals, review, reference_value, clauses, may_be_not_applicable, note</error>',
      "      <system-out>bad.yaml:8:5",
      "unknown field “colour”; expected one of: id, name, name_en, domain, unit, binding, better, measure, reference, tolerance, standard, baseline, near_term, long_term, superior, actuals, review, reference_value, clauses, may_be_not_applicable, note</system-out>",
      "    </testcase>",
      "  </testsuite>",
      "",
    ]);
  });
});
