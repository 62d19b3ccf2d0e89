/** `无黑臭水体`: none of the thing is present (a zero count counts too). */
import type { AbsentRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { boundsText } from "../compare.js";
import { printRule } from "../print.js";

export default defineRule<AbsentRule>({
  levels: () => [],
  meta: {
    kind: "absent",
    docs: "rule.absent.docs",
    messages: [
      "rule.absent.pass",
      "rule.absent.fail",
      "rule.absent.denied",
      "rule.absent.review",
      "target.absent.pass",
      "target.wrongSide",
      "target.noValue",
    ],
  },
  evaluate(node, ctx, value) {
    if (value.kind === "none_present" && value.text.includes(node.what))
      return outcome("PASS", "rule.absent.pass", { year: ctx.year, what: node.what });
    if (value.kind === "number") {
      const none = value.n === 0;
      return outcome(none ? "PASS" : "FAIL", none ? "rule.absent.pass" : "rule.absent.fail", {
        year: ctx.year,
        what: node.what,
        value: value.n,
      });
    }
    // 有黑臭水体 (that thing present) or a plain 否; 有劣V类水体 says nothing of 黑臭水体.
    if (
      value.kind === "denied" &&
      !value.statuses &&
      (value.present === undefined || value.present.includes(node.what) || node.what.includes(value.present))
    )
      return outcome("FAIL", "rule.absent.denied", { year: ctx.year, what: node.what, text: value.text });
    return outcome("REVIEW", "rule.absent.review", { year: ctx.year, what: node.what, text: value.text });
  },
  guarantee: (node) => ({ ...nothingGuaranteed(), nonePresent: [node.what] }),
  judge(node, g) {
    // None of the thing the standard names, as a value names it (无劣Ⅴ类水体 says nothing of 黑臭水体).
    if (g.nonePresent.some((what) => what.includes(node.what)) || (g.hi !== undefined && g.hi.n <= 0))
      return outcome("PASS", "target.absent.pass", { what: node.what });
    // A count capped above zero (≤2) allows some to remain; a share (100 %) says nothing of presence.
    if (g.hi && !g.lo) return outcome("FAIL", "target.wrongSide", { rule: printRule(node), target: boundsText(g) });
    return outcome("REVIEW", "target.noValue", { rule: printRule(node) });
  },
});
