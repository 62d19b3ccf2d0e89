/** What a rule sees when it judges a value, or a plan target, of one indicator. */
import type { Direction, Observation, Series, SuperiorTarget, Tolerance } from "../model/types.js";
import type { Verdict } from "../model/verdict.js";
import type { TrendDirection } from "./ast.js";

export type MessageData = Record<string, string | number | boolean | undefined>;
/** A message by catalogue id, with its data; sentences are made by the report, in its language. */
export interface Message {
  id: string;
  data?: MessageData;
}

/**
 * A data value that is itself a message, translated in the report's language. The marker is a
 * control character YAML does not allow in a file, so no user text can pass for a reference.
 */
export const REF = "\u0001";
/** A reference may carry one detail (an error code), filled into its message as {detail}. */
const DETAIL = "\u0002";
export const ref = (id: string, detail?: string) => (detail === undefined ? `${REF}${id}` : `${REF}${id}${DETAIL}${detail}`);
/** The id and detail of a reference (the text after REF). */
export function unref(text: string): { id: string; detail?: string } {
  const at = text.indexOf(DETAIL);
  return at < 0 ? { id: text } : { id: text.slice(0, at), detail: text.slice(at + 1) };
}

export interface Outcome {
  verdict: Verdict;
  message: Message;
  /** For `且` / `或` and for rules that wrap another (a superior target): each part's outcome. */
  parts?: Outcome[];
}

export interface RuleIndicator {
  id: string;
  unit: string;
  better: Direction;
  measure: "level" | "delta";
  reference: "previous" | "first" | "base_year";
  tolerance: Tolerance;
  /** false where the standard does not let this indicator be declared 不涉及. */
  mayBeNotApplicable?: boolean;
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
export interface ClauseState {
  state: "met" | "not_met" | "unclear";
  text: string;
}

interface Common {
  indicator: RuleIndicator;
  baseYear: number;
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

export const outcome = (verdict: Verdict, id: string, data?: MessageData, parts?: Outcome[]): Outcome => ({
  verdict,
  message: data ? { id, data } : { id },
  ...(parts ? { parts } : {}),
});

export function resolveDirection(direction: TrendDirection, better: Direction): Direction {
  return direction === "better" ? better : direction;
}

/** A percentage already at its bound cannot move further: 100 going up, 0 going down. */
export function atBound(n: number, direction: Direction, unit: string): boolean {
  return unit === "%" && (direction === "higher" ? n >= 100 : n <= 0);
}

export function toleranceAmount(t: Tolerance, reference: number): number {
  return t.kind === "absolute" ? t.amount : Math.abs(reference) * t.amount;
}

/** Numeric observations of the series, ascending by year. */
export function numeric(series: Series): Array<{ year: number; n: number }> {
  return series.flatMap((o) => (o.value.kind === "number" ? [{ year: o.year, n: o.value.n }] : []));
}

/** The reference observation for stability and increase: previous year's (default), first, or base year's. */
export function referenceOf(ctx: EvalContext): { year: number; n: number } | undefined {
  const earlier = numeric(ctx.series).filter((o) => o.year < ctx.year);
  switch (ctx.indicator.reference) {
    case "first":
      return earlier[0];
    case "base_year":
      return earlier.filter((o) => o.year <= ctx.baseYear).at(-1);
    default:
      return earlier.at(-1);
  }
}

export const EPSILON = 1e-9;

/** Worse-than by `by` in `direction` (positive = moved the wrong way). */
export function wrongWay(from: number, to: number, direction: Direction): number {
  return direction === "higher" ? from - to : to - from;
}

export function round(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}
