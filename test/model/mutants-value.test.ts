/**
 * What a value cell, a condition's state (`clauses`) and a basic condition's state (`vetoes:`) say,
 * as src/model/value.ts reads them: thousands separators, a typographic minus, a space, a thing said
 * to be present. Found by mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, expect, it } from "vitest";
import { clauseState, normalizeValue, vetoState } from "../../src/model/value.js";

describe("normalizeValue: thousands separators", () => {
  it.each([
    ["1,234", 1234],
    ["12,345", 12345],
    ["1,234,567", 1234567],
    ["1,234.56", 1234.56],
    ["+1,234", 1234],
    ["-1,234", -1234],
    ["1，234.5", 1234.5],
  ])("%s is %s", (text, n) => {
    expect(normalizeValue(text)).toEqual({ kind: "number", n });
  });

  it.each([
    // A comma that does not stand before three digits is no thousands separator: not 1234567, not 12345.
    "1234,567",
    "1,2345",
  ])("%s is text for a person", (text) => {
    expect(normalizeValue(text)).toEqual({ kind: "text", text });
  });
});

describe("normalizeValue: a minus and a percent sign in their places", () => {
  it("a typographic minus before .5 is a minus", () => {
    expect(normalizeValue("−.5")).toEqual({ kind: "number", n: -0.5 });
  });

  it("a percent sign inside the digits is no percentage", () => {
    expect(normalizeValue("1%5")).toEqual({ kind: "text", text: "1%5" });
  });

  it("an ideographic space between digits keeps them apart, as a space does: 8　6 is not 86", () => {
    expect(normalizeValue("8\u30006")).toEqual({ kind: "text", text: "8\u30006" });
  });
});

describe("normalizeValue: the text kept is the cell's, trimmed", () => {
  it.each([
    [" 未建立 ", { kind: "denied", statuses: ["established"], text: "未建立" }],
    [" 无黑臭水体 ", { kind: "none_present", text: "无黑臭水体" }],
    [" 待定 ", { kind: "text", text: "待定" }],
  ])("%j", (text, value) => {
    expect(normalizeValue(text)).toEqual(value);
  });
});

describe("normalizeValue: a thing said to be present", () => {
  it.each([
    ["有黑臭水体", "黑臭水体"],
    ["存在险情", "险情"],
    ["仍有劣V类水体", "劣V类水体"],
  ])("%s: %s is present", (text, thing) => {
    expect(normalizeValue(text)).toEqual({ kind: "denied", present: thing, text });
  });

  it.each([
    // One character names no thing; a sentence is not a noun phrase.
    "有鱼",
    "有黑臭水体。",
  ])("%s is text for a person", (text) => {
    expect(normalizeValue(text)).toEqual({ kind: "text", text });
  });
});

describe("normalizeValue: a status is the whole cell, or the cell is text", () => {
  it.each([
    // A status followed by more words is for a person to read: the tool cannot tell what they add.
    "已建立长效机制",
    "未建立长效机制",
  ])("%s is text for a person", (text) => {
    expect(normalizeValue(text)).toEqual({ kind: "text", text });
  });

  it.each([
    ["已建立", { kind: "status", statuses: ["established"], text: "已建立" }],
    ["未建立", { kind: "denied", statuses: ["established"], text: "未建立" }],
  ])("%s", (text, value) => {
    expect(normalizeValue(text)).toEqual(value);
  });
});

describe("clauseState", () => {
  it.each([
    [" 是 ", { state: "met", text: "是" }],
    ["已完成", { state: "met", text: "已完成" }],
    ["not  met", { state: "not_met", text: "not  met" }],
    ["Not\tmet", { state: "not_met", text: "Not\tmet" }],
    ["否", { state: "not_met", text: "否" }],
    ["基本完成", { state: "unclear", text: "基本完成" }],
  ])("%j", (raw, state) => {
    expect(clauseState(raw)).toEqual(state);
  });
});

describe("vetoState: a basic condition as a file states it", () => {
  it.each([
    [true, "met"],
    [false, "not_met"],
    ["未发生", "met"],
    [" 未 发 生 ", "met"],
    ["没有发生", "met"],
    ["无", "met"],
    ["发生", "not_met"],
    ["已发生", "not_met"],
    ["已 发生", "not_met"],
    ["是", "met"],
    ["满足", "met"],
    ["否", "not_met"],
    ["未满足", "not_met"],
    ["不清楚", undefined],
    ["发生过", undefined],
  ] as const)("%j is %s", (raw, state) => {
    expect(vetoState(raw)).toBe(state);
  });
});
