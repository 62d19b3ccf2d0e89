/**
 * Which way is improvement, as a rule implies it (SPEC, indicator file): `≥`, 不低于, 提高 ⇒ higher;
 * `≤`, 不超过, 下降 ⇒ lower. Parts of `且` / `或` that imply a direction must agree; a rule whose
 * parts disagree, or that implies none (a status, a range, a bare number, 完成上级…), gives none.
 */
import type { Direction } from "../model/types.js";
import type { Rule } from "./ast.js";

export function impliedDirection(rule: Rule): Direction | undefined {
  switch (rule.kind) {
    case "threshold":
    case "delta":
      return rule.op === ">=" || rule.op === ">" ? "higher" : rule.op === "<=" || rule.op === "<" ? "lower" : undefined;
    case "stable":
    case "trend":
      return rule.direction === "better" ? undefined : rule.direction;
    case "increase":
      return "higher";
    case "change":
      return rule.direction === "better" ? undefined : rule.direction;
    case "event":
      return "lower";
    case "relative":
      return rule.op === ">=" || rule.op === ">" ? "higher" : rule.op === "<=" || rule.op === "<" ? "lower" : undefined;
    case "all":
    case "any": {
      const found = new Set(rule.parts.map(impliedDirection).filter((d): d is Direction => d !== undefined));
      return found.size === 1 ? [...found][0] : undefined;
    }
    default:
      return undefined;
  }
}
