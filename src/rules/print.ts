/** A rule tree back to canonical rule text (Chinese, as the standard writes it; words from the vocabulary). */
import type { LeafRule, Rule } from "./ast.js";
import { plainNumber, ruleLabel } from "./numbers.js";
import { DIRECTION_WORD, PHRASES, RELATIONS, statusText, type PhraseNode } from "./vocabulary.js";

const same = (a: PhraseNode, b: LeafRule) => Object.entries(a).every(([k, v]) => (b as unknown as Record<string, unknown>)[k] === v);
const phrase = (rule: LeafRule) => PHRASES.find((p) => same(p.node, rule))!.zh[0]!;


function leaf(rule: LeafRule): string {
  switch (rule.kind) {
    case "threshold": return ruleLabel(rule.op, rule.value, rule.unit);
    case "target": return `${plainNumber(rule.value)}${rule.unit ?? ""}`;
    case "range": return `${plainNumber(rule.min)}-${plainNumber(rule.max)}${rule.unit ?? ""}之间`;
    case "about": return `${plainNumber(rule.value)}${rule.unit ?? ""}左右`;
    case "delta": return `${rule.label}${ruleLabel(rule.op, rule.value)}`;
    case "status": return statusText(rule.statuses);
    case "trend": return rule.years === undefined ? phrase(rule) : `近${rule.years}年逐年${DIRECTION_WORD[rule.direction]}`;
    case "stable":
    case "increase":
    case "superior":
    case "not_applicable":
      return phrase(rule);
    case "absent": return `无${rule.what}`;
    case "event": return `未发生${rule.what ?? ""}`;
    case "relative": return `${RELATIONS[rule.op].zh}${rule.reference}`;
    case "condition": return rule.text;
  }
}

export function printRule(rule: Rule): string {
  if (rule.kind === "all") return rule.parts.map(printRule).join("，且");
  if (rule.kind === "any") return rule.parts.map(printRule).join("或");
  return leaf(rule);
}
