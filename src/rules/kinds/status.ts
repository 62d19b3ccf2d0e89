/** `建立`, `开展`, `有效开展`, `遵守`, `建立并实施`, `建立健全`: every verb of a status reached. */
import type { StatusRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { ref } from "../../i18n/message.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import type { Value } from "../../model/types.js";
import { statusesMeet, statusLabelId, statusMeets, type Status } from "../vocabulary.js";

/** The statuses as one message value: each a reference, read as a list in the report's language; made once per rule. */
function statusRef(statuses: readonly Status[]) {
  let refs = REFS.get(statuses);
  if (!refs) REFS.set(statuses, (refs = statuses.map((s) => ref(statusLabelId(s)))));
  return refs;
}
const REFS = new WeakMap<readonly Status[], ReturnType<typeof ref>[]>();

/**
 * Does a denial say the rule's status is not reached? 否 does; 未开展 denies 有效开展 too (needing it
 * needs 开展), but 未有效开展 leaves 开展 open, and denying another verb says nothing of this one. A
 * denial of several verbs denies them together (未建立并实施: not both): it decides a rule only where
 * reaching the rule would reach every verb denied (建立并实施, not 建立 alone).
 */
function denies(value: Extract<Value, { kind: "denied" }>, needs: readonly Status[]): boolean {
  if (value.statuses) return value.statuses.every((h) => needs.some((n) => statusMeets(n, h)));
  return value.present === undefined;
}

export default defineRule<StatusRule>({
  levels: () => [],
  meta: {
    kind: "status",
    docs: "rule.status.docs",
    messages: [
      "rule.status.pass",
      "rule.status.denied",
      "rule.status.review",
      "target.status.pass",
      "target.status.review",
    ],
  },
  evaluate(node, ctx, value) {
    const status = statusRef(node.statuses);
    if (value.kind === "status" && statusesMeet(value.statuses, node.statuses)) {
      return outcome("PASS", "rule.status.pass", { year: ctx.year, text: value.text, status });
    }
    if (value.kind === "denied" && denies(value, node.statuses))
      return outcome("FAIL", "rule.status.denied", { year: ctx.year, text: value.text, status });
    const text = value.kind === "number" ? `${value.n}${ctx.indicator.unit}` : value.text;
    return outcome("REVIEW", "rule.status.review", { year: ctx.year, text, status });
  },
  guarantee: (node) => ({ ...nothingGuaranteed(), statuses: [...node.statuses] }),
  judge: (node, g) =>
    statusesMeet(g.statuses, node.statuses)
      ? outcome("PASS", "target.status.pass", { status: statusRef(node.statuses) })
      : outcome("REVIEW", "target.status.review", { status: statusRef(node.statuses) }),
});
