/** Tiny builders for the rule tables: a context from a plain series, and one-line evaluate/judge. */
import { superiorLookup } from "../../src/model/superior.js";
import type { Direction, Indicator, Series, SuperiorTarget } from "../../src/model/types.js";
import { parseTolerance } from "../../src/model/tolerance.js";
import { clauseState, normalizeValue } from "../../src/model/value.js";
import type { Verdict } from "../../src/model/verdict.js";
import type { Rule } from "../../src/rules/ast.js";
import type { EvalContext, RuleIndicator, TargetContext } from "../../src/rules/context.js";
import type { MessageData } from "../../src/i18n/message.js";
import type { Outcome } from "../../src/rules/outcome.js";
import { engine, targetGuarantee } from "../../src/rules/index.js";
import { parseRule } from "../../src/rules/parse.js";
import { statedResult } from "../../src/rules/vocabulary.js";

type Raw = number | string;

interface IndicatorOptions {
  better?: Direction;
  unit?: string;
  /** As the file writes it: `0.5` (absolute) or `"1%"` (relative). */
  tolerance?: number | string;
  reference?: RuleIndicator["reference"];
  measure?: RuleIndicator["measure"];
  /** As the file writes it: rule text, `met` or `not met`, by year. */
  superior?: Record<number, string>;
  baseYear?: number;
  /** When a cumulative change is due (the plan period's end, or a target's year); none: due every year. */
  dueYear?: number;
  /** false where the standard does not let the row be declared 不涉及. */
  mayBeNotApplicable?: boolean;
  /** `reference_value`, by year. */
  referenceValues?: Record<number, number>;
  /** `clauses`, keyed by the condition as the rule writes it: a state for every year, or by year. */
  clauses?: Record<string, string | Record<number, string>>;
  /** A signed review of a year. */
  review?: { verdict: "pass" | "fail"; by: string; year: number };
}

export interface CtxOptions extends IndicatorOptions {
  series?: Record<number, Raw>;
  /** Defaults to the latest year of the series. */
  year?: number;
}

export interface TctxOptions extends IndicatorOptions {
  /** The base-year value (`baseYear`, default 2022). */
  base?: Raw;
  /** The target's year; defaults to 2025. */
  year?: number;
}

/** Parse or throw: a table row with unreadable rule text is a broken test, not a verdict. */
export function rule(text: string): Rule {
  const r = parseRule(text);
  if (!r.ok) throw new Error(`rule text ${JSON.stringify(text)} does not parse: ${JSON.stringify(r.error)}`);
  return r.rule;
}

function common(o: IndicatorOptions) {
  const superior: SuperiorTarget[] = Object.entries(o.superior ?? {})
    .map(
      ([year, text]): SuperiorTarget =>
        // The loader's words for a stated result, and its tolerance parser: never a copy of either.
        statedResult(text)
          ? { year: Number(year), stated: statedResult(text)! }
          : { year: Number(year), spec: { text, rule: rule(text) } },
    )
    .sort((a, b) => a.year - b.year);
  const indicator: RuleIndicator = {
    id: "T",
    unit: o.unit ?? "",
    better: o.better ?? "higher",
    measure: o.measure ?? "level",
    reference: o.reference ?? "previous",
    tolerance: parseTolerance(o.tolerance),
    ...(o.mayBeNotApplicable === undefined ? {} : { mayBeNotApplicable: o.mayBeNotApplicable }),
    ...(o.referenceValues ? { referenceValues: o.referenceValues } : {}),
    ...(o.review ? { review: o.review } : {}),
    ...(o.clauses
      ? {
          clauses: Object.fromEntries(
            Object.entries(o.clauses).map(([k, v]) => [
              k,
              typeof v === "string"
                ? { all: clauseState(v), byYear: {} }
                : { byYear: Object.fromEntries(Object.entries(v).map(([y, x]) => [Number(y), clauseState(x)])) },
            ]),
          ),
        }
      : {}),
  };
  return {
    indicator,
    baseYear: o.baseYear ?? 2022,
    ...(o.dueYear === undefined ? {} : { dueYear: o.dueYear }),
    // The loader's own lookup, not a copy of it.
    superiorAt: superiorLookup({ superior } as unknown as Indicator),
  };
}

function ctx(o: CtxOptions = {}): EvalContext {
  const all: Series = Object.entries(o.series ?? {})
    .map(([year, raw]) => ({ year: Number(year), value: normalizeValue(raw) }))
    .sort((a, b) => a.year - b.year);
  const year = o.year ?? all.at(-1)?.year ?? 2022;
  return { ...common(o), year, series: all.filter((obs) => obs.year <= year) };
}

function tctx(o: TctxOptions = {}): TargetContext {
  const c = common(o);
  return {
    ...c,
    year: o.year ?? 2025,
    ...(o.base === undefined ? {} : { base: { year: c.baseYear, value: normalizeValue(o.base) } }),
  };
}

/** The observed value of the context's year against `text`. */
export const evaluate = (text: string, o: CtxOptions = {}): Outcome => engine.evaluate(rule(text), ctx(o));

/** Does meeting `target` guarantee `standard`? */
export function judge(standard: string, target: string, o: TctxOptions = {}): Outcome {
  const c = tctx(o);
  return engine.judge(rule(standard), targetGuarantee(rule(target), c), c);
}

/** One row of a rule table: what to judge, and what the outcome must say. */
interface Expectation {
  verdict: Verdict;
  id: string;
  /** Key data of the message (compared numbers, years, tolerance); checked as a subset. */
  data?: MessageData;
  /** For 且 / 或 and for a superior target: what each part must say, in order. */
  parts?: Expectation[];
  /** The whole reason as the report renders it, in Chinese and in English (compared by the rule tester). */
  zh?: string;
  en?: string;
}

export interface EvalCase extends CtxOptions, Expectation {
  name: string;
  rule: string;
}

export interface JudgeCase extends TctxOptions, Expectation {
  name: string;
  standard: string;
  target: string;
}
