/**
 * What a value cell says, as the normaliser reads it. "None present" is 无 and a noun phrase naming
 * a thing; 无 starting a word of its own (无法, 无需, 无效 …) says nothing about presence.
 */
import { describe, expect, it } from "vitest";
import { normalizeValue } from "../../src/model/value.js";

const cases: Array<{ text: string; kind: string }> = [
  // none present: 无 + a thing
  { text: "无黑臭水体", kind: "none_present" },
  { text: "无劣V类水体", kind: "none_present" },
  { text: "无危险废物排放", kind: "none_present" },
  { text: "无重特大突发环境事件", kind: "none_present" },
  { text: "无 黑臭水体", kind: "none_present" },
  // 无 starting a word of its own: text, for a person
  { text: "无法识别的话", kind: "text" },
  { text: "无法统计", kind: "text" },
  { text: "无需开展", kind: "text" },
  { text: "无须建立", kind: "text" },
  { text: "无效", kind: "text" },
  { text: "无论如何", kind: "text" },
  { text: "无关", kind: "text" },
  { text: "无数据", kind: "text" },
  { text: "暂无数据", kind: "text" },
  { text: "无统计", kind: "text" },
  // a sentence, not a phrase
  { text: "无黑臭水体。但有一处待查", kind: "text" },
  { text: "无", kind: "text" },
  // a denial: a status not reached, a thing present, a plain no (the words vetoes read as not met)
  { text: "未建立", kind: "denied" },
  { text: "尚未建立", kind: "denied" },
  { text: "没有建立", kind: "denied" },
  { text: "未开展", kind: "denied" },
  { text: "未有效开展", kind: "denied" },
  { text: "未建立并实施", kind: "denied" },
  { text: "无建立", kind: "denied" },
  { text: "否", kind: "denied" },
  { text: "未完成", kind: "denied" },
  { text: "有黑臭水体", kind: "denied" },
  { text: "存在劣V类水体", kind: "denied" },
  // not a denial
  { text: "不明显", kind: "status" },
  { text: "不涉及", kind: "not_applicable" },
  { text: "未发生", kind: "text" },
  { text: "有效", kind: "text" },
  { text: "有所提高", kind: "text" },
  { text: "有关部门已建立", kind: "text" },
  { text: "未全部建立完毕", kind: "text" },
  { text: "有", kind: "text" },
];

describe("normalizeValue: none present", () => {
  it.each(cases)("$text is $kind", ({ text, kind }) => {
    expect(normalizeValue(text).kind).toBe(kind);
  });
});

describe("normalizeValue: a percentage and the row's unit", () => {
  it.each([
    ["15%", "%", { kind: "number", n: 15 }],
    ["15％", "％", { kind: "number", n: 15 }],
    // On a row without a unit, the fraction it names (a coefficient of 15% is 0.15), as a
    // percent-formatted cell is: read as 15 it was a hundred times the value.
    ["15%", "", { kind: "number", n: 0.15 }],
    ["1.1%", "", { kind: "number", n: 0.011 }],
    // "-" is how a table writes "no unit" (the one unit spelling the tool compares, rules/units.ts).
    ["15%", "-", { kind: "number", n: 0.15 }],
    ["15%", " ％ ", { kind: "number", n: 15 }],
    ["15%", undefined, { kind: "number", n: 15 }],
    ["15", "‰", { kind: "number", n: 15 }],
    // 15 % is 150 ‰: read as 15 it would be judged, and recorded, as another value.
    ["15%", "‰", { kind: "text", text: "15%" }],
    ["2％", "‰", { kind: "text", text: "2％" }],
    ["35%", "μg/m³", { kind: "text", text: "35%" }],
  ])("%s in a row of %s", (text, unit, value) => {
    expect(normalizeValue(text, unit)).toEqual(value);
  });
});

describe("normalizeValue: digits it cannot read as one number", () => {
  it.each([
    // A space between digits is not a thousands separator the tool reads: 8 6 is not 86.
    ["8 6", { kind: "text", text: "8 6" }],
    ["8\u00a06", { kind: "text", text: "8\u00a06" }],
    // More digits than a number holds: read as 85 it would pass ≥85, though it is below it.
    ["84.99999999999999999", { kind: "text", text: "84.99999999999999999" }],
    [" 86 %", { kind: "number", n: 86 }],
    ["85.000000000000000000", { kind: "number", n: 85 }],
    ["123456789012345", { kind: "number", n: 123456789012345 }],
  ])("%j", (text, value) => {
    expect(normalizeValue(text)).toEqual(value);
  });
});

describe("normalizeValue: a minus as Word and PDFs write it", () => {
  it.each([
    ["−0.72", -0.72],
    ["–0.72", -0.72],
    ["－0.72", -0.72],
    ["-0.72", -0.72],
  ])("%s is %s", (text, n) => expect(normalizeValue(text)).toEqual({ kind: "number", n }));

  it("a dash alone, or between words, is no number", () => {
    expect(normalizeValue("–").kind).toBe("text");
    expect(normalizeValue("0.72–0.8").kind).toBe("text");
  });
});
