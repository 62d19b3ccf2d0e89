/**
 * One judgement of a row in a year (issue #23): the year's value against the standard and the
 * target whose year has come decides; forecasts and the pace inform and stay inside the value's
 * possible range; history before the base year decides only where the rule's own window reaches back.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withActuals } from "./seedWithActuals.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { assess } from "../../src/assess/assess.js";
import { history } from "../../src/assess/history.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { reason } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";
import { render } from "../report/shared.js";

const schema = JSON.parse(readFileSync(new URL("../../docs/report-v1.schema.json", import.meta.url), "utf8")) as object;

function load(text: string) {
  const result = loadIndicatorFile(text, "t.yaml");
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const row = (a: FileAssessment, id: string) => a.indicators.find((i) => i.indicator.id === id)!;

// The testers' 2024: R1 45 %, 9 有效保障, R3 0.08 %, 4 33 μg/m³.
const recorded = withActuals({ R1: { 2024: 45 }, "9": { 2024: "有效保障" }, R3: { 2024: 0.08 }, "4": { 2024: 33 } });
const year2024 = assess(recorded);

describe("a forecast informs, never decides", () => {
  it("9: a status that meets 有效保障 passes 2024; the numeric target's forecast, which has too few numbers, does not make it MISSING", () => {
    const c = row(year2024, "9").checks.progress!;
    expect(c.verdict).toBe("PASS");
    expect(reason("en", c.outcome)).toContain(
      "– 2025 target =100: no forecast, which needs two numeric values (informs, does not decide: its year has not come)",
    );
    expect(reason("en", c.outcome)).not.toContain("?");
    expect(year2024.completeness!.missing.map((m) => m.id)).not.toContain("9");
  });

  it("4: PM2.5 33 meets the superior's ≤35 and is below 2022's 34; acceleration needed for 2025 is shown, the year passes", () => {
    const c = row(year2024, "4").checks.progress!;
    expect(c.verdict).toBe("PASS");
    expect(c.forecast).toMatchObject({ class: "acceleration_needed", target: 32, target_year: 2025 });
    expect(reason("en", c.outcome)).toMatch(
      /^2024 against the standard: ✓ .*; ! 2025 target 完成上级规定的考核任务, forecast \(informs, does not decide\): acceleration needed, projected 32\.5, ratio 0\.74;/,
    );
  });

  it("a target whose year has come decides: 15 at 87 in 2025 fails its 88, whatever the forecast", () => {
    const c = row(assess(withActuals({ "15": { 2025: 87 } })), "15").checks.progress!;
    expect(c.verdict).toBe("FAIL");
    expect(reason("en", c.outcome)).toMatch(
      /^2025 against the standard and the 2025 target 88: ✓ .*; ✗ 2025 target 88/,
    );
  });

  it("--year 2022 on a file without observed values, every value meeting its rule, is PASS and complete", () => {
    const file = load(`region: {name: 某县, zone: west}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - {id: '1', name: 森林覆盖率, unit: '%', better: higher, standard: '≥40', baseline: 50, near_term: '≥52', long_term: '≥55'}
  - {id: '2', name: 制度, standard: 建立, baseline: 已建立, near_term: 建立}
`);
    const a = assess(file, { year: 2022 });
    expect(a.mode).toBe("year");
    expect(a.completeness?.missing).toEqual([]);
    expect(row(a, "1").checks.progress?.verdict).toBe("PASS");
    expect(a.summary.overall).toBe("PASS");
  });
});

describe("history before the base year is shown, not deciding", () => {
  it("R3: 0.10 (2022) → 0.08 (2024) keeps declining; the 2021 → 2022 rise decides only the base year", () => {
    const c = row(year2024, "R3").checks.progress!;
    expect(c.verdict).toBe("PASS");
    expect(c.outcome.parts?.[0]?.message).toMatchObject({ id: "rule.trend.held" });
    expect(reason("en", c.outcome)).toContain("(2022: 0.1 → 2024: 0.08)");
    expect(reason("en", c.outcome)).not.toContain("2021");
    // The base year itself is judged with the history that led to it, as the plan judges it.
    expect(row(assess(recorded, { year: 2022 }), "R3").checks.progress?.verdict).toBe("WARN");
    expect(row(year2024, "R3").checks.baseline?.verdict).toBe("WARN");
  });

  it("a rule whose own window reaches back (近五年逐年提高) is judged over it, and the reason says so", () => {
    const file = (values: string) =>
      load(`region: {name: 某县, zone: west}
plan: {base_year: 2022, near_term: 2025}
indicators:
  - {id: '1', name: 覆盖率, unit: '%', better: higher, standard: 近五年逐年提高, baseline: {${values}}, actuals: {2023: 45}}
`);
    const rising = row(assess(file("2018: 40, 2019: 41, 2020: 42, 2021: 43, 2022: 44")), "1").checks.progress!;
    expect(rising.verdict).toBe("PASS");
    expect(rising.outcome.parts?.[0]?.message).toEqual({
      id: "progress.window.reachesBack",
      data: { from: 2018, baseYear: 2022 },
    });
    expect(reason("en", rising.outcome)).toContain(
      "the rule's own window reaches back to 2018, before the base year 2022, so those years decide too: ",
    );
    // A fall in 2019, before the base year but inside the window, fails it.
    const fell = row(assess(file("2018: 40, 2019: 39, 2020: 42, 2021: 43, 2022: 44")), "1").checks.progress!;
    expect(fell.verdict).toBe("FAIL");
  });
});

describe("history, the assessment and --year agree", () => {
  it("4's and every other row's 2024 mark in history is the assessment's verdict", () => {
    const h = history(recorded);
    for (const r of h.rows) {
      const cell = r.cells.find((c) => c.year === 2024)!;
      expect(cell.verdict, r.indicator.id).toBe(row(year2024, r.indicator.id).checks.progress?.verdict);
    }
    expect(h.rows.find((r) => r.indicator.id === "4")!.cells.at(-1)!.verdict).toBe("PASS");
  });

  it("every earlier year's reason in history is --year's reason for that year, its pace cut as the reason cuts it", () => {
    // 15 and R1 forecast in 2023 toward 2025 and 2030: paces of more than four years (a "…"), R1's held at 100.
    const file = withActuals({ "15": { 2023: 84.1, 2024: 86 }, R1: { 2023: 40, 2024: 45 }, "4": { 2023: 33.5 } });
    const h = history(file);
    const said = h.rows.flatMap((r) =>
      r.cells
        .filter((c) => c.year < 2024 && c.outcome)
        .map((c) => [r.indicator.id, c.year, reason("en", c.outcome!)] as const),
    );
    const paced = said.filter(([, , text]) => text.includes("pace needed") && text.includes(" …"));
    expect(paced.map(([id, year]) => `${id} ${year}`)).toEqual(expect.arrayContaining(["15 2023", "R1 2023"]));
    for (const [id, year, text] of said)
      expect(text, `${id} ${year}`).toBe(reason("en", row(assess(file, { year }), id).checks.progress!.outcome));
  });
});

describe("forecasts and paces stay within the value's possible range", () => {
  it("R1: 33.3 % → 45 % projects past 100 % by 2030; the projection is held at 100 and the reason says so", () => {
    const c = row(year2024, "R1").checks.progress!;
    const long = c.forecasts![1]!;
    expect(long).toMatchObject({
      class: "on_track",
      target: 60,
      target_year: 2030,
      projected: 100,
      clamped: { projected: "max" },
    });
    expect(reason("en", c.outcome)).toContain(
      "2030 target 60, forecast (informs, does not decide): on track, projected 100 (held at the most the value can be), ratio 2.13",
    );
    expect(reason("zh", c.outcome)).toContain("预测值 100（已限定为该值可能的最大值）");
    // The near-term forecast needed no holding.
    expect(c.forecasts![0]!.clamped).toBeUndefined();
  });

  it("the JSON forecast says clamped: true, and the published schema accepts it", async () => {
    const report = JSON.parse(await render("json", summarizeRun([year2024]), { lang: "en" })) as {
      files: Array<{
        indicators: Array<{
          id: string;
          checks: { progress: { forecasts: Array<{ projected: number; clamped?: boolean }> } };
        }>;
      }>;
    };
    const r1 = report.files[0]!.indicators.find((i) => i.id === "R1")!;
    expect(r1.checks.progress.forecasts[1]).toMatchObject({ projected: 100, clamped: true });
    expect(r1.checks.progress.forecasts[0]).not.toHaveProperty("clamped");
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("the HTML chart draws the held value", async () => {
    const html = await render("html", summarizeRun([year2024]), { lang: "en" });
    expect(html).toContain('<polyline class="forecast" data-year="2030" data-value="100"');
    expect(html).not.toMatch(/data-value="111/);
    expect(html).toContain("forecast 2030: on track → 100 (held at the most the value can be) (60)");
  });

  const single = (unit: string, base: number, latest: number, target: string) =>
    load(`region: {name: 某县, zone: west}
plan: {base_year: 2022, long_term: 2030}
indicators:
  - {id: '1', name: 量, unit: '${unit}', better: lower, standard: '≤1000000', baseline: ${base}, actuals: {2024: ${latest}}, long_term: '${target}'}
`);
  const longForecast = (f: ReturnType<typeof single>) => row(assess(f), "1").checks.progress!.forecast!;

  it("an amount (μg/m³) falling on a straight line is held at 0, never projected below it", () => {
    // Linear (the target is 0): 40 → 20 in two years, −10 a year, would reach −60 by 2030.
    const f = longForecast(single("μg/m³", 40, 20, "≤0"));
    expect(f.method).toBe("linear");
    expect(f).toMatchObject({ projected: 0, clamped: { projected: "min" } });
  });

  it("a value in ‰ is held at 1000, in no unit or as a change it is not held", () => {
    const share = load(`region: {name: 某县, zone: west}
plan: {base_year: 2022, long_term: 2030}
indicators:
  - {id: '1', name: 率, unit: '‰', better: higher, standard: '≥0', baseline: 500, actuals: {2024: 800}, long_term: '≥900'}
  - {id: '2', name: 指数, unit: '', better: higher, standard: '≥0', baseline: 500, actuals: {2024: 800}, long_term: '≥900'}
  - {id: '3', name: 变化, unit: '%', better: higher, measure: delta, standard: 'Δ>-1', baseline: 50, actuals: {2024: 80}, long_term: 'Δ>90'}
`);
    const a = assess(share);
    expect(row(a, "1").checks.progress!.forecast).toMatchObject({ projected: 1000, clamped: { projected: "max" } });
    expect(row(a, "2").checks.progress!.forecast!.projected).toBeGreaterThan(1000);
    expect(row(a, "2").checks.progress!.forecast!.clamped).toBeUndefined();
    expect(row(a, "3").checks.progress!.forecast?.clamped).toBeUndefined();
  });

  it("a % row whose own values fall below 0 (a 下降率) is not held at 0", () => {
    const f = longForecast(single("%", 5, -5, "≤-60"));
    expect(f.projected).toBeLessThan(0);
    expect(f.clamped).toBeUndefined();
  });
});
