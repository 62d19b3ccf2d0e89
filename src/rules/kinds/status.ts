/** `建立`, `开展`, `有效开展`, `遵守`, `建立并实施`, `建立健全`: every verb of a status reached. */
import type { StatusRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { ref } from "../../i18n/message.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";
import { statusesMeet, statusLabelId, type Status } from "../vocabulary.js";

/** The statuses as one message value: each a reference, read as a list in the report's language. */
const statusRef = (statuses: readonly Status[]) => statuses.map((s) => ref(statusLabelId(s)));

export default defineRule<StatusRule>({
  levels: () => [],
  meta: {
    kind: "status",
    docs: "rule.status.docs",
    messages: ["rule.status.pass", "rule.status.review", "target.status.pass", "target.status.review"],
  },
  evaluate(node, ctx, value) {
    const status = statusRef(node.statuses);
    if (value.kind === "status" && statusesMeet(value.statuses, node.statuses)) {
      return outcome("PASS", "rule.status.pass", { year: ctx.year, text: value.text, status });
    }
    const text = value.kind === "number" ? `${value.n}${ctx.indicator.unit}` : value.text;
    return outcome("REVIEW", "rule.status.review", { year: ctx.year, text, status });
  },
  guarantee: (node) => ({ ...nothingGuaranteed(), statuses: [...node.statuses] }),
  judge: (node, g) =>
    statusesMeet(g.statuses, node.statuses)
      ? outcome("PASS", "target.status.pass", { status: statusRef(node.statuses) })
      : outcome("REVIEW", "target.status.review", { status: statusRef(node.statuses) }),
});
