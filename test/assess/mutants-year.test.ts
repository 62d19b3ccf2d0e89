/**
 * The one judgement of a row in a year (src/assess/year.ts), read from a file as a user writes it:
 * the reviewed value, the phase's target (due, or forecast and informing), the forecast's reason
 * (its class, projection, ratio and the pace needed, in the row's better direction), and which
 * forecasts a result carries. Found by mutation testing (docs/mutation.md); every expectation a
 * literal, the numbers worked out by hand: 50 (2022) → 60 (2024) grows 9.54 % a year where 80 by
 * 2030 needs 6.05 % (ratio 1.58), and the pace 60·(80/60)^((y−2024)/6) is 62.95, 66.04, 69.28, 72.68
 * in 2025–2028, each rounded up to a tenth.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { CheckResult } from "../../src/assess/result.js";
import { loadIndicatorFile } from "../../src/read.js";

const text = `region: {name: 某县, level: county, zone: central}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: "1", name: 甲, unit: "%", standard: "≥20", baseline: {2022: 50}, long_term: "≥80", actuals: {2024: 60}}
  - {id: "2", name: 乙, unit: "%", better: lower, standard: "≤60", baseline: {2022: 50}, long_term: "≤20", actuals: {2024: 40}}
  - {id: "3", name: 丙, unit: "%", standard: "≥20", baseline: {2022: 50}, long_term: "≥80", actuals: {2024: 51}}
  - {id: "4", name: 丁, unit: "%", standard: "≥20", baseline: {2022: 50}, actuals: {2024: 约25}, review: {verdict: pass, by: 张三, year: 2024}}
  - {id: "5", name: 戊, unit: "%", standard: "≥20", baseline: {2022: 50}, actuals: {2024: 10}, review: {verdict: pass, by: 张三, year: 2024}}
  - {id: "6", name: 己, unit: "%", standard: "≥20", baseline: {2022: 50}, actuals: {2023: 30}, review: {verdict: fail, by: 张三, year: 2024}}
  - {id: "7", name: 庚, unit: "%", standard: "≥20", baseline: {2022: 50}, actuals: {2024: 约25}, review: {verdict: fail, by: 李四, year: 2024}}
  - {id: "8", name: 辛, standard: "已建立", baseline: {2022: 未建立}, near_term: "已建立并实施", actuals: {2024: 已建立并实施}}
  - {id: "9", name: 壬, standard: "已建立", baseline: {2022: 未建立}, near_term: "已建立并实施", actuals: {2024: 未建立}}
  - {id: "10", name: 癸, unit: "%", standard: "≥20", baseline: {2022: 50}, near_term: "≥60", long_term: "≥80", actuals: {2024: 55, 2025: 58, 2026: 70}}
  - {id: "11", name: 子, unit: "%", standard: "≥20", baseline: {2022: 50}, actuals: {2024: 不涉及}}
  - {id: "12", name: 丑, standard: "≥0", measure: delta, baseline: {2022: 1}, long_term: "≥5", actuals: {2024: 2}}
  - {id: "13", name: 寅, unit: "%", standard: "≥20", baseline: {2022: 50}, long_term: "≥80", actuals: {2024: 85}}
  - {id: "15", name: 辰, unit: "%", standard: "≥90，且无危险废物排放", baseline: {2022: 95}, actuals: {2024: 95}, review: {verdict: fail, by: 王五, year: 2024}}
  - {id: "16", name: 巳, unit: μg/m³, better: lower, standard: "≤60", superior: {2022: "≤35", 2024: "≤34", 2025: "≤32"}, baseline: {2022: 34}, near_term: 完成上级规定的考核任务, actuals: {2024: 33, 2025: 31}}
  - {id: "18", name: 未, standard: "已建立", baseline: {2022: 未建立}, near_term: "已建立并实施", actuals: {2024: 已建立}}
  - {id: "14", name: 卯, unit: "%", standard: "≥20", baseline: {2022: 50}, actuals: {2024: 30}, review: {verdict: fail, by: 李四, year: 2024}}
`;

function load(t: string) {
  const loaded = loadIndicatorFile(t, "year.yaml");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.value;
}
const file = load(text);
const progress = (year: number, id: string): CheckResult =>
  assess(file, { mode: "year", year }).indicators.find((i) => i.indicator.id === id)!.checks.progress!;
const part = (p: CheckResult, i: number) => p.outcome.parts![i]!;

describe("the forecast toward a target ahead, in the reason", () => {
  it("higher is better, on track: PASS, ratio 1.58, the pace rounded up, and more years than shown", () => {
    const p = progress(2024, "1");
    expect(p.verdict).toBe("PASS");
    expect(part(p, 1).verdict).toBe("PASS");
    expect(part(p, 1).message.data).toMatchObject({
      targetYear: 2030,
      target: "≥80",
      class: { ref: "forecast.on_track" },
      ratio: 1.58,
      pace: "2025 ≥63 · 2026 ≥66.1 · 2027 ≥69.3 · 2028 ≥72.7 …",
    });
  });

  it("lower is better: ≤ and the pace rounded down (40 → 20: 35.64, 31.75, 28.28, 25.20), projected 20.48", () => {
    const p = progress(2024, "2");
    expect(part(p, 1).verdict).toBe("PASS");
    expect(part(p, 1).message.data).toMatchObject({
      class: { ref: "forecast.on_track" },
      projected: 20.5,
      ratio: 0.98,
      pace: "2025 ≤35.6 · 2026 ≤31.7 · 2027 ≤28.2 · 2028 ≤25.1 …",
    });
  });

  it("limited progress (50 → 51) warns in its part; the standard alone decides the year", () => {
    const p = progress(2024, "3");
    expect(p.verdict).toBe("PASS");
    expect(part(p, 1).verdict).toBe("WARN");
    expect(part(p, 1).message.data).toMatchObject({
      class: { ref: "forecast.limited_progress" },
      projected: 54.1,
      ratio: 0.16,
      pace: "2025 ≥55 · 2026 ≥59.3 · 2027 ≥63.9 · 2028 ≥68.9 …",
    });
  });

  it("a target met already: achieved, PASS, no ratio and no pace", () => {
    const p = progress(2024, "13");
    expect(part(p, 1).verdict).toBe("PASS");
    const data = part(p, 1).message.data!;
    expect(data.class).toEqual({ ref: "forecast.achieved" });
    expect(data.ratio).toBeUndefined();
    expect(data.pace).toBeUndefined();
  });

  it("four years to go before the target's own: four shown, no …", () => {
    const four = load(text.replace("long_term: 2030}", "long_term: 2029}"));
    const p = assess(four, { mode: "year", year: 2024 }).indicators[0]!.checks.progress!;
    // 60·(80/60)^((y−2024)/5): 63.55, 67.32, 71.30, 75.53.
    expect(part(p, 1).message.data?.pace).toBe("2025 ≥63.6 · 2026 ≥67.4 · 2027 ≥71.4 · 2028 ≥75.6");
  });

  it("values that are changes (measure: delta) are forecast on a straight line", () => {
    expect(progress(2024, "12").forecast?.method).toBe("linear");
  });
});

describe("which target decides, and the forecasts a result carries", () => {
  it("before the near-term year: both forecast, neither deciding", () => {
    const p = progress(2024, "10");
    expect(p.verdict).toBe("PASS");
    expect(p.outcome.message.data).toStrictEqual({ year: 2024 });
    expect(p.forecast?.target_year).toBe(2025);
    expect(p.forecasts?.map((f) => f.target_year)).toEqual([2025, 2030]);
  });

  it("in the near-term year, the near-term target decides: 58 against ≥60 fails", () => {
    const p = progress(2025, "10");
    expect(p.verdict).toBe("FAIL");
    expect(p.outcome.message.data).toStrictEqual({ year: 2025, targetYear: 2025, target: "≥60" });
    // The long-term target is forecast before the near-term year only.
    expect("forecast" in p).toBe(false);
  });

  it("after it, only the long-term target is forecast, one forecast and no list", () => {
    const p = progress(2026, "10");
    expect(p.verdict).toBe("PASS");
    expect(p.outcome.message.data).toStrictEqual({ year: 2026 });
    expect(p.forecast?.target_year).toBe(2030);
    expect("forecasts" in p).toBe(false);
  });

  it("a target without its year in the plan is not judged: the standard alone", () => {
    const noYears = load(
      text.replace("plan: {base_year: 2022, near_term: 2025, long_term: 2030}", "plan: {base_year: 2022}"),
    );
    const p = assess(noYears, { mode: "year", year: 2024 }).indicators.find((i) => i.indicator.id === "1")!.checks
      .progress!;
    expect(p.verdict).toBe("PASS");
    expect(p.outcome.message).toEqual({ id: "progress.standardOnly", data: { year: 2024 } });
    expect("forecast" in p).toBe(false);
  });

  it("a row with the standard alone carries no forecast", () => {
    const p = progress(2024, "5");
    expect("forecast" in p).toBe(false);
    expect("forecasts" in p).toBe(false);
  });
});

describe("a target with no number, before its year", () => {
  it("met already: PASS, with the target's own judgement", () => {
    const p = progress(2024, "8");
    expect(part(p, 1).verdict).toBe("PASS");
    expect(part(p, 1).message.id).toBe("progress.target.metEarly");
    expect(part(p, 1).parts?.map((q) => q.message.id)).toEqual(["rule.status.pass"]);
  });

  it("not to be told from the value: undecided, with the target's own judgement", () => {
    const p = progress(2024, "18");
    expect(p.verdict).toBe("PASS");
    expect(part(p, 1).verdict).toBe("REVIEW");
    expect(part(p, 1).message.id).toBe("progress.target.undecided");
    expect(part(p, 1).parts?.map((q) => q.message.id)).toEqual(["rule.status.review"]);
  });

  it("not met yet: a warning, with the target's own judgement", () => {
    const p = progress(2024, "9");
    expect(part(p, 1).verdict).toBe("WARN");
    expect(part(p, 1).message.id).toBe("progress.target.noNumber");
    expect(part(p, 1).parts?.map((q) => q.verdict)).toEqual(["FAIL"]);
  });
});

describe("a target of the superior's, 完成上级规定的考核任务", () => {
  it("in its year is judged against the superior's target of that year: 31 against ≤32 passes", () => {
    const p = progress(2025, "16");
    expect(p.verdict).toBe("PASS");
    expect(p.outcome.message.data).toStrictEqual({ year: 2025, targetYear: 2025, target: "完成上级规定的考核任务" });
  });
});

describe("a person's signed review", () => {
  it("turns a REVIEW into PASS", () => {
    const p = progress(2024, "4");
    expect(p.verdict).toBe("PASS");
    expect(part(p, 0).message).toEqual({ id: "review.signed", data: { by: "张三", verdict: "pass" } });
    expect(part(p, 0).parts?.map((q) => [q.verdict, q.message.id])).toEqual([["REVIEW", "value.approximate"]]);
  });

  it("turns a REVIEW into FAIL", () => {
    const p = progress(2024, "7");
    expect(p.verdict).toBe("FAIL");
    expect(part(p, 0).verdict).toBe("FAIL");
    expect(part(p, 0).message).toEqual({ id: "review.signed", data: { by: "李四", verdict: "fail" } });
  });

  it("does not change a value the rule decided, and the reason says so", () => {
    const p = progress(2024, "5");
    expect(p.verdict).toBe("FAIL");
    expect(part(p, 0).message).toEqual({
      id: "review.notApplied",
      data: { by: "张三", verdict: { ref: "verdict.PASS" } },
    });
  });

  it("does not change a pass the rule decided either", () => {
    const p = progress(2024, "14");
    expect(p.verdict).toBe("PASS");
    expect(part(p, 0).message).toEqual({
      id: "review.notApplied",
      data: { by: "李四", verdict: { ref: "verdict.FAIL" } },
    });
  });

  it("that decided a condition of the rule has been used there: nothing more is said of it", () => {
    const p = progress(2024, "15");
    expect(p.verdict).toBe("FAIL");
    expect(part(p, 0).message.id).toBe("rule.all");
    expect(part(p, 0).parts?.map((q) => [q.verdict, q.message.id])).toEqual([
      ["PASS", "rule.compare.pass"],
      ["FAIL", "rule.condition.reviewed"],
    ]);
  });

  it("says nothing where there is no value for its year", () => {
    const p = progress(2024, "6");
    expect(p.verdict).toBe("MISSING");
    expect(p.outcome.message.id).toBe("value.missing");
    expect(p.outcome.parts).toBeUndefined();
  });
});

describe("a value of 不涉及 on a row that may not be declared so", () => {
  it("is the standard's judgement alone: REVIEW", () => {
    const p = progress(2024, "11");
    expect(p.verdict).toBe("REVIEW");
    expect(p.outcome.message.id).toBe("value.notApplicable.notDeclared");
  });
});
