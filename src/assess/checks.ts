/** The four checks of one indicator: baseline, the two targets' adequacy, and progress. */
import type { Indicator, IndicatorFile, RuleSpec } from "../model/types.js";
import { forReference, worst, type Verdict } from "../model/verdict.js";
import { numeric, type EvalContext } from "../rules/context.js";
import { outcome, type Outcome } from "../rules/outcome.js";
import { engine, targetGuarantee } from "../rules/index.js";
import { evalContext, targetContext } from "./context.js";
import { forecast } from "./forecast.js";
import type { CheckResult, Forecast } from "./result.js";
import { ref } from "../i18n/message.js";
import { reasonRounding } from "./precision.js";

const result = (indicator: Indicator, year: number, spec: RuleSpec, o: Outcome, forecasts: readonly Forecast[] = []): CheckResult => ({
  verdict: forReference(o.verdict, indicator.binding),
  year,
  rule: spec.text,
  outcome: o,
  ...(forecasts.length > 0 ? { forecast: forecasts[0]! } : {}),
  ...(forecasts.length > 1 ? { forecasts: [...forecasts] } : {}),
});

/** A person's signed verdict turns a REVIEW of that year's value into PASS or FAIL. */
function withReview(indicator: Indicator, year: number, o: Outcome): Outcome {
  const review = indicator.review;
  if (o.verdict !== "REVIEW" || !review || review.year !== year) return o;
  return outcome(review.verdict === "pass" ? "PASS" : "FAIL", "review.signed", { by: review.by, date: review.date, note: review.note, verdict: review.verdict }, [o]);
}

/**
 * 1. The base-year value (with its history) against the national standard. The series up to the
 * base year is all a rule sees, observed values for the base year included (see baseObservation).
 */
export function baselineCheck(file: IndicatorFile, indicator: Indicator): CheckResult | undefined {
  if (!indicator.standard) return undefined;
  const year = file.plan.baseYear;
  const ctx = evalContext(file, indicator, year);
  const o = engine.evaluate(indicator.standard.rule, ctx);
  const observation = ctx.series.find((s) => s.year === year);
  return { ...result(indicator, year, indicator.standard, withReview(indicator, year, o)), ...(observation ? { observation } : {}) };
}

/** 2. Does meeting the plan's target for `year` guarantee the national standard? */
export function targetCheck(file: IndicatorFile, indicator: Indicator, target: RuleSpec | undefined, year: number | undefined): CheckResult | undefined {
  if (!indicator.standard || !target || year === undefined) return undefined;
  const ctx = targetContext(file, indicator, year);
  const o = engine.judge(indicator.standard.rule, targetGuarantee(target.rule, ctx), ctx);
  return result(indicator, year, target, o);
}

/**
 * 3. The value observed in `year` against the national standard and against the plan target of
 * its phase (near-term up to and including the near-term year, long-term after), with forecasts
 * while a target's year is ahead: before the near-term year toward both targets. A row without a
 * value for the year is MISSING unless it is declared 不涉及 in its baseline (where it may be).
 */
export function progressCheck(file: IndicatorFile, indicator: Indicator, year: number): CheckResult | undefined {
  if (!indicator.standard) return undefined;
  const ctx = evalContext(file, indicator, year);
  const current = ctx.series.find((o) => o.year === year);
  if (!current) {
    const declared = indicator.baseline.at(-1);
    if (declared?.value.kind === "not_applicable" && indicator.mayBeNotApplicable) {
      return result(indicator, year, indicator.standard, outcome("N/A", "progress.declaredNotApplicable", { year, declared: declared.year }));
    }
    // No value (or a superior's stated result, which needs none): the engine says which.
    return result(indicator, year, indicator.standard, engine.evaluate(indicator.standard.rule, ctx));
  }
  const judged = (o: Outcome, forecasts: Forecast[] = []) => ({ ...result(indicator, year, indicator.standard!, o, forecasts), observation: current });
  if (current.value.kind === "not_applicable") return judged(engine.evaluate(indicator.standard.rule, ctx));
  const standard = withReview(indicator, year, engine.evaluate(indicator.standard.rule, ctx));
  const { nearTerm, longTerm } = file.plan;
  const near = indicator.nearTerm && nearTerm !== undefined ? ([indicator.nearTerm, nearTerm] as const) : undefined;
  const long = indicator.longTerm && longTerm !== undefined ? ([indicator.longTerm, longTerm] as const) : undefined;
  // The phase's target decides; before the near-term year the long-term one is forecast too.
  const targets = near && year <= near[1] ? (year < near[1] && long ? [near, long] : [near]) : long ? [long] : [];
  if (targets.length === 0) return judged(outcome(standard.verdict, "progress.standardOnly", { year }, [standard]));
  const progress = targets.map(([target, targetYear]) => targetProgress(file, indicator, ctx, target, targetYear));
  const verdict: Verdict = worst([standard.verdict, ...progress.map((p) => p.part.verdict)]);
  const [target, targetYear] = targets[0]!;
  const o = outcome(verdict, "progress.result", { year, targetYear, target: target.text }, [standard, ...progress.map((p) => p.part)]);
  return judged(o, progress.flatMap((p) => p.projection ?? []));
}

