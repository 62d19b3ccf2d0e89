/**
 * A value recorded for the year is judged, never MISSING for want of an earlier number: row 16 of
 * the seed has only words in its baseline (上报企业由2020年的2家增至2022年的24家), so 2024's 90
 * cannot be compared by the tool and a person must judge it (REVIEW). The completeness list and the
 * summary count the same binding rows as missing.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { withActuals } from "./seedWithActuals.js";

describe("a recorded value decides its year", () => {
  const a = assess(withActuals({ "16": { 2024: 90 }, "5.1": { 2024: 100 } }), { mode: "year", year: 2024 });
  const row = (id: string) => a.indicators.find((i) => i.indicator.id === id)!;

  it("16 at 90 after a text baseline is REVIEW, its reason naming the text it cannot compare with", () => {
    const progress = row("16").checks.progress!;
    expect(progress.verdict).toBe("REVIEW");
    const standard = progress.outcome.parts![0]!;
    expect(standard.message.id).toBe("rule.trend.textReference");
    expect(standard.message.data).toMatchObject({ refYear: 2022, year: 2024, value: 90 });
  });

  it("the summary's missing count is the completeness list's length", () => {
    const ids = a.completeness!.missing.map((m) => m.id);
    expect(a.summary.binding.MISSING).toBe(ids.length);
    // 5.1 has its value; what it lacks is the superior's target for 2024, and the list says it.
    expect(ids).toContain("5.1");
    expect(ids).not.toContain("16");
    expect(ids.length).toBe(23);
  });
});
