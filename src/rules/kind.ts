/** The shape every rule kind module has: metadata, and three ways of judging. */
import type { Direction, Value } from "../model/types.js";
import type { Comparator, LeafRule, Rule } from "./ast.js";
import type { EvalContext, TargetContext } from "./context.js";
import type { Outcome } from "./outcome.js";
import type { Guarantee } from "./guarantee.js";

/** The recursive entry points, handed to rules that wrap another rule (a superior target). */
export interface Engine {
  evaluate(rule: Rule, ctx: EvalContext): Outcome;
  guarantee(rule: Rule, ctx: TargetContext): Guarantee;
  judge(rule: Rule, g: Guarantee, ctx: TargetContext): Outcome;
}

/** A level a rule sets on the value itself: `≥85` is `{ op: ">=", value: 85 }`. */
export interface Level {
  op: Comparator;
  value: number;
}

export interface RuleKind<N extends LeafRule = LeafRule> {
  meta: {
    kind: N["kind"];
    /** Catalogue id of the one-line description (`explain`, docs). */
    docs: string;
    /** Catalogue ids of every reason this rule can give. */
    messages: readonly string[];
  };
  /**
   * The levels this rule sets on the value itself, the row's better way giving a bare number its
   * direction: what lint compares, what record's fraction hint tests and what a chart draws. A
   * change (Δ, 提高5个百分点, 〔18〕), a trend or a phrase sets none.
   */
  levels(node: N, better: Direction): readonly Level[];
  /** Judge the observed value of `ctx.year` (present and applicable; the engine checks). */
  evaluate(node: N, ctx: EvalContext, current: Value, engine: Engine): Outcome;
  /** What meeting this rule as a plan target guarantees about the value. */
  guarantee(node: N, ctx: TargetContext, engine: Engine): Guarantee;
  /** Whether a target's guarantee meets this rule as a standard. */
  judge(node: N, g: Guarantee, ctx: TargetContext, engine: Engine): Outcome;
}

export const defineRule = <N extends LeafRule>(kind: RuleKind<N>): RuleKind<N> => kind;
