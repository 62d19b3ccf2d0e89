/** init reads what a row asks of its values from the parsed rule, not from words in its text. */
import { describe, expect, it } from "vitest";
import { ruleShape } from "../../src/cli/commands/init.js";

describe("init: the shape of a row's rule", () => {
  it.each([
    // Another wording of the superior's target: no 完成上级规定的考核任务 in it.
    { text: "完成上级下达的目标任务", trend: false, superior: true, numeric: false },
    // A condition that ends in 不降低 is about another quantity, not a trend of the row's values.
    { text: "≥90，且省控以上断面过境河流水质不降低", trend: false, superior: false, numeric: true },
    // English wordings, which no Chinese substring finds.
    { text: "stable or improving", trend: true, superior: false, numeric: false },
    { text: "meets the superior target", trend: false, superior: true, numeric: false },
    // A reference value is a number to compare with, without a digit in the rule.
    { text: "不低于全省平均水平", trend: false, superior: false, numeric: true },
    { text: "建立", trend: false, superior: false, numeric: false },
  ])("$text", ({ text, ...shape }) => expect(ruleShape([text])).toMatchObject(shape));

  it("the near-term example is the first part of a 且 rule, as written", () => {
    expect(ruleShape(["完成上级规定的考核任务，且保持稳定或持续下降"])).toMatchObject({
      trend: true,
      superior: true,
      example: "完成上级规定的考核任务",
    });
    expect(ruleShape(["≥80%或有所提高"]).example).toBe("≥80%或有所提高");
  });
});
