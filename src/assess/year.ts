/**
 * The one judgement of a row in a year (SPEC "Two questions"), which the year assessment's progress
 * check, `history`, `--compare-year`, every format and the library all show: the year's value
 * against the national standard and against the plan target whose year has come decides. The
 * forecasts toward targets still ahead and the pace needed inform — shown beside the verdict, never
 * deciding it, never turning a value that is there into MISSING.
 */
import type { Indicator, IndicatorFile, Observation, RuleSpec } from "../model/types.js";
import { forReference, worst } from "../model/verdict.js";
import type { EvalContext } from "../rules/context.js";
import { outcome, type Outcome } from "../rules/outcome.js";
import { engine, mentionsSuperior, targetGuarantee } from "../rules/index.js";
import { ref } from "../i18n/message.js";
import { decidingWindow, evalContext, numbersBetween, targetContext } from "./context.js";
import { forecast, type ForecastInput } from "./forecast.js";
import { reasonRounding } from "./precision.js";
import { possibleRange } from "./range.js";
import type { CheckResult, Forecast } from "./result.js";

export function result(
  indicator: Indicator,
  year: number,
  spec: RuleSpec,
  o: Outcome,
  forecasts: readonly Forecast[] = [],
  observation?: Observation,
): CheckResult {
  // The value judged is in the literal (undefined where there is none), not added after.
  const checked: CheckResult = {
    verdict: forReference(o.verdict, indicator.binding),
    year,
    rule: spec.text,
    outcome: o,
    observation,
  };
  // Added in place, not spread: a spread literal is a copy per check of every row.
  if (forecasts.length > 0) checked.forecast = forecasts[0]!;
  if (forecasts.length > 1) checked.forecasts = [...forecasts];
  return checked;
}

/**
 * A person's signed verdict turns a REVIEW of that year's value into PASS or FAIL. Where the rule
 * decided the value itself the review changes nothing, and the reason says so rather than pass
 * over it; a condition the review decided has used it already.
 */
function withReview(indicator: Indicator, year: number, o: Outcome): Outcome {
  const review = indicator.review;
  if (!review || review.year !== year) return o;
  if (o.verdict !== "REVIEW") {
    // MISSING and N/A have no value the rule decided: nothing to say of the review there.
    if (o.verdict === "MISSING" || o.verdict === "N/A" || usesReview(o)) return o;
    const verdict = ref(`verdict.${review.verdict === "pass" ? "PASS" : "FAIL"}`);
    return outcome(o.verdict, "review.notApplied", { by: review.by, verdict }, [o]);
  }
  return outcome(
    review.verdict === "pass" ? "PASS" : "FAIL",
    "review.signed",
    { by: review.by, date: review.date, note: review.note, verdict: review.verdict },
    [o],
  );
}

const usesReview = (o: Outcome): boolean =>
  o.message.id === "rule.condition.reviewed" || (o.parts ?? []).some(usesReview);

/**
 * The year's value against the national standard, over the years that decide it (see
 * decidingWindow): a rule whose own window reaches back before the base year says so.
 */
export function againstStandard(
  file: IndicatorFile,
  indicator: Indicator,
  standard: RuleSpec,
  year: number,
): { ctx: EvalContext; outcome: Outcome } {
  const ctx = evalContext(file, indicator, year);
  const judged = withReview(indicator, year, engine.evaluate(standard.rule, ctx));
  const { reachesBack } = decidingWindow(file, indicator, year);
  if (reachesBack === undefined) return { ctx, outcome: judged };
  return {
    ctx,
    outcome: outcome(
      judged.verdict,
      "progress.window.reachesBack",
      { from: reachesBack, baseYear: file.plan.baseYear },
      [judged],
    ),
  };
}

/**
 * The value observed in `year` (the baseline for the base year) against the national standard and
 * against the plan target of its phase (near-term up to and including the near-term year,
 * long-term after) once that target's year has come; before it, the target is forecast (before
 * the near-term year, the long-term one too). A row without a value for the year is MISSING unless
 * it is declared 不涉及 in its baseline (where it may be).
 */
