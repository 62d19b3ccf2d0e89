/**
 * The rule registry and the engine that walks a rule tree: `且` takes the worst part, `或` the best;
 * a missing or 不涉及 value is decided here, before any rule kind sees it.
 */
import { best, worst } from "../model/verdict.js";
import type { LeafKind, LeafRule, Rule } from "./ast.js";
import { outcome, type Outcome } from "./outcome.js";
import type { EvalContext, TargetContext } from "./context.js";
import { allOf, either, type Guarantee } from "./guarantee.js";
import type { Engine, Level, RuleKind } from "./kind.js";
import type { Direction } from "../model/types.js";
import about from "./kinds/about.js";
import condition from "./kinds/condition.js";
import event from "./kinds/event.js";
import relative from "./kinds/relative.js";
import absent from "./kinds/absent.js";
import delta from "./kinds/delta.js";
import increase from "./kinds/increase.js";
import notApplicable from "./kinds/notApplicable.js";
import range from "./kinds/range.js";
import stable from "./kinds/stable.js";
import status from "./kinds/status.js";
import superior from "./kinds/superior.js";
import target from "./kinds/target.js";
import threshold from "./kinds/threshold.js";
import trend from "./kinds/trend.js";
import change from "./kinds/change.js";
import unknown from "./kinds/unknown.js";

export const RULE_KINDS: { [K in LeafKind]: RuleKind<Extract<LeafRule, { kind: K }>> } = {
  threshold,
  target,
  range,
  about,
  delta,
  status,
  stable,
  trend,
  increase,
  superior,
  not_applicable: notApplicable,
  absent,
  event,
  relative,
  condition,
  change,
  unknown,
};

/** The ids the engine itself gives, before (or around) any rule kind: no value, 不涉及, 且 / 或. */
export const ENGINE_MESSAGES = [
  "value.missing",
  "value.notApplicable",
  "value.notApplicable.notAllowed",
  "value.notApplicable.notDeclared",
  "rule.all",
  "rule.any",
  "rule.notApplicable",
] as const;

const kindOf = (rule: LeafRule) => RULE_KINDS[rule.kind] as RuleKind<LeafRule>;

/** The levels a rule sets on the value itself, each asked of its kind; `且` and `或` gather their parts'. */
export function levels(rule: Rule, better: Direction): Level[] {
  if (rule.kind === "all" || rule.kind === "any") return rule.parts.flatMap((p) => levels(p, better));
  return [...kindOf(rule).levels(rule, better)];
}

export const engine: Engine = {
  evaluate(rule: Rule, ctx: EvalContext): Outcome {
    if (rule.kind === "not_applicable")
      return kindOf(rule).evaluate(rule, ctx, { kind: "not_applicable", text: "" }, engine);
    const current = ctx.series.find((o) => o.year === ctx.year);
    // A superior target stated as met or not met decides without a number.
    if (!current && rule.kind === "superior" && ctx.superiorAt(ctx.year)?.stated) {
      return kindOf(rule).evaluate(rule, ctx, { kind: "text", text: "" }, engine);
    }
    // A condition is decided by what the file states of it, never by the value: it needs none.
    if (!current && (rule.kind === "condition" || rule.kind === "unknown"))
      return kindOf(rule).evaluate(rule, ctx, { kind: "text", text: "" }, engine);
    if (!current) return outcome("MISSING", "value.missing", { year: ctx.year });
    if (current.value.kind === "not_applicable") {
      if (ctx.indicator.mayBeNotApplicable !== false) return outcome("N/A", "value.notApplicable", { year: ctx.year });
      const id =
        ctx.indicator.notApplicableBy === "file" ? "value.notApplicable.notDeclared" : "value.notApplicable.notAllowed";
      return outcome("REVIEW", id, { year: ctx.year, text: current.value.text });
    }
    if (rule.kind === "all" || rule.kind === "any") {
      const parts = rule.parts.map((p) => engine.evaluate(p, ctx));
      const verdicts = parts.map((p) => p.verdict);
      return outcome(rule.kind === "all" ? worst(verdicts) : best(verdicts), `rule.${rule.kind}`, undefined, parts);
    }
    return kindOf(rule).evaluate(rule, ctx, current.value, engine);
  },

  guarantee(rule: Rule, ctx: TargetContext): Guarantee {
    if (rule.kind === "all" || rule.kind === "any") {
      const gs = rule.parts.map((p) => engine.guarantee(p, ctx));
      return rule.kind === "all" ? allOf(gs) : gs.reduce(either);
    }
    return kindOf(rule).guarantee(rule, ctx, engine);
  },

  judge(rule: Rule, g: Guarantee, ctx: TargetContext): Outcome {
    if (g.notApplicable) return outcome("N/A", "rule.notApplicable");
    if (rule.kind === "all" || rule.kind === "any") {
      const parts = rule.parts.map((p) => engine.judge(p, g, ctx));
      const verdicts = parts.map((p) => p.verdict);
      return outcome(rule.kind === "all" ? worst(verdicts) : best(verdicts), `rule.${rule.kind}`, undefined, parts);
    }
    return kindOf(rule).judge(rule, g, ctx, engine);
  },
};

