/** Builds what the rules see of one indicator in one file. */
import type { Indicator, IndicatorFile, Observation, Series } from "../model/types.js";
import type { EvalContext, TargetContext } from "../rules/context.js";
import { superiorLookup } from "../model/superior.js";

/**
 * The base-year value: the last observation at or before the base year, baseline or observed (a
 * value recorded for the base year is the base-year value). Checks and reports all ask this.
 */
export function baseObservation(indicator: Indicator, baseYear: number): Observation | undefined {
  return indicator.series.findLast((o) => o.year <= baseYear);
}

/** The series up to and including `year`. */
function upTo(series: Series, year: number): Series {
  const end = series.findLastIndex((o) => o.year <= year);
  return end === series.length - 1 ? series : series.slice(0, end + 1);
}

export function evalContext(file: IndicatorFile, indicator: Indicator, year: number): EvalContext {
  return {
    indicator,
    baseYear: file.plan.baseYear,
    superiorAt: superiorLookup(indicator),
    year,
    series: upTo(indicator.series, year),
  };
}

export function targetContext(file: IndicatorFile, indicator: Indicator, year: number): TargetContext {
  const base = baseObservation(indicator, file.plan.baseYear);
  return {
    indicator,
    baseYear: file.plan.baseYear,
    superiorAt: superiorLookup(indicator),
    year,
    ...(base ? { base } : {}),
  };
}