export function judgeYear(
  file: IndicatorFile,
  indicator: Indicator,
  year: number,
  { paceYears }: Pick<ForecastInput, "paceYears"> = {},
): CheckResult | undefined {
  const standardSpec = indicator.standard;
  if (!standardSpec) return undefined;
  const { ctx, outcome: standard } = againstStandard(file, indicator, standardSpec, year);
  const current = ctx.series.find((o) => o.year === year);
  if (!current) {
    const declared = indicator.baseline.at(-1);
    if (declared?.value.kind === "not_applicable" && indicator.mayBeNotApplicable) {
      return result(
        indicator,
        year,
        standardSpec,
        outcome("N/A", "progress.declaredNotApplicable", { year, declared: declared.year }),
      );
    }
    // No value (or a superior's stated result, or a condition, which need none): the engine says which.
    return result(indicator, year, standardSpec, standard);
  }
  const judged = (o: Outcome, forecasts: Forecast[] = []) =>
    result(indicator, year, standardSpec, o, forecasts, current);
  if (current.value.kind === "not_applicable") return judged(standard);
  const { nearTerm, longTerm } = file.plan;
  const near = indicator.nearTerm && nearTerm !== undefined ? ([indicator.nearTerm, nearTerm] as const) : undefined;
  const long = indicator.longTerm && longTerm !== undefined ? ([indicator.longTerm, longTerm] as const) : undefined;
  // The phase's target; before the near-term year the long-term one is forecast too.
  const targets = near && year <= near[1] ? (year < near[1] && long ? [near, long] : [near]) : long ? [long] : [];
  if (targets.length === 0) return judged(outcome(standard.verdict, "progress.standardOnly", { year }, [standard]));
  // The pace toward a target passes through the targets due before it and never under the standard.
  const stops = targets.flatMap(([target, targetYear]) => {
    const n = goalOf(file, indicator, target, targetYear);
    return n === undefined ? [] : [{ year: targetYear, n }];
  });
  const floor = (y: number) => goalOf(file, indicator, standardSpec, y);
  // What is forecast from, and within, the same for each target.
  const points = numbersBetween(indicator.series, decidingWindow(file, indicator, year).from, year);
  const range = possibleRange(indicator);
  const parts = targets.map(([target, targetYear]) =>
    targetProgress(file, indicator, ctx, target, targetYear, {
      points,
      range,
      stops,
      floor,
      ...(paceYears ? { paceYears } : {}),
    }),
  );
  const due = parts.find((p) => p.decides);
  // Only the standard and a target whose year has come decide; the rest is shown.
  const verdict = worst([standard.verdict, ...(due ? [due.part.verdict] : [])]);
  const [dueTarget, dueYear] = due ? targets[parts.indexOf(due)]! : [];
  const o = outcome(
    verdict,
    "progress.result",
    { year, ...(dueTarget ? { targetYear: dueYear, target: dueTarget.text } : {}) },
    [standard, ...parts.map((p) => p.part)],
  );
  return judged(
    o,
    parts.flatMap((p) => p.projection ?? []),
  );
}

/**
 * The phase target in `year`: met or not once its year has come (deciding), judged as it stands in
 * its own year (完成上级… means the superior's target for `targetYear`); before, whether it is met
 * already and, where it names a number, the forecast toward it (informing, marked by the
 * forecast's own class: achieved and on track ✓, the others !).
 */
