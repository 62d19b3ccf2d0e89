/** The progress check on the Lingling seed with observed values added, numbers computed by hand. */
import { describe, expect, it } from "vitest";
import { seed, withActuals } from "./seedWithActuals.js";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";

const progress = (a: ReturnType<typeof assess>, id: string) =>
  a.indicators.find((i) => i.indicator.id === id)!.checks.progress;

describe("progress", () => {
  it("judges PM2.5's 2025 target as the superior's ≤32 for 2025, not 2022's ≤35", () => {
    const c = progress(assess(withActuals({ "4": { 2023: 33.5 } }), { year: 2023 }), "4")!;
    // 34 → 33.5 in one year against 34 → 32 in three: RR = (33.5/34 − 1) / ((32/34)^(1/3) − 1)
    const ratio = (33.5 / 34 - 1) / ((32 / 34) ** (1 / 3) - 1);
    expect(c.forecast).toMatchObject({ class: "acceleration_needed", target: 32, target_year: 2025 });
    expect(c.forecast!.ratio).toBeCloseTo(ratio, 9);
    // 33.5 meets the standard and 2025 has not come: the forecast informs, it does not decide (#23).
    expect(c.verdict).toBe("PASS");
  });

  it("a target already met is forecast as achieved", () => {
    const c = progress(assess(withActuals({ "1": { 2023: 26.1 } })), "1")!;
    expect(c.forecast?.class).toBe("achieved");
    expect(c.verdict).toBe("PASS");
  });

  it("a value that breaks the standard fails even while the target's year is ahead", () => {
    const c = progress(assess(withActuals({ "15": { 2023: 84 } })), "15")!;
    expect(c.verdict).toBe("FAIL"); // 84 < 85
    expect(c.forecast?.class).toBe("moving_away");
  });

  it("after the near-term year the long-term target applies", () => {
    const c = progress(assess(withActuals({ "15": { 2023: 87, 2026: 89 } })), "15")!;
    expect(c.year).toBe(2026);
    expect(c.forecast).toMatchObject({ target: 90, target_year: 2030 });
  });

  it("in the target's own year, the target is met or not", () => {
    const met = progress(assess(withActuals({ "15": { 2025: 88.2 } })), "15")!;
    expect(met.verdict).toBe("PASS");
    const missed = progress(assess(withActuals({ "15": { 2025: 87 } })), "15")!;
    expect(missed.verdict).toBe("FAIL");
    expect(missed.outcome.parts?.[1]?.message.id).toBe("progress.target.due");
  });

  it("a reference indicator's failure is a warning", () => {
    const c = progress(assess(withActuals({ R1: { 2023: 35 } })), "R1")!;
    expect(c.verdict).toBe("WARN"); // 35 < 60 fails the standard, but R1 is a reference indicator
  });

  it("judges every row in the assessed year: one without a value is MISSING, one declared 不涉及 N/A", () => {
    const a = assess(withActuals({ "1": { 2023: 26, 2024: 26.5 }, "15": { 2023: 87 } }));
    expect(a.year).toBe(2024);
    expect(progress(a, "1")?.verdict).toBe("PASS");
    expect(progress(a, "15")?.verdict).toBe("MISSING");
    // 2 has only its 2022 status: 2024 has no value, which is a gap, never 不涉及.
    expect(progress(a, "2")?.verdict).toBe("MISSING");
    expect(progress(a, "2")?.outcome.message).toEqual({ id: "value.missing", data: { year: 2024 } });
    // 7.2 (grassland) is declared 不涉及 in its baseline, which the standard allows.
    expect(progress(a, "7.2")?.verdict).toBe("N/A");
  });

  it("the forecast reads the whole series: 7.1 forest cover with three years of history", () => {
    const a = assess(withActuals({ "7.1": { 2023: 50.7 } }));
    const c = progress(a, "7.1")!;
    expect(c.verdict).toBe("PASS"); // 50.58 → 50.7 is stable or improving
    expect(c.outcome.parts?.[0]?.message.data).toMatchObject({
      refYear: 2022,
      refValue: 50.58,
      year: 2023,
      value: 50.7,
    });
  });

  it("--checks progress on a file with no observed values assesses the base year: its values, never N/A for all", () => {
    const result = loadIndicatorFile(seed, "lingling.yaml");
    if (!result.ok) throw new Error("seed");
    const a = assess(result.value, { checks: ["progress"] });
    expect(a).toMatchObject({ mode: "year", year: 2022 });
    expect(a.summary.binding["N/A"]).toBeLessThan(a.summary.binding.total);
    expect(a.summary.overall).toBe("INCOMPLETE");
  });
});
