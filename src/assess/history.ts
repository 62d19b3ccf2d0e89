/** A file's indicators year by year: each year's value judged against the standard, and the forecast. */
import type { IndicatorFile, Observation } from "../model/types.js";
import { forReference } from "../model/verdict.js";
import type { Outcome } from "../rules/outcome.js";
import { engine } from "../rules/index.js";
import { progressCheck } from "./checks.js";
import { evalContext } from "./context.js";
import type { CheckResult } from "./result.js";
import { latestActualYear } from "./assess.js";

export interface HistoryCell {
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
  /** The progress check of the latest year, with its forecast. */
  progress?: CheckResult;
}

export interface History {
  file: IndicatorFile;
  years: number[];
  rows: HistoryRow[];
}

export function history(file: IndicatorFile): History {
  const last = latestActualYear(file) ?? file.plan.baseYear;
  const years = Array.from({ length: last - file.plan.baseYear + 1 }, (_, i) => file.plan.baseYear + i);
  const rows = file.indicators.map((indicator) => {
    const { series } = indicator;
    const cells = years.map((year): HistoryCell => {
      const observation = series.find((o) => o.year === year);
      if (!observation || !indicator.standard) return { year, ...(observation ? { observation } : {}) };
      const outcome = engine.evaluate(indicator.standard.rule, evalContext(file, indicator, year));
      return { year, observation, verdict: forReference(outcome.verdict, indicator.binding), outcome };
    });
    const progress = last > file.plan.baseYear ? progressCheck(file, indicator, last) : undefined;
    return { indicator, series, cells, ...(progress ? { progress } : {}) };
  });
  return { file, years, rows };
}
