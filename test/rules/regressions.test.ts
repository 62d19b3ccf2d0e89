/** Behaviours a review against SPEC.md found wrong once; each case fails if the bug returns. */
import { describe, expect, it } from "vitest";
import { judge } from "./helpers.js";
import { checkEval, checkJudge } from "./ruleTester.js";

describe("regressions", () => {
  it("a superior result stated as met decides without a value", () =>
    checkEval({
      name: "",
      rule: "完成上级规定的考核任务",
      series: {},
      year: 2022,
      superior: { 2022: "met" },
      verdict: "PASS",
      id: "rule.superior.stated",
    }));
  it("无数据 (no data) is not 'none present'", () =>
    checkEval({
      name: "",
      rule: "100",
      series: { 2022: "无数据" },
      unit: "%",
      better: "higher",
      verdict: "REVIEW",
      id: "value.text",
    }));
  it("无劣V类水体 does not say whether 黑臭水体 are present", () =>
    checkEval({
      name: "",
      rule: "无黑臭水体",
      series: { 2022: "无劣V类水体" },
      verdict: "REVIEW",
      id: "rule.absent.review",
    }));
  it("或 in a target keeps what both alternatives imply", () =>
    checkJudge({ name: "", standard: "开展", target: "有效开展或开展", verdict: "PASS", id: "target.status.pass" }));
  it("或 of trends in a target keeps the trend both imply", () =>
    checkJudge({
      name: "",
      standard: "保持稳定或持续改善",
      target: "持续改善或保持稳定或持续改善",
      unit: "%",
      better: "higher",
      verdict: "PASS",
      id: "target.trend.stated",
    }));
  it("a bound on the wrong side cannot guarantee ≥20", () =>
    checkJudge({
      name: "",
      standard: "≥20",
      target: "≤35",
      verdict: "FAIL",
      id: "target.wrongSide",
      data: { rule: "≥20", target: "≤35" },
    }));
  it("a count capped above zero cannot guarantee none present", () =>
    checkJudge({
      name: "",
      standard: "无黑臭水体",
      target: "≤2",
      better: "lower",
      verdict: "FAIL",
      id: "target.wrongSide",
    }));
  it("=100 needs both bounds of the target: a bare 100 on a row that is not a percentage sets only one", () =>
    checkJudge({
      name: "",
      standard: "=100",
      target: "100",
      better: "higher",
      verdict: "FAIL",
      id: "target.wrongSide",
      data: { target: "≥100" },
    }));
  it("≥100% on a unit-less row: a none-present target is judged like a none-present value", () =>
    checkJudge({
      name: "",
      standard: "≥100%",
      target: "无黑臭水体",
      better: "higher",
      verdict: "PASS",
      id: "target.nonePresent.full",
    }));
  it("a superior target stated only as met says nothing of a plan target", () =>
    checkJudge({
      name: "",
      standard: "完成上级规定的考核任务",
      target: "≥40",
      superior: { 2025: "met" },
      year: 2025,
      verdict: "REVIEW",
      id: "target.superior.statedOnly",
    }));
  it("the same target text guarantees differently by unit: only a percentage stops at 100 (guarantees are remembered per unit)", () => {
    checkJudge({
      name: "",
      standard: "=100",
      target: "100",
      unit: "%",
      better: "higher",
      verdict: "PASS",
      id: "target.compare.pass",
    });
    checkJudge({
      name: "",
      standard: "=100",
      target: "100",
      better: "higher",
      verdict: "FAIL",
      id: "target.wrongSide",
      data: { target: "≥100" },
    });
    checkJudge({
      name: "",
      standard: "=100",
      target: "100",
      unit: "%",
      better: "higher",
      verdict: "PASS",
      id: "target.compare.pass",
    });
  });
  it("the same target text guarantees differently by direction", () => {
    checkJudge({
      name: "",
      standard: "≥20",
      target: "25",
      better: "higher",
      verdict: "PASS",
      id: "target.compare.pass",
    });
    checkJudge({ name: "", standard: "≥20", target: "25", better: "lower", verdict: "FAIL", id: "target.wrongSide" });
  });
  it("a target deferring to the superior's is judged with the superior target in force (guarantees remembered per superior rule)", () => {
    const verdict = (standard: string, target: string, superior: string) =>
      judge(standard, target, { superior: { 2025: superior }, year: 2025, better: "lower" }).verdict;
    expect(verdict("≤33", "≤34且完成上级规定的考核任务", "≤32")).toBe("PASS");
    expect(verdict("≤33", "≤34且完成上级规定的考核任务", "≤40")).toBe("FAIL");
    expect(verdict("≤33", "≤34且完成上级规定的考核任务", "≤32")).toBe("PASS");
    expect(verdict("≤35", "≤40或完成上级规定的考核任务", "≤32")).toBe("FAIL");
  });
  it("reference base_year with nothing at or before the base year says so", () =>
    checkEval({
      name: "",
      rule: "保持稳定或持续改善",
      series: { 2023: 60, 2024: 61 },
      year: 2024,
      baseYear: 2022,
      reference: "base_year",
      verdict: "MISSING",
      id: "rule.trend.noBaseYearValue",
      data: { baseYear: 2022 },
    }));
});

describe("regressions from fuzzing", () => {
  it.each(["≥0.0000001", "≥1000000000000000000000", "1e-7"])(
    "%s prints as digits the grammar reads back",
    async (text) => {
      const { parseRule } = await import("../../src/rules/parse.js");
      const { printRule } = await import("../../src/rules/print.js");
      const first = parseRule(text);
      if (!first.ok) return; // "1e-7" is not rule text; nothing to print
      const again = parseRule(printRule(first.rule));
      expect(again.ok).toBe(true);
      if (again.ok) expect(printRule(again.rule)).toBe(printRule(first.rule));
    },
  );
});
