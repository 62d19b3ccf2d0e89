/** Builds what the rules see of one indicator in one file. */
import type { Indicator, IndicatorFile, Observation, Series, SuperiorTarget } from "../model/types.js";
import type { EvalContext, TargetContext } from "../rules/context.js";

/**
 * The superior target in force in `year`: that year's, else the latest target assigned before it.
 * A stated result (`met` / `not met`) speaks of its own year only: 2022's "met" says nothing of 2024.
 */
export function superiorLookup(indicator: Indicator): (year: number) => SuperiorTarget | undefined {
  return (year) => indicator.superior.findLast((t) => t.year === year) ?? indicator.superior.findLast((t) => t.year < year && t.stated === undefined);
}

/** Baseline history and observed values in one series; an observed value replaces a baseline one. */
export function fullSeries(indicator: Indicator): Series {
  const { baseline, actuals } = indicator;
  // Both come sorted by year; usually the history simply ends before the first observed year.
  if (actuals.length === 0 || baseline.length === 0 || baseline.at(-1)!.year < actuals[0]!.year) return [...baseline, ...actuals];
  const byYear = new Map<number, Observation>();
  for (const o of baseline) byYear.set(o.year, o);
  for (const o of actuals) byYear.set(o.year, o);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The base-year value: the last observation at or before the base year, baseline or observed (a
 * value recorded for the base year is the base-year value). Checks and reports all ask this.
 */
export function baseObservation(indicator: Indicator, baseYear: number): Observation | undefined {
  // As fullSeries(indicator) would give it, without building the series: asked for every target.
  const observed = indicator.actuals.findLast((o) => o.year <= baseYear);
  const history = indicator.baseline.findLast((o) => o.year <= baseYear);
  return !observed ? history : !history || observed.year >= history.year ? observed : history;
}

export function evalContext(file: IndicatorFile, indicator: Indicator, year: number): EvalContext {
  return {
    indicator,
    baseYear: file.plan.baseYear,
    superiorAt: superiorLookup(indicator),
    year,
    series: fullSeries(indicator).filter((o) => o.year <= year),
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