/** The leaves of a rule tree, in order. */
export const leaves = (rule: Rule): readonly LeafRule[] => {
  if (rule.kind !== "all" && rule.kind !== "any") return [rule];
  // Kept for each compound rule: every target's guarantee asks before its cache is looked in (a
  // rule of a hundred clauses, asked for each year of a pace).
  let found = LEAVES.get(rule);
  if (!found) LEAVES.set(rule, (found = rule.parts.flatMap(leaves)));
  return found;
};
const LEAVES = new WeakMap<Rule, readonly LeafRule[]>();

/** Rule kinds about the series rather than one year's value: they need several years of values. */
const TREND_KINDS: ReadonlySet<LeafKind> = new Set<LeafKind>(["stable", "trend", "increase"]);
/** Whether a rule holds, anywhere in it, a stability, trend or increase. */
export const mentionsTrend = (rule: Rule): boolean => leaves(rule).some((l) => TREND_KINDS.has(l.kind));

/** Whether a rule defers, anywhere in it, to the superior's target (完成上级规定的考核任务). */
export const mentionsSuperior = (rule: Rule): boolean =>
  rule.kind === "superior" || ((rule.kind === "all" || rule.kind === "any") && rule.parts.some(mentionsSuperior));

/**
 * What a target guarantees depends on nothing but the rule (parsed once per text), the
 * indicator's unit, direction and measure, where it defers to the superior's target the
 * superior's rule in force in the target year, and where it asks a change from the base year
 * (下降18%) the base-year value. A nationwide batch asks for the same few thousand times; a year's
 * pace asks for a row's targets once a year. Guarantees are never changed once made.
 */
const guarantees = new WeakMap<Rule, Map<string, Map<number, Guarantee>>>();
/** Those of rules with a change, by the base-year observation they start from (NO_BASE: none). */
const NO_BASE = {};
const fromBase = new WeakMap<object, WeakMap<Rule, Map<string, Map<number, Guarantee>>>>();
const ruleIds = new WeakMap<Rule, number>();
let nextRuleId = 0;
const ruleId = (rule: Rule): number => {
  let id = ruleIds.get(rule);
  if (id === undefined) ruleIds.set(rule, (id = nextRuleId++));
  return id;
};

/** What meeting `target` guarantees; a percentage cannot pass 100, so `100` there means exactly 100. */
export function targetGuarantee(target: Rule, ctx: TargetContext): Guarantee {
  const { unit, better, measure } = ctx.indicator;
  // A target that defers to the superior's also depends on which superior target is in force.
  const superior = mentionsSuperior(target) ? ctx.superiorAt(ctx.year)?.spec?.rule : undefined;
  // A change from the base year (下降18%) guarantees bounds that depend on the base value too.
  let kept = guarantees;
  if (leaves(target).some((l) => l.kind === "change")) {
    const base = ctx.base ?? NO_BASE;
    kept = fromBase.get(base) ?? new WeakMap();
    fromBase.set(base, kept);
  }
  // Rule → unit → (direction, measure, superior rule) as one number: no key string built per call.
  const key = (better === "lower" ? 1 : 0) + (measure === "delta" ? 2 : 0) + 4 * (superior ? ruleId(superior) + 1 : 0);
  let byUnit = kept.get(target);
  if (!byUnit) kept.set(target, (byUnit = new Map()));
  let byKey = byUnit.get(unit);
  if (!byKey) byUnit.set(unit, (byKey = new Map()));
  let g = byKey.get(key);
  if (!g) byKey.set(key, (g = guaranteeOf(target, ctx)));
  return g;
}

function guaranteeOf(target: Rule, ctx: TargetContext): Guarantee {
  const g = engine.guarantee(target, ctx);
  return ctx.indicator.unit === "%" && g.lo && !g.hi ? { ...g, hi: { n: 100, strict: false } } : g;
}
