/** `不涉及`: the indicator does not apply to the region. */
import type { NotApplicableRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";

export default defineRule<NotApplicableRule>({
  levels: () => [],
  meta: { kind: "not_applicable", docs: "rule.notApplicable.docs", messages: ["rule.notApplicable"] },
  evaluate: () => outcome("N/A", "rule.notApplicable"),
  guarantee: () => ({ ...nothingGuaranteed(), notApplicable: true }),
  judge: () => outcome("N/A", "rule.notApplicable"),
});
