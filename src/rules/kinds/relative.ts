/**
 * `不低于全省平均水平`, `<全省平均水平`, `优于全国平均水平`: against a reference value the row gives
 * for the year (`reference_value: {2022: 78}`). Without it the check is MISSING, never a guess.
 */
import type { Comparator, Relation, RelativeRule } from "../ast.js";
import type { Direction } from "../../model/types.js";
import { outcome } from "../outcome.js";
import { ref } from "../../i18n/message.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { compare, NON_NUMERIC_MESSAGES, nonNumeric } from "../numbers.js";
import { GUARANTEE_MESSAGES, judgeGuarantee } from "../compare.js";

/** 优于 is strictly better the row's way; 达到 at least as good. */
function comparatorOf(op: Relation, better: Direction): Comparator {
  if (op === "better") return better === "higher" ? ">" : "<";
  if (op === "reach") return better === "higher" ? ">=" : "<=";
  return op;
}

/** Does stating `has` of a reference guarantee `needs` of the same reference? */
function relationImplies(has: Comparator, needs: Comparator): boolean {
  if (has === needs) return true;
  return (
    (has === ">" && needs === ">=") ||
    (has === "<" && needs === "<=") ||
    (has === "=" && (needs === ">=" || needs === "<="))
  );
}

const data = (node: RelativeRule) => ({ relation: ref(`relation.${node.op}`), reference: node.reference });

export default defineRule<RelativeRule>({
  levels: () => [],
  meta: {
    kind: "relative",
    docs: "rule.relative.docs",
    messages: [
      ...NON_NUMERIC_MESSAGES,
      "rule.relative.missing",
      "rule.relative.pass",
      "rule.relative.fail",
      "target.relative.stated",
      "target.relative.unknown",
      "target.relative.noNumber",
      ...GUARANTEE_MESSAGES,
    ],
  },
  evaluate(node, ctx, value) {
    if (value.kind !== "number") return nonNumeric(value, ctx.year, false);
    const reference = ctx.indicator.referenceValues?.[ctx.year];
    if (reference === undefined) return outcome("MISSING", "rule.relative.missing", { ...data(node), year: ctx.year });
    const pass = compare(value.n, comparatorOf(node.op, ctx.indicator.better), reference);
    return outcome(pass ? "PASS" : "FAIL", pass ? "rule.relative.pass" : "rule.relative.fail", {
      ...data(node),
      year: ctx.year,
      value: value.n,
      unit: ctx.indicator.unit,
      referenceValue: reference,
    });
  },
  guarantee: (node) => ({ ...nothingGuaranteed(), relatives: [{ op: node.op, reference: node.reference }] }),
  judge(node, g, ctx) {
    const needs = comparatorOf(node.op, ctx.indicator.better);
    if (
      g.relatives.some(
        (r) => r.reference === node.reference && relationImplies(comparatorOf(r.op, ctx.indicator.better), needs),
      )
    ) {
      return outcome("PASS", "target.relative.stated", data(node));
    }
    // A numeric target is judged against the reference value of the target's year, where the row gives it.
    const reference = ctx.indicator.referenceValues?.[ctx.year];
    // A target of no number (保持稳定) has nothing to compare, whatever reference value there is.
    if (!g.lo && !g.hi) return outcome("REVIEW", "target.relative.noNumber", data(node));
    if (reference === undefined) return outcome("REVIEW", "target.relative.unknown", { ...data(node), year: ctx.year });
    return judgeGuarantee(needs, reference, undefined, g, ctx);
  },
});
