import { describe, expect, it } from "vitest";
import { recognise } from "../../src/record/columns.js";

describe("the columns of a table of values, by their headers", () => {
  it.each([
    ["id", { column: "id" }],
    [" ID ", { column: "id" }],
    ["序号", { column: "id" }],
    ["指标编号", { column: "id" }],
    ["ｉｄ", { column: "id" }],
    ["数值", { column: "value" }],
    ["数值（2024年）", { column: "value", year: 2024 }],
    ["实际值(2023)", { column: "value", year: 2023 }],
    ["Value (%)", { column: "value" }],
    ["值【万元】", { column: "value" }],
    ["备注", { column: "note" }],
    ["说明", { column: "note" }],
    ["指标", { column: "name" }],
    ["指标 名称", { column: "name" }],
  ])("%s", (header, expected) => expect(recognise(header)).toEqual(expected));

  it.each(["最近实际值", "latest value", "所属年份", "单位", "领域", "数值比较", "", "（2024年）"])(
    "%s is no column it reads",
    (header) => {
      expect(recognise(header)).toBeUndefined();
    },
  );
});
