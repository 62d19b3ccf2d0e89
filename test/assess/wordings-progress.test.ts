/**
 * Progress toward targets written in the new wordings: a status, event or condition target has no
 * number to forecast — it is met already, or not yet (a warning before its year, never a failure);
 * a multi-year trend or a count target with a number still is forecast.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";

function progressOf(row: string, year = 2023) {
  const text = `region: {name: 示例县}\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n${row}`;
  const loaded = loadIndicatorFile(text, "t.yaml");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return assess(loaded.value, { year }).indicators[0]!.checks.progress!;
}

const targetPart = (c: ReturnType<typeof progressOf>) => c.outcome.parts![1]!;

describe("progress toward targets in the new wordings", () => {
  it("an event target met: PASS, no forecast", () => {
    const c = progressOf(
      `  - {id: "1", name: 突发环境事件, standard: 未发生, baseline: 0, near_term: 未发生, actuals: {2023: 0}}\n`,
    );
    expect(targetPart(c)).toMatchObject({ verdict: "PASS", message: { id: "progress.target.metEarly" } });
    expect(c.forecast).toBeUndefined();
  });

  it("an event before the target's year: the standard fails, the target only warns", () => {
    const c = progressOf(
      `  - {id: "1", name: 突发环境事件, standard: 未发生, baseline: 0, near_term: 未发生, actuals: {2023: 1}}\n`,
    );
    expect(c.outcome.parts![0]).toMatchObject({ verdict: "FAIL", message: { id: "rule.event.happened" } });
    expect(targetPart(c)).toMatchObject({ verdict: "WARN", message: { id: "progress.target.noNumber" } });
    expect(c.forecast).toBeUndefined();
    expect(c.verdict).toBe("FAIL");
  });

  it("a compound status target not yet stated: REVIEW, no forecast", () => {
    const c = progressOf(
      `  - {id: "1", name: 制度, standard: 建立, baseline: 已建立, near_term: 建立并实施, actuals: {2023: 已建立}}\n`,
    );
    expect(targetPart(c)).toMatchObject({ verdict: "REVIEW", message: { id: "progress.target.undecided" } });
    expect(c.forecast).toBeUndefined();
  });

  it("a condition in the target, stated met for the year: met early", () => {
    const c = progressOf(
      `  - {id: "1", name: 能耗, unit: 吨标煤/万元, standard: "≤0.70，且能源消耗总量不超过控制目标值", baseline: 0.66, near_term: "≤0.6，且能源消耗总量不超过控制目标值", actuals: {2023: 0.58}, clauses: {能源消耗总量不超过控制目标值: {2023: 已满足}}}\n`,
    );
    expect(c.verdict).toBe("PASS");
    expect(c.forecast).toMatchObject({ class: "achieved", target: 0.6 });
  });

  it("a reference target with no reference value for the year: MISSING, never a guess", () => {
    const c = progressOf(
      `  - {id: "1", name: 比例, unit: "%", standard: 不低于全省平均水平, baseline: 80, near_term: 不低于全省平均水平, actuals: {2023: 82}, reference_value: {2022: 78}}\n`,
    );
    expect(c.outcome.parts![0]).toMatchObject({
      verdict: "MISSING",
      message: { id: "rule.relative.missing", data: { year: 2023 } },
    });
  });
});
