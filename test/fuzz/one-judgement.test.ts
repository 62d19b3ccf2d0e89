/**
 * One judgement of a row in a year (issue #23): for random files and years, `history`, the year
 * assessment (`--year`) and `--compare-year` give the same verdict for the same row and year, and
 * --compare-year lists a change exactly where the two years' verdicts (a row's or a basic
 * condition's) differ.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { compareYears } from "../../src/assess/compare.js";
import { history } from "../../src/assess/history.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { loadIndicatorFile } from "../../src/read.js";
import { fileArb, fileText } from "./arbitraries.js";
import { params, timeoutFor } from "./budget.js";

const CONDITIONS = ["重特大突发环境事件", "督察问题整改"] as const;
const vetoesArb = fc.option(
  fc.dictionary(
    fc.integer({ min: 2019, max: 2034 }).map(String),
    fc.dictionary(fc.constantFrom(...CONDITIONS), fc.constantFrom("发生", "未发生", "已完成", "未完成"), {
      minKeys: 1,
    }),
    { minKeys: 1, maxKeys: 4 },
  ),
  { nil: undefined },
);

const verdictOf = (a: FileAssessment, id: string) =>
  a.indicators.find((i) => i.indicator.id === id)?.checks.progress?.verdict;

describe("one judgement of a row in a year", () => {
  it(
    "history, --year and --compare-year agree for every row and year",
    () => {
      let compared = 0;
      fc.assert(
        fc.property(
          fileArb,
          vetoesArb,
          fc.integer({ min: 0, max: 12 }),
          fc.integer({ min: 1, max: 12 }),
          (f, vetoes, offset, gap) => {
            const loaded = loadIndicatorFile(
              fileText(f, vetoes as Record<number, Record<string, string>> | undefined),
              "generated.yaml",
            );
            if (!loaded.ok) return;
            const file = loaded.value;
            const h = history(file);
            // Every year history shows, judged as --year judges it.
            for (const year of h.years) {
              const a = assess(file, { year });
              for (const row of h.rows) {
                const cell = row.cells.find((c) => c.year === year)!;
                expect(cell.verdict, `${row.indicator.id} ${year}`).toBe(verdictOf(a, row.indicator.id));
              }
            }
            // Any two years, the earlier compared with the later.
            const from = file.plan.baseYear + offset;
            const to = from + gap;
            const before = assess(file, { year: from });
            const after = assess(file, { year: to });
            const comparison = compareYears(before, after);
            compared++;
            for (const a of after.indicators) {
              const id = a.indicator.id;
              const change = comparison.changes.find((c) => !c.veto && c.id === id);
              const [then, now] = [verdictOf(before, id), verdictOf(after, id)];
              if (then !== now)
                expect(change, `${id} ${from}→${to}`).toMatchObject({ from: { verdict: then }, to: { verdict: now } });
              else if (change) expect(change.kind).toBe("forecast_changed");
            }
            // A basic condition changed exactly where the years state it differently.
            const stated = (a: FileAssessment, year: number) =>
              new Map((a.vetoes?.conditions ?? []).filter((c) => c.year === year).map((c) => [c.condition, c.verdict]));
            const [then, now] = [stated(before, from), stated(after, to)];
            for (const condition of CONDITIONS) {
              const change = comparison.changes.find((c) => c.veto && c.id === condition);
              if (then.get(condition) === now.get(condition)) expect(change, condition).toBeUndefined();
              else
                expect(change, condition).toMatchObject({
                  from: then.has(condition) ? { verdict: then.get(condition) } : {},
                  to: now.has(condition) ? { verdict: now.get(condition) } : {},
                });
            }
            // The year's own conditions decide it: one not met fails it.
            if ([...now.values()].includes("FAIL")) expect(after.summary.overall).toBe("FAIL");
          },
        ),
        params("oneJudgement"),
      );
      expect(compared).toBeGreaterThan(0);
    },
    timeoutFor("oneJudgement", 60),
  );
});
