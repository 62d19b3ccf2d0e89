/** A rule tree back to canonical rule text (Chinese, as the standard writes it). */
import type { LeafRule, Rule } from "./ast.js";
import { plainNumber, ruleLabel } from "./numbers.js";

const STATUS_WORD = {
  established: "建立",
  conducted: "开展",
  effectively_conducted: "有效开展",
  effectively_guaranteed: "有效保障",
  formulated_implemented: "制定实施",
  compiled: "编制",
} as const;

const DIRECTION_WORD = { better: "改善", higher: "提高", lower: "下降" } as const;

function leaf(rule: LeafRule): string {
  switch (rule.kind) {
    case "threshold": return ruleLabel(rule.op, rule.value, rule.unit);
    case "target": return `${plainNumber(rule.value)}${rule.unit ?? ""}`;
    case "range": return `${plainNumber(rule.min)}-${plainNumber(rule.max)}${rule.unit ?? ""}之间`;
    case "about": return `${plainNumber(rule.value)}${rule.unit ?? ""}左右`;
    case "delta": return `${rule.label}${ruleLabel(rule.op, rule.value)}`;
    case "status": return STATUS_WORD[rule.status];
    case "stable": return `保持稳定或持续${DIRECTION_WORD[rule.direction]}`;
    case "trend": return `持续${DIRECTION_WORD[rule.direction]}`;
    case "increase": return rule.orStable ? "保持稳定或有所提高" : "有所提高";
    case "superior": return "完成上级规定的考核任务";
    case "not_applicable": return "不涉及";
    case "absent": return `无${rule.what}`;
  }
}

export function printRule(rule: Rule): string {
  if (rule.kind === "all") return rule.parts.map(printRule).join("，且");
  if (rule.kind === "any") return rule.parts.map(printRule).join("或");
  return leaf(rule);
}
