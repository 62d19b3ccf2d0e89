/** The shape every rule kind module has: metadata, and three ways of judging. */
import type { Value } from "../model/types.js";
import type { LeafRule, Rule } from "./ast.js";
import type { EvalContext, TargetContext } from "./context.js";
import type { Outcome } from "./outcome.js";
import type { Guarantee } from "./guarantee.js";

/** The recursive entry points, handed to rules that wrap another rule (a superior target). */
export interface Engine {
  evaluate(rule: Rule, ctx: EvalContext): Outcome;
  guarantee(rule: Rule, ctx: TargetContext): Guarantee;
  judge(rule: Rule, g: Guarantee, ctx: TargetContext): Outcome;
}

export interface RuleKind<N extends LeafRule = LeafRule> {
  meta: {
    kind: N["kind"];
    /** Catalogue id of the one-line description (`explain`, docs). */
    docs: string;
    /** Catalogue ids of every reason this rule can give. */
    messages: readonly string[];
  };
  /** Judge the observed value of `ctx.year` (present and applicable; the engine checks). */
  evaluate(node: N, ctx: EvalContext, current: Value, engine: Engine): Outcome;
  /** What meeting this rule as a plan target guarantees about the value. */
  guarantee(node: N, ctx: TargetContext, engine: Engine): Guarantee;
  /** Whether a target's guarantee meets this rule as a standard. */
  judge(node: N, g: Guarantee, ctx: TargetContext, engine: Engine): Outcome;
}

export const defineRule = <N extends LeafRule>(kind: RuleKind<N>): RuleKind<N> => kind;
