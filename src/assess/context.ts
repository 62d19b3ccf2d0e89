/** Builds what the rules see of one indicator in one file. */
import type { Indicator, IndicatorFile, Observation, Series } from "../model/types.js";
import { numeric, type EvalContext, type TargetContext } from "../rules/context.js";
import { superiorLookup } from "../model/superior.js";
import { leaves } from "../rules/index.js";

/**
 * The base-year value: the last observation at or before the base year, baseline or observed (a
 * value recorded for the base year is the base-year value). Checks and reports all ask this.
 */
export function baseObservation(indicator: Indicator, baseYear: number): Observation | undefined {
  return indicator.series[firstFrom(indicator.series, baseYear + 1) - 1];
}

/**
 * Where the first observation of `year` or later stands in a series (its length if none): a
 * halving search, as the series is in ascending order and asked once a year of every row (`history`
 * asks a row of 150 years for each of 80).
 */
function firstFrom(series: ReadonlyArray<{ year: number }>, year: number): number {
  let low = 0;
  let high = series.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (series[middle]!.year < year) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The series from `from` (from its start when undefined) up to and including `year`, copied only where it is cut. */
function between(series: Series, from: number | undefined, year: number): Series {
  const start = from === undefined ? 0 : firstFrom(series, from);
  const end = firstFrom(series, year + 1);
  return start === 0 && end === series.length ? series : series.slice(start, end);
}

/**
 * The years that decide a year's judgement (SPEC "Two questions"). After the base year, the series
 * from the base-year value on: history before it is shown, not deciding — unless a rule of the row
 * has a window of its own (近五年逐年提高) that reaches back before it, which then decides from where
 * that window starts (`reachesBack`). The base year itself is judged with the history that led to
 * it, as the baseline check (SPEC check 1) judges it.
 */
export function decidingWindow(
  file: IndicatorFile,
  indicator: Indicator,
  year: number,
): { from?: number; reachesBack?: number } {
  const { baseYear } = file.plan;
  if (year <= baseYear) return {};
  const base = baseObservation(indicator, baseYear)?.year ?? baseYear;
  const years = windowYears(indicator);
  const from = years === undefined ? base : Math.min(base, year - years);
  return from < base ? { from, reachesBack: from } : { from };
}

/** The longest window of years a rule of the row names (近五年: 5), if any: found once a row, as every year of it asks. */
function windowYears(indicator: Indicator): number | undefined {
  if (WINDOW_YEARS.has(indicator)) return WINDOW_YEARS.get(indicator);
  let longest: number | undefined;
  for (const spec of [indicator.standard, indicator.nearTerm, indicator.longTerm]) {
    for (const leaf of spec ? leaves(spec.rule) : []) {
      const years = "years" in leaf && typeof leaf.years === "number" ? leaf.years : undefined;
      if (years !== undefined) longest = Math.max(longest ?? years, years);
    }
  }
  WINDOW_YEARS.set(indicator, longest);
  return longest;
}

const WINDOW_YEARS = new WeakMap<Indicator, number | undefined>();

/**
 * The numbers of a series from `from` (its start when undefined) up to and including `year`, as
 * numeric() makes them of the series between those years: the row's numbers made once, the window
 * cut from them (history forecasts from every year of a century of values).
 */
export function numbersBetween(series: Series, from: number | undefined, year: number): ReadonlyArray<Point> {
  let all = NUMBERS.get(series);
  if (!all) {
    all = numeric(series);
    NUMBERS.set(series, all);
  }
  const start = from === undefined ? 0 : firstFrom(all, from);
  const end = firstFrom(all, year + 1);
  return start === 0 && end === all.length ? all : all.slice(start, end);
}

type Point = { year: number; n: number };
const NUMBERS = new WeakMap<Series, Point[]>();

/** The plan period's end: when a cumulative change the standard asks for is due. */
const planEnd = (file: IndicatorFile): { dueYear?: number } => {
  const end = file.plan.longTerm ?? file.plan.nearTerm;
  return end === undefined ? {} : { dueYear: end };
};

export function evalContext(file: IndicatorFile, indicator: Indicator, year: number): EvalContext {
  const { from } = decidingWindow(file, indicator, year);
  return {
    indicator,
    baseYear: file.plan.baseYear,
    superiorAt: superiorLookup(indicator),
    ...planEnd(file),
    year,
    series: between(indicator.series, from, year),
  };
}

export function targetContext(file: IndicatorFile, indicator: Indicator, year: number): TargetContext {
  const base = baseObservation(indicator, file.plan.baseYear);
  return {
    indicator,
    baseYear: file.plan.baseYear,
    superiorAt: superiorLookup(indicator),
    ...planEnd(file),
    year,
    ...(base ? { base } : {}),
  };
}
