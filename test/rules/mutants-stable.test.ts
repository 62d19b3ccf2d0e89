/**
 * 保持稳定 (src/rules/kinds/stable.ts) sets no level on the value: what lint compares and a chart
 * draws. Found by mutation testing (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { levels } from "../../src/rules/index.js";
import { rule } from "./helpers.js";

describe("stable: no level on the value", () => {
  it("保持稳定 sets none, whichever way is better", () => {
    expect(levels(rule("保持稳定"), "higher")).toEqual([]);
    expect(levels(rule("保持稳定或持续改善"), "lower")).toEqual([]);
  });
});
