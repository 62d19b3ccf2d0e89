/**
 * Basic conditions (否决项) of every year the file states (issue #23): each run names them all —
 * the assessed year's deciding, another year's shown, one stated for a year after the last
 * assessed named as not yet assessed — and --compare-year lists a condition that changed.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { compareYears } from "../../src/assess/compare.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { FORMAT_NAMES } from "../../src/report/index.js";
import { loaded as load } from "../load/paths.js";
import { render } from "../report/shared.js";

const TEXT = `region: {name: 测试区, zone: central, urban_district: true}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: "1", name: 考核比例, unit: "%", standard: "≥20", baseline: 25.5, near_term: "≥25.5", long_term: "≥25.5", actuals: {2023: 26, 2024: 26}}
vetoes:
  2023:
    重特大突发环境事件: 发生
  2024:
    重特大突发环境事件: 未发生
  2025:
    督察问题整改: 已完成
`;
const file = load(TEXT);
const schema = JSON.parse(readFileSync(new URL("../../docs/report-v1.schema.json", import.meta.url), "utf8")) as object;

describe("every year's conditions, each where it stands", () => {
  it("2024 assessed: 2023's shown, 2024's deciding, 2025's not yet assessed", () => {
    const a = assess(file);
    expect(a.summary.overall).toBe("PASS");
    expect(a.vetoes!.conditions.map((c) => [c.year, c.standing])).toEqual([
      [2023, "shown"],
      [2024, "decides"],
      [2025, "ahead"],
    ]);
  });

  it("2023 assessed: its condition not met fails it; 2024's is shown (values exist for it), 2025's not yet assessed", () => {
    const a = assess(file, { year: 2023 });
    expect(a.summary.overall).toBe("FAIL");
    expect(a.vetoes!.conditions.map((c) => [c.year, c.standing])).toEqual([
      [2023, "decides"],
      [2024, "shown"],
      [2025, "ahead"],
    ]);
  });

  it("plan review: none decides; a year after the base year with no values is not yet assessed", () => {
    const plan = load(TEXT.replace(", actuals: {2023: 26, 2024: 26}", ""));
    const a = assess(plan, { mode: "plan" });
    expect(a.vetoes!.conditions.map((c) => c.standing)).toEqual(["ahead", "ahead", "ahead"]);
    expect(a.vetoes!.failed).toEqual([]);
  });

  it.each(FORMAT_NAMES)("%s names the 2025 condition as stated and not yet assessed", async (format) => {
    const out = await render(format, summarizeRun([assess(file)]), { lang: "en" });
    if (format === "github") {
      // Annotations are for problems: a condition not yet assessed is none, nor is a met one.
      expect(out).not.toContain("督察问题整改");
      expect(out).toMatch(
        /::notice [^\n]*title=basic condition 2023 重特大突发环境事件 — FAIL::2023 重特大突发环境事件: 发生, not met \(shown, not deciding for 2024\)/,
      );
      return;
    }
    // SARIF and Code Quality list findings, as the annotations do: the 2023 condition not met, shown; nothing of 2025.
    const shown =
      /^basic condition 2023 重特大突发环境事件 — FAIL: 2023 重特大突发环境事件: 发生, not met \(shown, not deciding for 2024\)/;
    if (format === "sarif") {
      expect(out).not.toContain("督察问题整改");
      const results = (
        JSON.parse(out) as {
          runs: Array<{ results: Array<{ ruleId: string; level: string; message: { text: string } }> }>;
        }
      ).runs[0]!.results;
      expect(results.filter((r) => r.ruleId === "veto").map((r) => [r.level, shown.test(r.message.text)])).toEqual([
        ["note", true],
      ]);
      return;
    }
    if (format === "gitlab") {
      expect(out).not.toContain("督察问题整改");
      const issues = JSON.parse(out) as Array<{ check_name: string; severity: string; description: string }>;
      expect(
        issues
          .filter((i) => i.check_name === "lingling-check/veto")
          .map((i) => [i.severity, shown.test(i.description)]),
      ).toEqual([["info", true]]);
      return;
    }
    expect(out).toContain("2025 督察问题整改: 已完成, stated for 2025, not yet assessed");
    expect(await render(format, summarizeRun([assess(file)]), { lang: "zh" })).toContain(
      "2025年 督察问题整改：已完成，为2025年所列，尚未评估",
    );
  });

  it("JUnit skips the condition not yet assessed and fails none that does not decide", async () => {
    const xml = await render("junit", summarizeRun([assess(file)]), { lang: "en" });
    expect(xml).toMatch(
      /name="basic condition 2025 督察问题整改"[^>]*>\s*<skipped message="2025 督察问题整改: 已完成, stated for 2025, not yet assessed"\/>/,
    );
    expect(xml).not.toContain("<failure");
  });

  it("JSON: each condition's standing, accepted by the published schema", async () => {
    const report = JSON.parse(await render("json", summarizeRun([assess(file)]), { lang: "en" })) as {
      files: Array<{ vetoes: { conditions: Array<{ year: number; standing: string }> } }>;
    };
    expect(report.files[0]!.vetoes.conditions.map((c) => [c.year, c.standing])).toEqual([
      [2023, "shown"],
      [2024, "decides"],
      [2025, "not_yet_assessed"],
    ]);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});

describe("--compare-year lists a basic condition that changed", () => {
  const compared = () => ({ ...assess(file), comparison: compareYears(assess(file, { year: 2023 }), assess(file)) });

  it("2023's 重特大突发环境事件 not met, 2024's met: newly passing, listed like an indicator's change", () => {
    expect(compared().comparison.changes).toEqual([
      {
        id: "重特大突发环境事件",
        name: "重特大突发环境事件",
        kind: "newly_passing",
        from: { verdict: "FAIL" },
        to: { verdict: "PASS" },
        veto: true,
      },
    ]);
  });

  it("the table says so, never “no change”; JSON marks it veto: true, which the schema accepts", async () => {
    const run = summarizeRun([compared()]);
    const table = await render("table", run, { lang: "en" });
    expect(table).toContain(
      "Changes from 2023 to 2024:\n  newly passing: basic condition 重特大突发环境事件 (FAIL → PASS)",
    );
    expect(table).not.toContain("no change");
    expect(await render("table", run, { lang: "zh" })).toContain(
      "新转为达标：基本条件 重特大突发环境事件（未达标 → 达标）",
    );
    const report = JSON.parse(await render("json", run, { lang: "en" })) as {
      files: Array<{ changes: { items: unknown[] } }>;
    };
    expect(report.files[0]!.changes.items).toEqual([
      {
        id: "重特大突发环境事件",
        name: "重特大突发环境事件",
        kind: "newly_passing",
        from: { verdict: "FAIL" },
        to: { verdict: "PASS" },
        veto: true,
      },
    ]);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("a condition stated in one year only is a change too", () => {
    const only2024 = load(TEXT.replace("  2023:\n    重特大突发环境事件: 发生\n", "").replace("未发生", "发生"));
    expect(compareYears(assess(only2024, { year: 2023 }), assess(only2024)).changes).toEqual([
      {
        id: "重特大突发环境事件",
        name: "重特大突发环境事件",
        kind: "newly_failing",
        from: {},
        to: { verdict: "FAIL" },
        veto: true,
      },
    ]);
  });
});
