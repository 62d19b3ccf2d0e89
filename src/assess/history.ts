/** A file's indicators year by year: each year's judgement (the one a year assessment gives), and the forecast. */
import type { IndicatorFile, Observation } from "../model/types.js";
import type { Outcome } from "../rules/outcome.js";
import type { CheckResult } from "./result.js";
import { latestActualYear } from "./assess.js";
import { judgeYear, REASON_PACE_YEARS } from "./year.js";

interface HistoryCell {
  year: number;
  observation?: Observation;
  verdict?: CheckResult["verdict"];
  outcome?: Outcome;
}

export interface HistoryRow {
  indicator: IndicatorFile["indicators"][number];
  /** Every observation, including history before the base year (for the trend line). */
  series: readonly Observation[];
  cells: HistoryCell[];
  /** The judgement of the latest year, with its forecast. */
  progress?: CheckResult;
}

export interface History<Rows extends Iterable<HistoryRow> = HistoryRow[]> {
  file: IndicatorFile;
  years: number[];
  rows: Rows;
}

/**
 * Every year from the base year to the latest observed, judged as `--year` would judge it: a year
 * without a value is MISSING here as there (or N/A where the row is declared 不涉及). Without
 * `outcomes`, each year keeps its verdict and value, not what its reason is made of.
 */
export function history(file: IndicatorFile, options: { outcomes?: boolean } = {}): History {
  const h = historyRows(file, options);
  return { ...h, rows: [...h.rows] };
}

/** {@link history} with its rows made one at a time, as they are asked for: a report can write each and let it go. */
export function historyRows(
  file: IndicatorFile,
  { outcomes = true }: { outcomes?: boolean } = {},
): History<Iterable<HistoryRow>> {
  const last = latestActualYear(file) ?? file.plan.baseYear;
  const years = Array.from({ length: last - file.plan.baseYear + 1 }, (_, i) => file.plan.baseYear + i);
  function* rows(): Generator<HistoryRow> {
    for (const indicator of file.indicators) {
      const { series } = indicator;
      // Years before the last show their reason alone, whose pace lists four years (and whether there are more).
      const judged = years.map((year) => ({
        year,
        check: judgeYear(file, indicator, year, year < last ? { paceYears: REASON_PACE_YEARS } : {}),
      }));
      const cells = judged.map(({ year, check }): HistoryCell => {
        const observation = check?.observation ?? series.find((o) => o.year === year);
        return {
          year,
          ...(observation ? { observation } : {}),
          // Each cell's outcome is what its reason is made of: kept only where reasons are shown (a
          // century of 1,500 rows held a gigabyte of them for a table that shows marks).
          ...(check ? { verdict: check.verdict, ...(outcomes ? { outcome: check.outcome } : {}) } : {}),
        };
      });
      const progress = judged.at(-1)?.check;
      yield { indicator, series, cells, ...(progress ? { progress } : {}) };
    }
  }
  return { file, years, rows: { [Symbol.iterator]: rows } };
}
