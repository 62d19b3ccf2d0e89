/**
 * `未发生`, `不发生重特大突发环境事件`, `无重特大突发环境事件发生`: events that must not happen. The
 * value is a count of events (better lower) or says none happened; none passes, any event fails.
 */
import type { EventRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { boundsText } from "../compare.js";
import { printRule } from "../print.js";
import { HAPPENED, NONE_HAPPENED } from "../vocabulary.js";

/** The rule as the printer writes it, for reasons. */
const label = (node: EventRule) => printRule(node);

export default defineRule<EventRule>({
  levels: () => [],
  meta: {
    kind: "event",
    docs: "rule.event.docs",
    messages: [
      "rule.event.none",
      "rule.event.happened",
      "rule.event.review",
      "target.event.pass",
      "target.wrongSide",
      "target.noValue",
    ],
  },
  evaluate(node, ctx, value) {
    const what = node.what ?? "";
    if (value.kind === "number") {
      if (value.n < 0 || !Number.isInteger(value.n))
        return outcome("REVIEW", "rule.event.review", { year: ctx.year, text: String(value.n), what });
      return value.n === 0
        ? outcome("PASS", "rule.event.none", { year: ctx.year, what, value: value.n })
        : outcome("FAIL", "rule.event.happened", { year: ctx.year, what, value: value.n });
    }
    const text =
      value.kind === "status" || value.kind === "none_present" || value.kind === "text" || value.kind === "denied"
        ? value.text
        : "";
    const words = text.replace(/\s+/g, "");
    if (value.kind === "none_present" || NONE_HAPPENED.test(words))
      return outcome("PASS", "rule.event.none", { year: ctx.year, what, text });
    if (HAPPENED.test(words)) return outcome("FAIL", "rule.event.happened", { year: ctx.year, what, text });
    return outcome("REVIEW", "rule.event.review", { year: ctx.year, text, what });
  },
  // No number: a target of no events is met or not, never forecast.
  guarantee: () => ({ ...nothingGuaranteed(), noEvents: true }),
  judge(node, g) {
    if (g.noEvents || g.nonePresent.length > 0 || (g.hi !== undefined && g.hi.n <= 0))
      return outcome("PASS", "target.event.pass", { rule: label(node) });
    if (g.hi || g.lo) return outcome("FAIL", "target.wrongSide", { rule: label(node), target: boundsText(g) });
    return outcome("REVIEW", "target.noValue", { rule: label(node) });
  },
});
