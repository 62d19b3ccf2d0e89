/**
 * The rule grammar round-trips: any tree it can express (或 of ，且-clauses of leaves) printed to
 * canonical text and parsed again is the same rule; and no text whatever makes the parser throw.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/rules/ast.js";
import { parseRule } from "../../src/rules/parse.js";
import { printRule } from "../../src/rules/print.js";
import { numberArb, ruleArb } from "./arbitraries.js";
import { params, timeoutFor } from "./budget.js";

/** The tree without source positions, for a structural comparison. */
const shape = (rule: Rule): unknown => {
  const { span: _, ...rest } = rule;
  return "parts" in rest ? { ...rest, parts: rest.parts.map(shape) } : rest;
};

/** Pieces of rule text, English and Chinese, and what an analyst's keyboard adds. */
const TOKENS = [
  "≥",
  "≤",
  ">=",
  "<=",
  ">",
  "<",
  "=",
  "＞",
  "≧",
  "Δ",
  "ΔEQI",
  "delta",
  "%",
  "％",
  "μg/m³",
  "ug/m3",
  "t",
  "吨",
  "以上",
  "以下",
  "以内",
  "左右",
  "之间",
  "-",
  "~",
  "～",
  "至",
  "到",
  "between ",
  " and ",
  " or ",
  "，且",
  "且",
  "并且",
  "或",
  "或者",
  "，",
  ",",
  "、",
  "；",
  " ",
  "\t",
  "\n",
  "　",
  "建立",
  "已建立",
  "开展",
  "有效开展",
  "有效保障",
  "制定实施",
  "编制",
  "保持稳定",
  "保持稳定或持续改善",
  "保持稳定或持续下降",
  "保持稳定或有所提高",
  "持续改善",
  "持续提高",
  "持续下降",
  "有所提高",
  "不降低",
  "完成上级规定的考核任务",
  "不涉及",
  "无",
  "黑臭水体",
  "stable",
  "stable or improving",
  "rising",
  "declining",
  "increased",
  "not applicable",
  "about ",
  "around ",
  "established",
  "conducted",
  "superior target met",
  "大于",
  "不低于",
  "不超过",
  "以上",
  "及以上",
  "及以下",
  "△",
  "δ",
  "≦",
  "＝",
  "遵守",
  "完善",
  "并",
  "健全",
  "建成",
  "有效",
  "全面",
  "逐年",
  "近五年",
  "近3年",
  "未发生",
  "不发生",
  "发生",
  "全省平均水平",
  "优于",
  "达到",
  "能源消耗总量",
  "控制目标值",
  "事件",
  "20",
  "0.3",
  ".5",
  "-1",
  "+3",
  "１００",
  "1e5",
  "NaN",
  "Infinity",
  "吧",
  "“",
  "”",
  "(",
  ")",
  "\u0000",
  "\ud800",
  "\ufeff",
];

const ruleTextArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(
        fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: numberArb.map(String) }),
        { maxLength: 10 },
      )
      .map((t) => t.join("")),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: ruleArb.map(printRule) },
);

describe("the rule grammar", () => {
  it(
    "parseRule(printRule(tree)) is the same rule, for every tree the grammar can express",
    () => {
      fc.assert(
        fc.property(ruleArb, (tree) => {
          const text = printRule(tree);
          const parsed = parseRule(text);
          expect(parsed.ok, `${text}: ${JSON.stringify(parsed)}`).toBe(true);
          if (!parsed.ok) return;
          expect(printRule(parsed.rule)).toBe(text);
          expect(shape(parsed.rule)).toEqual(shape(tree));
          // A node's span covers its text: the whole rule spans the whole text.
          expect(parsed.rule.span.start).toBe(0);
          expect(text.slice(parsed.rule.span.end).trim()).toBe("");
        }),
        params("ruleTreeRoundTrip"),
      );
    },
    timeoutFor("ruleTreeRoundTrip", 1),
  );

  it(
    "parseRule never throws; an error points inside the text; what it reads prints and reads back the same",
    () => {
      let read = 0;
      fc.assert(
        fc.property(ruleTextArb, (text) => {
          const parsed = parseRule(text);
          if (!parsed.ok) {
            expect(parsed.error.offset).toBeGreaterThanOrEqual(0);
            expect(parsed.error.offset).toBeLessThanOrEqual(text.length);
            expect(text.slice(parsed.error.offset)).toBe(parsed.error.found);
            return;
          }
          read++;
          const printed = printRule(parsed.rule);
          const again = parseRule(printed);
          expect(again.ok, `${JSON.stringify(text)} → ${printed}: ${JSON.stringify(again)}`).toBe(true);
          if (again.ok) expect(printRule(again.rule)).toBe(printed);
        }),
        params("ruleTextNeverThrows"),
      );
      console.log(`fuzz: rule texts: ${read} of ${params("ruleTextNeverThrows").numRuns} generated texts were rules`);
    },
    timeoutFor("ruleTextNeverThrows", 1),
  );
});
