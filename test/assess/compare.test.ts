/**
 * What changed between two years (assess/compare.ts), on hand-written assessments: each indicator's
 * judgement of its year (its progress check, else its baseline), its forecast class, and each basic
 * condition the years state. Every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { compareYears } from "../../src/assess/compare.js";
import type { FileAssessment } from "../../src/assess/result.js";

type Row = [id: string, check: "progress" | "baseline", verdict: string, forecast?: string];
type Condition = [year: number, condition: string, verdict: string];

const file = (year: number | undefined, rows: Row[], conditions: Condition[] = []) =>
  ({
    ...(year !== undefined ? { year } : {}),
    file: { plan: { baseYear: 2022 } },
    indicators: rows.map(([id, check, verdict, forecast]) => ({
      indicator: { id, name: `指标${id}` },
      checks: { [check]: { verdict, ...(forecast ? { forecast: { class: forecast } } : {}) } },
    })),
    ...(conditions.length
      ? { vetoes: { conditions: conditions.map(([y, condition, verdict]) => ({ year: y, condition, verdict })) } }
      : {}),
  }) as unknown as FileAssessment;

describe("comparing two years", () => {
  it("names each indicator whose judgement changed, by kind, and nothing for one that did not", () => {
    const before = file(2023, [
      ["1", "progress", "PASS"],
      ["2", "progress", "FAIL"],
      ["3", "progress", "MISSING"],
      ["4", "progress", "WARN"],
      ["5", "progress", "PASS"],
      ["6", "progress", "WARN", "on_track"],
    ]);
    const after = file(2024, [
      ["1", "progress", "FAIL"],
      ["2", "progress", "PASS"],
      ["3", "progress", "REVIEW"],
      ["4", "progress", "WARN"],
      ["5", "progress", "PASS"],
      ["6", "progress", "WARN", "off_track"],
    ]);
    expect(compareYears(before, after)).toEqual({
      fromYear: 2023,
      toYear: 2024,
      changes: [
        { id: "1", name: "指标1", kind: "newly_failing", from: { verdict: "PASS" }, to: { verdict: "FAIL" } },
        { id: "2", name: "指标2", kind: "newly_passing", from: { verdict: "FAIL" }, to: { verdict: "PASS" } },
        { id: "3", name: "指标3", kind: "verdict_changed", from: { verdict: "MISSING" }, to: { verdict: "REVIEW" } },
        {
          id: "6",
          name: "指标6",
          kind: "forecast_changed",
          from: { verdict: "WARN", forecast: "on_track" },
          to: { verdict: "WARN", forecast: "off_track" },
        },
      ],
    });
  });

  it("does not call a forecast new where the earlier year had none, nor one that stays", () => {
    const before = file(2023, [
      ["1", "progress", "WARN"],
      ["2", "progress", "WARN", "at_risk"],
    ]);
    const after = file(2024, [
      ["1", "progress", "WARN", "at_risk"],
      ["2", "progress", "WARN", "at_risk"],
    ]);
    expect(compareYears(before, after).changes).toEqual([]);
  });

  it("takes the baseline where a year has no progress check, and a row new in the later year as changed from nothing", () => {
    const before = file(undefined, [["1", "baseline", "FAIL"]]);
    const after = file(2024, [
      ["1", "progress", "FAIL"],
      ["9", "progress", "PASS"],
    ]);
    expect(compareYears(before, after)).toEqual({
      fromYear: 2022,
      toYear: 2024,
      changes: [{ id: "9", name: "指标9", kind: "newly_passing", from: {}, to: { verdict: "PASS" } }],
    });
  });

  it("finds nothing for a row that neither year judged (no progress or baseline check ran)", () => {
    const unjudged = (year: number) =>
      ({
        year,
        file: { plan: { baseYear: 2022 } },
        indicators: [{ indicator: { id: "1", name: "x" }, checks: {} }],
      }) as unknown as FileAssessment;
    expect(compareYears(unjudged(2023), unjudged(2024)).changes).toEqual([]);
  });

  it("compares the basic conditions each year states, and only its own year's", () => {
    const before = file(
      2023,
      [],
      [
        [2023, "重特大突发环境事件", "PASS"],
        [2023, "生态环境违法案件", "FAIL"],
        [2024, "重特大突发环境事件", "FAIL"],
      ],
    );
    const after = file(
      2024,
      [],
      [
        [2023, "生态环境违法案件", "PASS"],
        [2024, "重特大突发环境事件", "FAIL"],
        [2024, "生态环境违法案件", "FAIL"],
        [2024, "新增条件", "PASS"],
      ],
    );
    expect(compareYears(before, after).changes).toEqual([
      {
        id: "重特大突发环境事件",
        name: "重特大突发环境事件",
        kind: "newly_failing",
        from: { verdict: "PASS" },
        to: { verdict: "FAIL" },
        veto: true,
      },
      { id: "新增条件", name: "新增条件", kind: "newly_passing", from: {}, to: { verdict: "PASS" }, veto: true },
    ]);
  });
});
