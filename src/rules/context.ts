/** What a rule sees when it judges a value, or a plan target, of one indicator. */
import type { Direction, Observation, Series, SuperiorTarget, Tolerance } from "../model/types.js";
import type { TrendDirection } from "./ast.js";
import { NO_DATA } from "./vocabulary.js";

export interface RuleIndicator {
  id: string;
  unit: string;
  better: Direction;
  measure: "level" | "delta";
  reference: "previous" | "first" | "base_year";
  tolerance: Tolerance;
  /** false where the standard does not let this indicator be declared 不涉及. */
  mayBeNotApplicable?: boolean;
  /** Who says whether it may: the edition, or the file's own rule (`may_be_not_applicable`). */
  notApplicableBy?: "edition" | "file";
  /** Reference values by year, for 不低于全省平均水平 (`reference_value`). */
  referenceValues?: Readonly<Record<number, number>>;
  /** Conditions the value cannot decide, as stated (`clauses`), by normalised condition text. */
  clauses?: Readonly<Record<string, Clause>>;
  /** A person's signed verdict for a year: it decides a condition too. */
  review?: { verdict: "pass" | "fail"; by: string; date?: string | undefined; year: number };
}

/** What a file states of one condition: for every year, and per year. */
export interface Clause {
  all?: ClauseState;
  byYear: Readonly<Record<number, ClauseState>>;
}
interface ClauseState {
  state: "met" | "not_met" | "unclear";
  text: string;
}

interface Common {
  indicator: RuleIndicator;
  baseYear: number;
  /**
   * When a cumulative change (〔18〕, 下降18%) is due: the plan period's end (the file's last plan
   * year), or the target's own year where the rule is a target. Without one it is due every year.
   */
  dueYear?: number;
  /** The superior's target in force in a year: that year's, else the latest set before it. */
  superiorAt(year: number): SuperiorTarget | undefined;
}

/** Judging an observed value: the series holds every observation up to and including `year`. */
export interface EvalContext extends Common {
  year: number;
  series: Series;
}

/** Judging a plan target for `year` against a standard. */
export interface TargetContext extends Common {
  year: number;
  /** The last observation at or before the base year. */
  base?: Observation;
}

export function resolveDirection(direction: TrendDirection, better: Direction): Direction {
  return direction === "better" ? better : direction;
}

/** Numeric observations of the series, ascending by year. */
export function numeric(series: Series): Array<{ year: number; n: number }> {
  return series.flatMap((o) => (o.value.kind === "number" ? [{ year: o.year, n: o.value.n }] : []));
}

/**
 * A value that can be a trend's reference: a number, or words that say something of the year (not
 * 不涉及, not 暂无数据, which are no value at all).
 */
const referable = (v: Series[number]["value"]): boolean =>
  v.kind === "number" || (v.kind !== "not_applicable" && !NO_DATA.test(v.text));

/**
 * The reference observation for stability and increase: previous year's (default), first, or base
 * year's — a number; where that value is words, none (textReferenceOf has it: a person compares),
 * never a number from further back in its place.
 */
export function referenceOf(ctx: EvalContext): { year: number; n: number } | undefined {
  const o = chosenReference(ctx, referable);
  return o?.value.kind === "number" ? { year: o.year, n: o.value.n } : undefined;
}

/**
 * Of the observations before the year assessed that `counts`, in order, the one the row's
 * `reference` names: the first, the base year's, or the previous. One pass, making nothing but the
 * answer: judged for every year of every row, a list of the earlier values made each time cost
 * seconds (history of 3,200 rows of 152 years).
 */
function chosenReference(
  ctx: EvalContext,
  counts: (v: Series[number]["value"]) => boolean,
): Series[number] | undefined {
  let chosen: Series[number] | undefined;
  for (const o of ctx.series) {
    if (o.year >= ctx.year || !counts(o.value)) continue;
    if (ctx.indicator.reference === "first") {
      if (chosen === undefined) chosen = o;
    } else if (ctx.indicator.reference !== "base_year" || o.year <= ctx.baseYear) chosen = o;
  }
  return chosen;
}

/**
 * Where no number can be the reference, the earlier value in words that would have been it
 * (上报企业由2家增至24家 before a rate): a value is there, so a person compares — it is not missing.
 * A cell that says it has no data (暂无数据) is no value at all.
 */
export function textReferenceOf(ctx: EvalContext): { year: number; text: string } | undefined {
  const o = chosenReference(ctx, referable);
  return o && o.value.kind !== "number" && o.value.kind !== "not_applicable"
    ? { year: o.year, text: o.value.text }
    : undefined;
}
