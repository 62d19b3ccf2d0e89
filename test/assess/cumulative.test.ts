/**
 * Cumulative change targets are due at the plan period's end (#23): 〔18〕, 下降18%, 累计下降18% ask
 * for the whole change in the period's last year (the file's last plan year for a standard, the
 * target's own year for a target). A year before it is judged by the straight path from the base
 * year — PASS, its reason saying on pace or behind pace (the pace informs), never FAIL — and `history`, `--year` and `--compare-year` give
 * that one judgement alike.
 */
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { compareYears } from "../../src/assess/compare.js";
import { history } from "../../src/assess/history.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { reason } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";
import type { Outcome } from "../../src/rules/outcome.js";
import { params, timeoutFor } from "../fuzz/budget.js";

function load(text: string) {
  const result = loadIndicatorFile(text, "t.yaml");
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** A five-year plan from 2020 with one row: PM2.5 to fall 18 % by 2025. */
const plan = (actuals: Record<number, number>, extra = "") =>
  load(`region: {name: 某县, zone: west}
plan: {base_year: 2020, long_term: 2025}
indicators:
  - {id: '1', name: 细颗粒物浓度, unit: μg/m³, standard: 下降18%, baseline: 50, actuals: ${JSON.stringify(actuals)}${extra}}
`);

const progress = (a: FileAssessment) => a.indicators[0]!.checks.progress!;

describe("a cumulative change is due at the plan period's end", () => {
  it("2 years into a 5-year plan, 8 % down of 18 % is on pace (7.2 % due by 2022): PASS, not FAIL", () => {
    const a = assess(plan({ 2022: 46 }));
    expect(progress(a).verdict).toBe("PASS");
    expect(reason("en", progress(a).outcome)).toContain(
      "46μg/m³ is on pace for 下降18% from 50μg/m³ in 2020, due in 2025: 8% of it done, 7.2% due by 2022",
    );
    expect(a.summary.overall).toBe("PASS");
  });

  it("6 % down is behind pace: said in the reason, while the year PASSes (the pace informs, never decides)", () => {
    const a = assess(plan({ 2022: 47 }));
    expect(progress(a).verdict).toBe("PASS");
    expect(reason("zh", progress(a).outcome)).toContain("进度滞后");
    expect(a.summary.overall).toBe("PASS");
  });

  it("in 2025, the due year, 16 % down of 18 % FAILs", () => {
    const a = assess(plan({ 2022: 46, 2025: 42 }));
    expect(progress(a).verdict).toBe("FAIL");
    expect(a.summary.overall).toBe("FAIL");
  });

  it("the base year is N/A for a change, as before", () => {
    const a = assess(plan({ 2022: 46 }), { year: 2020 });
    expect(progress(a).verdict).toBe("N/A");
  });

  it("history shows each year's one judgement: N/A, on pace, behind, the whole met", () => {
    const h = history(plan({ 2021: 48, 2022: 47, 2023: 43, 2024: 40 }));
    expect(h.rows[0]!.cells.map((c) => c.verdict)).toEqual(["N/A", "PASS", "PASS", "PASS", "PASS"]);
  });

  it("without a plan year the change is due every year (the change from the base year)", () => {
    const file = load(`region: {name: 某县, zone: west}
plan: {base_year: 2020}
indicators:
  - {id: '1', name: 细颗粒物浓度, unit: μg/m³, standard: 下降18%, baseline: 50, actuals: {2022: 46}}
`);
    expect(progress(assess(file)).verdict).toBe("FAIL");
  });

  it("a near-term target 下降10% is due in its own year, not the plan's end", () => {
    const file = load(`region: {name: 某县, zone: west}
plan: {base_year: 2020, near_term: 2022, long_term: 2025}
indicators:
  - {id: '1', name: 细颗粒物浓度, unit: μg/m³, standard: ≤60, near_term: 下降10%, baseline: 50, actuals: {2022: 46}}
`);
    const c = progress(assess(file));
    expect(c.verdict).toBe("FAIL");
    expect(reason("en", c.outcome)).toContain("does not meet 下降10% from 50μg/m³ in 2020");
  });

  it("plan review: a 2025 target on the path to 下降18% due in 2030 is adequate; one behind it WARNs", () => {
    const file = (target: string) =>
      load(`region: {name: 某县, zone: west}
plan: {base_year: 2020, near_term: 2025, long_term: 2030}
indicators:
  - {id: '1', name: 细颗粒物浓度, unit: μg/m³, standard: 下降18%, baseline: 50, near_term: '${target}', long_term: ≤41}
`);
    const on = assess(file("≤45.5")).indicators[0]!.checks;
    expect([on.near_term?.verdict, on.long_term?.verdict]).toEqual(["PASS", "PASS"]);
    const behind = assess(file("≤46")).indicators[0]!.checks;
    expect(behind.near_term?.verdict).toBe("WARN");
  });
});

// ── the one judgement, with change rules, as a property ──

const CHANGES = ["下降18%", "降低10%", "累计下降18%", "〔18〕", "〔27〕", "提高2个百分点", "下降5以上", "提高5%"];
const PLANS = [
  { base_year: 2020, long_term: 2025 },
  { base_year: 2020, near_term: 2023, long_term: 2025 },
  { base_year: 2022, near_term: 2025, long_term: 2030 },
  { base_year: 2022 },
];
const valueArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 300, max: 700 }).map((n) => n / 10) },
  { weight: 1, arbitrary: fc.constantFrom("不涉及", "明显下降") },
);
const targetArb = fc.option(fc.oneof(fc.constantFrom(...CHANGES), fc.constantFrom("≤45", "≥55", "持续下降")), {
  nil: undefined,
});
const rowArb = (id: string, baseYear: number) =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.constant(`指标${id}`),
      unit: fc.constantFrom("%", "μg/m³", "万平方公里"),
      binding: fc.boolean(),
      standard: fc.constantFrom(...CHANGES),
      baseline: fc.integer({ min: 300, max: 700 }).map((n) => n / 10),
      near_term: targetArb,
      long_term: targetArb,
      actuals: fc
        .uniqueArray(fc.tuple(fc.integer({ min: baseYear + 1, max: baseYear + 11 }), valueArb), {
          selector: ([y]) => y,
          minLength: 1,
          maxLength: 6,
        })
        .map((pairs) => Object.fromEntries(pairs)),
    },
    { requiredKeys: ["id", "name", "unit", "standard", "baseline", "actuals"] },
  );
