/** The plan's checks of one indicator: baseline, the two targets' adequacy, and an override; a year's is judgeYear (year.ts). */
import type { Indicator, IndicatorFile, RuleSpec } from "../model/types.js";
import { outcome } from "../rules/outcome.js";
import { engine, targetGuarantee } from "../rules/index.js";
import { targetContext } from "./context.js";
import type { CheckResult } from "./result.js";
import { againstStandard, result } from "./year.js";

/**
 * 1. The base-year value (with its history) against the national standard: the standard's part of
 * the base year's judgement (judgeYear). The series up to the base year is all a rule sees,
 * observed values for the base year included (see baseObservation).
 */
export function baselineCheck(file: IndicatorFile, indicator: Indicator): CheckResult | undefined {
  if (!indicator.standard) return undefined;
  const year = file.plan.baseYear;
  const { ctx, outcome: o } = againstStandard(file, indicator, indicator.standard, year);
  return result(
    indicator,
    year,
    indicator.standard,
    o,
    [],
    ctx.series.find((s) => s.year === year),
  );
}

/** 2. Does meeting the plan's target for `year` guarantee the national standard? */
export function targetCheck(
  file: IndicatorFile,
  indicator: Indicator,
  target: RuleSpec | undefined,
  year: number | undefined,
): CheckResult | undefined {
  if (!indicator.standard || !target || year === undefined) return undefined;
  // A target of 不涉及 on a row that may not be declared so is a person's to review, as such a value is.
  if (target.rule.kind === "not_applicable" && indicator.mayBeNotApplicable === false) {
    const id =
      indicator.notApplicableBy === "file" ? "target.notApplicable.notDeclared" : "target.notApplicable.notAllowed";
    return result(indicator, year, target, outcome("REVIEW", id, { year, text: target.text }));
  }
  const ctx = targetContext(file, indicator, year);
  const o = engine.judge(indicator.standard.rule, targetGuarantee(target.rule, ctx), ctx);
  return result(indicator, year, target, o);
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
