/**
 * Will the target be met by its year? The method public SDG trackers use (Eurostat; Statistics
 * Canada's open-sdg): the ratio of observed to required compound annual growth, or of linear
 * slopes where values are zero, negative or themselves changes.
 */
import type { Direction } from "../model/types.js";
import { round } from "../rules/maths.js";
import type { Forecast, ForecastClass } from "./result.js";
import { clamp, type Range } from "./range.js";

interface Point {
  year: number;
  n: number;
}

export interface ForecastInput {
  points: readonly Point[];
  baseYear: number;
  target: number;
  targetYear: number;
  better: Direction;
  /** The values are changes (ΔEQI): growth rates have no meaning. */
  delta: boolean;
  /** The range the value can take (a share 0–100 %): projections and paces are held inside it. */
  range?: Range;
  /** Values the pace must pass through on the way: the targets due before `targetYear` (near-term). */
  stops?: readonly Point[];
  /** The least a year's value must be whatever the path (the standard in that year), if anything. */
  floor?: (year: number) => number | undefined;
  /**
   * How many years of the pace to list (every year when absent): a reason shows four, and `history`
   * shows only reasons for the years before its last.
   */
  paceYears?: number;
}

export function classify(ratio: number): ForecastClass {
  if (ratio >= 0.95) return "on_track";
  if (ratio >= 0.6) return "acceleration_needed";
  if (ratio >= 0) return "limited_progress";
  return "moving_away";
}

/**
 * undefined when there are fewer than two values (base and a later one). A trend carried on past
 * what the value can be (a share past 100 %) is held at that end, and the forecast says so.
 */
export function forecast(input: ForecastInput): Forecast | undefined {
  const found = unbounded(input);
  if (!found || !input.range) return found?.forecast;
  const { forecast: f, paceHeld } = found;
  const range = input.range;
  const projected = f.projected === null ? undefined : clamp(f.projected, range);
  if (!projected?.held && !paceHeld) return f;
  return {
    ...f,
    ...(projected ? { projected: projected.value } : {}),
    ...(paceHeld ? { pace: f.pace.map((p) => ({ year: p.year, value: clamp(p.value, range).value })) } : {}),
    clamped: { ...(projected?.held ? { projected: projected.held } : {}), ...(paceHeld ? { pace: paceHeld } : {}) },
  };
}

/** The forecast before it is held inside the range, and where the first pace value past the range is held. */
function unbounded(input: ForecastInput): { forecast: Forecast; paceHeld?: "min" | "max" } | undefined {
  const { points, target, targetYear, better } = input;
  const base = points.filter((p) => p.year <= input.baseYear).at(-1) ?? points[0];
  const latest = points.at(-1);
  if (!base || !latest || latest.year <= base.year) return undefined;
  const meets = (n: number) => (better === "higher" ? n >= target : n <= target);
  const linear = input.delta || [base.n, latest.n, target].some((n) => n <= 0);
  const method = linear ? "linear" : "cagr";
  const needed = meets(latest.n) ? { steps: [] } : pace(input, latest, linear);
  const held = needed.held ? { paceHeld: needed.held } : {};
  const common = {
    target,
    target_year: targetYear,
    from: { year: base.year, value: base.n },
    to: { year: latest.year, value: latest.n },
    pace: needed.steps,
  };
  if (meets(latest.n)) return { forecast: { ...common, class: "achieved", projected: latest.n, ratio: null, method } };

  let observed: number, required: number, projected: number;
  if (linear) {
    const span = points.filter((p) => p.year >= base.year);
    const { slope, intercept } = leastSquares(span);
    observed = slope;
    required = (target - base.n) / (targetYear - base.year);
    projected = intercept + slope * targetYear;
  } else {
    observed = (latest.n / base.n) ** (1 / (latest.year - base.year)) - 1;
    required = (target / base.n) ** (1 / (targetYear - base.year)) - 1;
    projected = latest.n * (1 + observed) ** (targetYear - latest.year);
  }
  // Values at the edge of floating point (1e308, 1e-300) project to no number at all.
  const finite = (n: number) => (Number.isFinite(n) ? round(n) : null);
  // The base already met the target and the value has since slipped past it.
  if (meets(base.n) || required === 0)
    return {
      forecast: { ...common, class: "moving_away", projected: finite(projected), ratio: null, method },
      ...held,
    };
  const ratio = observed / required;
  return {
    forecast: {
      ...common,
      class: Number.isNaN(ratio) ? "moving_away" : classify(ratio),
      projected: finite(projected),
      ratio: finite(ratio),
      method,
    },
    ...held,
  };
}

/**
 * The value each year after the latest must reach for the target to be met in its year: the
 * constant growth rate from y_t to y* (y_t·(y* ÷ y_t)^((k−t)/(T−t))), or equal steps where growth
 * rates have no meaning (zero, negative or change values). Reaching it is enough: where a target
 * due on the way (the near-term one) asks more than the path, the path runs through that target
 * and on from it, and no year falls short of the standard of that year. The first `paceYears`
 * years are listed (every year without it); which end of the range the first value past it is
 * held at is found over every year.
 */
function pace(
  input: ForecastInput,
  latest: Point,
  linear: boolean,
): { steps: Array<{ year: number; value: number }>; held?: "min" | "max" } {
  const { target, targetYear, better, range } = input;
  const stricter = (a: number, b: number) => (better === "higher" ? Math.max(a, b) : Math.min(a, b));
  const along = (a: Point, b: Point, year: number) =>
    linear || a.n <= 0 || b.n <= 0
      ? a.n + ((b.n - a.n) * (year - a.year)) / (b.year - a.year)
      : a.n * (b.n / a.n) ** ((year - a.year) / (b.year - a.year));
  const end = { year: targetYear, n: target };
  const knots: Point[] = [latest];
  for (const stop of [...(input.stops ?? [])].sort((a, b) => a.year - b.year)) {
    if (stop.year <= latest.year || stop.year >= targetYear) continue;
    const from = knots.at(-1)!;
    if (stricter(along(from, end, stop.year), stop.n) !== along(from, end, stop.year)) knots.push(stop);
  }
  knots.push(end);
  const listed = input.paceYears ?? Number.POSITIVE_INFINITY;
  const steps: Array<{ year: number; value: number }> = [];
  let held: "min" | "max" | undefined;
  for (let year = latest.year + 1, k = 1; year <= targetYear; year++) {
    if (steps.length >= listed && (held !== undefined || !range)) break;
    // The knot the year runs toward: the first at or after it (knots ascend, and so do the years).
    while (knots[k]!.year < year) k++;
    const onPath = along(knots[k - 1]!, knots[k]!, year);
    const floor = input.floor?.(year);
    const value = floor === undefined ? onPath : stricter(onPath, floor);
    // Rounded where it is listed, or where it may pass an end of the range (the ends are round numbers).
    if (steps.length < listed) steps.push({ year, value: round(value) });
    if (held === undefined && range && (value > (range.max ?? value) || value < (range.min ?? value)))
      held = clamp(round(value), range).held;
  }
  return held ? { steps, held } : { steps };
}

function leastSquares(points: readonly Point[]): { slope: number; intercept: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.n, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.year - mx) * (p.n - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}
