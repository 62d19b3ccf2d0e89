/** A rule tree back to canonical rule text (Chinese, as the standard writes it; words from the vocabulary). */
import type { LeafRule, Rule } from "./ast.js";
import { plainNumber, ruleLabel } from "./numbers.js";
import {
  ABOUT_WORDS,
  ABSENT_WORD,
  CHANGE_WORDS,
  CONNECTIVES,
  DIRECTION_WORD,
  EVENT_WORDS,
  PHRASES,
  RANGE_WORDS,
  RELATIONS,
  statusText,
  WINDOW_WORDS,
  type PhraseNode,
} from "./vocabulary.js";

const same = (a: PhraseNode, b: LeafRule) =>
  Object.entries(a).every(([k, v]) => (b as unknown as Record<string, unknown>)[k] === v);
const phrase = (rule: LeafRule) => PHRASES.find((p) => same(p.node, rule))!.zh[0]!;

function leaf(rule: LeafRule): string {
  switch (rule.kind) {
    case "threshold":
      return ruleLabel(rule.op, rule.value, rule.unit);
    case "target":
      return `${plainNumber(rule.value)}${rule.unit ?? ""}`;
    case "range":
      return `${plainNumber(rule.min)}${RANGE_WORDS.separators[0]}${plainNumber(rule.max)}${rule.unit ?? ""}${RANGE_WORDS.zhEnd}`;
    case "about":
      return `${plainNumber(rule.value)}${rule.unit ?? ""}${ABOUT_WORDS.zhAfter}`;
    case "delta":
      return `${rule.label}${ruleLabel(rule.op, rule.value)}`;
    case "status":
      return statusText(rule.statuses);
    case "trend":
      return rule.years === undefined
        ? phrase(rule)
        : `${WINDOW_WORDS.before[0]}${rule.years}${WINDOW_WORDS.year}${WINDOW_WORDS.printSteady}${DIRECTION_WORD[rule.direction]}`;
    case "stable":
    case "increase":
    case "superior":
    case "not_applicable":
      return phrase(rule);
    case "absent":
      return `${ABSENT_WORD}${rule.what}`;
    case "event":
      return `${EVENT_WORDS.negations[0]}${EVENT_WORDS.verb}${rule.what ?? ""}`;
    case "relative":
      return `${RELATIONS[rule.op].zh}${rule.reference}`;
    case "condition":
      return rule.text;
    case "unknown":
      return rule.text;
    case "change": {
      if (rule.bracket)
        return `${CHANGE_WORDS.brackets[0][0]}${plainNumber(rule.amount)}${rule.unit ?? ""}${CHANGE_WORDS.brackets[0][1]}`;
      return `${DIRECTION_WORD[rule.direction]}${plainNumber(rule.amount)}${rule.unit ?? ""}`;
    }
  }
}

export function printRule(rule: Rule): string {
  // Kept for each rule read: a leaf's reason names it each time it is judged (every year, every target).
  let text = PRINTED.get(rule);
  if (text === undefined) {
    if (rule.kind === "all") text = rule.parts.map(printRule).join(CONNECTIVES.all.print);
    else if (rule.kind === "any") text = rule.parts.map(printRule).join(CONNECTIVES.any.print);
    else text = leaf(rule);
    PRINTED.set(rule, text);
  }
  return text;
}
const PRINTED = new WeakMap<Rule, string>();