const fileArb = fc
  .constantFrom(...PLANS)
  .chain((p) =>
    fc
      .integer({ min: 1, max: 3 })
      .chain((n) =>
        fc.tuple(fc.constant(p), ...Array.from({ length: n }, (_, i) => rowArb(String(i + 1), p.base_year))),
      ),
  );

const verdictOf = (a: FileAssessment, id: string) =>
  a.indicators.find((i) => i.indicator.id === id)?.checks.progress?.verdict;

/** Every outcome in a judgement's tree. */
const walk = (o: Outcome): Outcome[] => [o, ...(o.parts ?? []).flatMap(walk)];

describe("one judgement of a row in a year, with cumulative changes", () => {
  it(
    "history, --year and --compare-year agree; a change fails only from its due year, paces only before it",
    () => {
      let judged = 0;
      fc.assert(
        fc.property(
          fileArb,
          fc.integer({ min: 0, max: 11 }),
          fc.integer({ min: 1, max: 11 }),
          ([p, ...rows], at, gap) => {
            const loaded = loadIndicatorFile(
              stringify({ region: { name: "测试区", zone: "west" }, plan: p, indicators: rows }),
              "g.yaml",
            );
            if (!loaded.ok) return;
            const file = loaded.value;
            const end = file.plan.longTerm ?? file.plan.nearTerm;
            const h = history(file);
            for (const year of h.years) {
              const a = assess(file, { year });
              for (const row of h.rows) {
                const cell = row.cells.find((c) => c.year === year)!;
                expect(cell.verdict, `${row.indicator.id} ${year}`).toBe(verdictOf(a, row.indicator.id));
                const check = a.indicators.find((i) => i.indicator.id === row.indicator.id)!.checks.progress!;
                for (const o of walk(check.outcome)) {
                  const data = o.message.data as { year?: number; dueYear?: number } | undefined;
                  if (o.message.id === "rule.change.onPace" || o.message.id === "rule.change.behindPace") {
                    expect(data!.year!).toBeLessThan(data!.dueYear!);
                    judged++;
                  }
                }
                // The standard (the first part) before the plan's end: never FAIL for its change.
                const standard = check.outcome.parts?.[0] ?? check.outcome;
                if (end !== undefined && year < end)
                  expect(walk(standard).some((o) => o.message.id === "rule.change.fail")).toBe(false);
              }
            }
            const from = file.plan.baseYear + at;
            const to = from + gap;
            const [before, after] = [assess(file, { year: from }), assess(file, { year: to })];
            const comparison = compareYears(before, after);
            for (const a of after.indicators) {
              const id = a.indicator.id;
              const change = comparison.changes.find((c) => !c.veto && c.id === id);
              const [then, now] = [verdictOf(before, id), verdictOf(after, id)];
              if (then !== now)
                expect(change, `${id} ${from}→${to}`).toMatchObject({ from: { verdict: then }, to: { verdict: now } });
              else if (change) expect(change.kind).toBe("forecast_changed");
            }
          },
        ),
        params("oneJudgement"),
      );
      expect(judged).toBeGreaterThan(0);
    },
    timeoutFor("oneJudgement", 80),
  );
});
