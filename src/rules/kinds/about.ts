/** `15左右`, `about 15`: a number with no pass/fail meaning — always for a person to judge. */
import type { AboutRule } from "../ast.js";
import { outcome } from "../outcome.js";
import { nothingGuaranteed } from "../guarantee.js";
import { defineRule } from "../kind.js";

export default defineRule<AboutRule>({
  levels: (node) => [{ op: "=", value: node.value }],
  meta: { kind: "about", docs: "rule.about.docs", messages: ["rule.about"] },
  evaluate: (node) => outcome("REVIEW", "rule.about", { value: node.value, unit: node.unit ?? "" }),
  guarantee: () => nothingGuaranteed(),
  judge: (node) => outcome("REVIEW", "rule.about", { value: node.value, unit: node.unit ?? "" }),
});