/**
 * Is the phase target met in `year`, and if its year is still ahead, will it be? The target is
 * judged as it stands in its own year: 完成上级… means the superior's target for `targetYear`.
 */
function targetProgress(file: IndicatorFile, indicator: Indicator, ctx: EvalContext, target: RuleSpec, targetYear: number): { part: Outcome; projection?: Forecast } {
  const { year } = ctx;
  const met = engine.evaluate(target.rule, { ...ctx, superiorAt: (y) => ctx.superiorAt(Math.max(y, targetYear)) });
  const data = { targetYear, target: target.text };
  if (year >= targetYear || met.verdict === "N/A") return { part: outcome(met.verdict, "progress.target.due", data, [met]) };

  const g = targetGuarantee(target.rule, targetContext(file, indicator, targetYear));
  const goal = indicator.better === "higher" ? g.lo?.n : g.hi?.n;
  if (goal === undefined) {
    // No number to forecast against: met already, or not yet (a warning, never a failure).
    if (met.verdict === "PASS") return { part: outcome("PASS", "progress.target.metEarly", data, [met]) };
    // Not met yet (a warning), or not to be judged at all yet (a missing reference value, a text value).
    if (met.verdict === "FAIL" || met.verdict === "WARN") return { part: outcome("WARN", "progress.target.noNumber", data, [met]) };
    return { part: outcome(met.verdict, "progress.target.undecided", data, [met]) };
  }
  // The series up to the assessed year, as the check's context already holds it.
  const points = numeric(ctx.series);
  const projection = forecast({ points, baseYear: file.plan.baseYear, target: goal, targetYear, better: indicator.better, delta: indicator.measure === "delta" });
  if (!projection) return { part: outcome(met.verdict === "PASS" ? "PASS" : "MISSING", "progress.forecast.tooFew", data, [met]) };
  const onTrack = projection.class === "on_track" || projection.class === "achieved";
  // Numbers in reasons at the row's own precision; the JSON report keeps them whole.
  const shown = reasonRounding(indicator);
  const sign = indicator.better === "higher" ? "≥" : "≤";
  return {
    part: outcome(onTrack ? "PASS" : "WARN", "progress.forecast", {
      ...data,
      class: ref(`forecast.${projection.class}`),
      projected: projection.projected === null ? undefined : shown(projection.projected),
      ratio: projection.ratio === null ? undefined : Number(projection.ratio.toFixed(2)),
      pace: paceText(projection, sign, reasonRounding(indicator, indicator.better === "higher" ? "up" : "down")),
    }),
    projection,
  };
}

/**
 * The pace in a reason: the years before the target's own (whose value is the target), the next
 * few; the JSON report has every year.
 */
function paceText(f: Forecast, sign: string, shown: (n: number) => number): string | undefined {
  const steps = f.pace.filter((p) => p.year < f.target_year);
  const text = steps.slice(0, 4).map((p) => `${p.year} ${sign}${shown(p.value)}`).join(" · ");
  return steps.length === 0 ? undefined : steps.length > 4 ? `${text} …` : text;
}

/**
 * 4. A row that overrides the built-in edition's national rule: does meeting the file's rule
 * guarantee the national one? If it cannot, the override weakens the standard: WARN, both shown.
 */
export function overrideCheck(file: IndicatorFile, indicator: Indicator): CheckResult | undefined {
  const national = indicator.edition?.standard;
  const mine = indicator.standard;
  if (!national || !mine || !indicator.edition?.overrides.some((o) => o.field === "standard")) return undefined;
  const ctx = targetContext(file, indicator, file.plan.baseYear);
  const judged = engine.judge(national.rule, targetGuarantee(mine.rule, ctx), ctx);
  const verdict = judged.verdict === "PASS" ? "PASS" : judged.verdict === "FAIL" ? "WARN" : judged.verdict;
  const id = verdict === "PASS" ? "override.stricter" : verdict === "WARN" ? "override.weaker" : "override.undecided";
  const data = { mine: mine.text, national: national.text, edition: indicator.edition.name };
  return { verdict, year: file.plan.baseYear, rule: mine.text, outcome: outcome(verdict, id, data) };
}
