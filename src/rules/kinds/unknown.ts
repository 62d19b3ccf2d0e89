/**
 * A phrase the grammar does not know (应划尽划): that check is for a person, with the text quoted, and
 * `lint` points at it; the file's other rows are still checked. Adding the phrase is one vocabulary
 * entry. A number never decides it.
 */
import type { UnknownRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";

export default defineRule<UnknownRule>({
  levels: () => [],
  meta: { kind: "unknown", docs: "rule.unknown.docs", messages: ["rule.unknown"] },
  evaluate: (node) => outcome("REVIEW", "rule.unknown", { text: node.text }),
  guarantee: () => nothingGuaranteed(),
  judge: (node) => outcome("REVIEW", "rule.unknown", { text: node.text }),
});
