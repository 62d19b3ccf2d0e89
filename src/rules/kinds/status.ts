/** `建立`, `开展`, `有效开展`, `有效保障`, `制定实施`, `编制`: a qualitative status reached. */
import type { Status } from "../../model/types.js";
import type { StatusRule } from "../ast.js";
import { outcome } from "../context.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { ref } from "../context.js";

/** A stronger status meets a weaker one: effectively conducted is conducted. */
const IMPLIES: Partial<Record<Status, Status>> = {
  effectively_conducted: "conducted",
  formulated_implemented: "compiled",
};
export const statusMeets = (has: Status, needs: Status) => has === needs || IMPLIES[has] === needs;

export default defineRule<StatusRule>({
  meta: { kind: "status", docs: "rule.status.docs", messages: ["rule.status.pass", "rule.status.review", "target.status.pass", "target.status.review"] },
  evaluate(node, ctx, value) {
    if (value.kind === "status" && statusMeets(value.status, node.status)) {
      return outcome("PASS", "rule.status.pass", { year: ctx.year, text: value.text, status: ref(`status.${node.status}`) });
    }
    const text = value.kind === "number" ? `${value.n}${ctx.indicator.unit}` : value.text;
    return outcome("REVIEW", "rule.status.review", { year: ctx.year, text, status: ref(`status.${node.status}`) });
  },
  guarantee: (node) => ({ ...nothingGuaranteed(), statuses: [node.status] }),
  judge: (node, g) =>
    g.statuses.some((s) => statusMeets(s, node.status))
      ? outcome("PASS", "target.status.pass", { status: ref(`status.${node.status}`) })
      : outcome("REVIEW", "target.status.review", { status: ref(`status.${node.status}`) }),
});