function targetProgress(
  file: IndicatorFile,
  indicator: Indicator,
  ctx: EvalContext,
  target: RuleSpec,
  targetYear: number,
  way: Pick<ForecastInput, "points" | "range" | "stops" | "floor" | "paceYears">,
): { part: Outcome; decides: boolean; projection?: Forecast } {
  const { year } = ctx;
  // A target's change is due in the target's own year.
  const met = engine.evaluate(target.rule, {
    ...ctx,
    dueYear: targetYear,
    superiorAt: (y) => ctx.superiorAt(Math.max(y, targetYear)),
  });
  const data = { targetYear, target: target.text };
  if (year >= targetYear || met.verdict === "N/A")
    return { part: outcome(met.verdict, "progress.target.due", data, [met]), decides: true };

  const informs = (part: Outcome, projection?: Forecast) => ({
    part,
    decides: false,
    ...(projection ? { projection } : {}),
  });
  const goal = goalOf(file, indicator, target, targetYear);
  if (goal === undefined) {
    // No number to forecast against: met already, or not yet, or not to be judged yet (a text value).
    if (met.verdict === "PASS") return informs(outcome("PASS", "progress.target.metEarly", data, [met]));
    if (met.verdict === "FAIL" || met.verdict === "WARN")
      return informs(outcome("WARN", "progress.target.noNumber", data, [met]));
    return informs(outcome(met.verdict, "progress.target.undecided", data, [met]));
  }
  const projection = forecast({
    baseYear: file.plan.baseYear,
    target: goal,
    targetYear,
    better: indicator.better,
    delta: indicator.measure === "delta",
    ...way,
  });
  // Too few numbers to forecast from: nothing to show but that (–), whatever the value is.
  if (!projection) return informs(outcome("N/A", "progress.forecast.tooFew", data));
  const onTrack = projection.class === "on_track" || projection.class === "achieved";
  // Numbers in reasons at the row's own precision; the JSON report keeps them whole.
  const shown = reasonRounding(indicator);
  const sign = indicator.better === "higher" ? "≥" : "≤";
  const held = projection.clamped;
  return informs(
    outcome(onTrack ? "PASS" : "WARN", "progress.forecast", {
      ...data,
      class: ref(`forecast.${projection.class}`),
      projected: projection.projected === null ? undefined : shown(projection.projected),
      held: held?.projected ? ref(`forecast.held.${held.projected}`) : undefined,
      ratio: projection.ratio === null ? undefined : Number(projection.ratio.toFixed(2)),
      pace: paceText(projection, sign, reasonRounding(indicator, indicator.better === "higher" ? "up" : "down")),
      paceHeld: held?.pace ? ref(`forecast.held.${held.pace}`) : undefined,
    }),
    projection,
  );
}

/**
 * The number a rule asks of a value in `year` in the row's better direction (≥97 → 97), if it names
 * one: found once for a file's row, rule and year, as every year judged asks it again (`history`
 * judges each year of a century, with a pace that never goes under the standard of each year to
 * come). By row, as rows share rules (an edition's 完成上级规定的考核任务) but not their superiors'
 * targets; by file, as a model spread into another with another plan asks anew.
 */
function goalOf(file: IndicatorFile, indicator: Indicator, spec: RuleSpec, year: number): number | undefined {
  const byRow = GOALS.get(file) ?? GOALS.set(file, new WeakMap()).get(file)!;
  const bySpec = byRow.get(indicator) ?? byRow.set(indicator, new Map()).get(indicator)!;
  const byYear = bySpec.get(spec) ?? bySpec.set(spec, new Map()).get(spec)!;
  // A rule's guarantee depends on the year only through the superior's target in force then: any
  // other rule's number is found once for every year (a pace to 2100 asks it of each year).
  const key = mentionsSuperior(spec.rule) ? year : 0;
  if (byYear.has(key)) return byYear.get(key);
  const g = targetGuarantee(spec.rule, targetContext(file, indicator, year));
  const goal = indicator.better === "higher" ? g.lo?.n : g.hi?.n;
  byYear.set(key, goal);
  return goal;
}

const GOALS = new WeakMap<IndicatorFile, WeakMap<Indicator, Map<RuleSpec, Map<number, number | undefined>>>>();

/** Years of the pace a reason shows. */
const PACE_SHOWN = 4;

/** Years of the pace a reason needs: those it shows, and one to know whether there are more. */
export const REASON_PACE_YEARS = PACE_SHOWN + 1;

/**
 * The pace in a reason: the years before the target's own (whose value is the target), the next
 * few; the JSON report has every year.
 */
function paceText(f: Forecast, sign: string, shown: (n: number) => number): string | undefined {
  const steps = f.pace.filter((p) => p.year < f.target_year);
  const text = steps
    .slice(0, PACE_SHOWN)
    .map((p) => `${p.year} ${sign}${shown(p.value)}`)
    .join(" · ");
  return steps.length === 0 ? undefined : steps.length > PACE_SHOWN ? `${text} …` : text;
}
