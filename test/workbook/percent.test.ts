/** The one rule for a percent-formatted cell: the quantity it shows, in the unit of the field it fills. */
import { describe, expect, it } from "vitest";
import { inUnit } from "../../src/workbook/sheetReader.js";

describe("a percent-formatted cell, in the unit of its field", () => {
  it.each([
    [0.27, "%", 27],
    [0.935, " % ", 93.5],
    [0.0275, "‰", 27.5],
    [0.55, "", 0.55],
    [0.55, undefined, 0.55],
    [0.27, "％", 27],
    // An amount is no percentage: refused by the caller at its cell.
    [0.3, "万元", undefined],
    [0.3, "μg/m³", undefined],
    [0.3, "个", undefined],
    // Shown as Excel shows it: 15 significant digits, not 0.07 * 100 = 7.000000000000001.
    [0.07, "%", 7],
  ])("%s in “%s” is %s", (fraction, unit, value) => expect(inUnit(fraction, unit)).toBe(value));
});
