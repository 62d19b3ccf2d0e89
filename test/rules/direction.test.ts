/** impliedDirection: a table of rule texts and the direction each implies (SPEC, indicator file). */
import { describe, expect, it } from "vitest";
import { impliedDirection } from "../../src/rules/direction.js";
import { parseRule } from "../../src/rules/parse.js";

const CASES: ReadonlyArray<readonly [string, "higher" | "lower" | undefined]> = [
  ["≥20", "higher"],
  [">-1", "higher"],
  ["ΔEQI>-1", "higher"],
  ["≤35μg/m³", "lower"],
  ["<5", "lower"],
  ["=100", undefined],
  ["100", undefined],
  ["0.3-0.4之间", undefined],
  ["15左右", undefined],
  ["建立", undefined],
  ["保持稳定或持续下降", "lower"],
  ["保持稳定或持续提高", "higher"],
  ["保持稳定或持续改善", undefined],
  ["持续下降", "lower"],
  ["有所提高", "higher"],
  ["完成上级规定的考核任务", undefined],
  ["完成上级规定的考核任务，且保持稳定或持续下降", "lower"],
  ["≥90，且保持稳定或持续下降", undefined],
  ["≥90或保持稳定或持续提高", "higher"],
];

describe("the direction a rule implies", () => {
  for (const [text, direction] of CASES) {
    it(`${text} → ${direction ?? "none"}`, () => {
      const parsed = parseRule(text);
      if (!parsed.ok) throw new Error(`${text}: ${JSON.stringify(parsed.error)}`);
      expect(impliedDirection(parsed.rule)).toBe(direction);
    });
  }
});
