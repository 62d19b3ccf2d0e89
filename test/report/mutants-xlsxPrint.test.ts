/**
 * How a sheet of `-f xlsx` prints and how wide and tall its cells are (src/report/xlsxPrint.ts), on
 * literal input: the page setup, the header and footer codes (a region's own `&` doubled), the
 * widths measured with a CJK character as two columns, and the height of a row of wrapped text
 * (15 points a line, 2 more). Every expectation is written out here.
 */
import { describe, expect, it } from "vitest";
import { columnWidth, printOptions, rowHeight } from "../../src/report/xlsxPrint.js";

describe("printOptions", () => {
  it("A4 landscape, one page wide, the header row on each page, the region, the question, the date and the page", () => {
    expect(printOptions("en", "某县", { region: "A&B县", question: "2024 assessment" })).toEqual({
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: "1:1",
      },
      headerFooter: {
        oddHeader: "&LA&&B县&C2024 assessment&R&A",
        oddFooter: "&Llingling-check · printed &D&Rpage &P of &N",
      },
      properties: { dyDescent: 0.25 },
    });
  });

  it("a batch's own sheet names neither; a sheet named with an apostrophe prints without titles", () => {
    const options = printOptions("zh", "O'Brien县", {});
    expect(options.headerFooter).toEqual({
      oddHeader: "&R&A",
      oddFooter: "&Llingling-check · 打印于 &D&R第 &P 页，共 &N 页",
    });
    expect(options.pageSetup).not.toHaveProperty("printTitlesRow");
    expect(options.pageSetup?.paperSize).toBe(9);
  });
});

describe("columnWidth", () => {
  it("is the widest line plus 2, a CJK character two columns", () => {
    expect(columnWidth("ID", ["1", "15"], 6)).toBe(5); // "ID" 2 + 2 = 4, at least 5
    expect(columnWidth("指标", ["森林覆盖率"], 34)).toBe(12); // 10 + 2
    expect(columnWidth("x", ["ab\ncdefgh", 1234567], 34)).toBe(9); // the longer line, 7 digits: 7 + 2
    expect(columnWidth("x", ["", undefined, null], 34)).toBe(5);
    expect(columnWidth("x", ["abcdefgh\nab"], 34)).toBe(10); // the longest line, 8 + 2
  });

  it("a header counts at most 12 columns; the cells at most `max`", () => {
    expect(columnWidth("达标情况：基准值", ["✓"], 34)).toBe(14); // 16 columns, counted 12
    expect(columnWidth("达标情况：基准值", ["✓"], 13)).toBe(13);
    expect(columnWidth("x", ["一二三四五六七八九十一二三四五六七八九十"], 26)).toBe(26);
  });
});

describe("rowHeight", () => {
  it("none for cells that fit on a line (numbers are not measured)", () => {
    expect(rowHeight(["short", "", 123456789012345], [10, 4, 4])).toBeUndefined();
    expect(rowHeight(["aaa bbb", "一二三"], [8, 8])).toBeUndefined();
  });

  it("CJK text breaks after any character: ten in a column 8 wide (7 columns of room) take 4 lines", () => {
    expect(rowHeight(["一二三四五六七八九十"], [8])).toBe(4 * 15 + 2);
  });

  it("words wrap whole, the space at a break dropped", () => {
    // "aaa bbb" fills 7; "ccc" starts the second line.
    expect(rowHeight(["aaa bbb ccc"], [8])).toBe(2 * 15 + 2);
    // "aaa bbb" then "cccc dd": the second line holds 7 again.
    expect(rowHeight(["aaa bbb cccc dd"], [8])).toBe(2 * 15 + 2);
    expect(rowHeight(["aaa bbb cccc ddd"], [8])).toBe(3 * 15 + 2);
    // "aaaa ", "bbbbbb ", "cc": a word that does not fit moves whole (cut by characters it would take 2).
    expect(rowHeight(["aaaa bbbbbb cc"], [8])).toBe(3 * 15 + 2);
  });

  it("a word wider than the column breaks inside it, and a line break starts a line", () => {
    // 16 letters in 7 columns: 7 + 7 + 2, then " x" fits beside the last 2.
    expect(rowHeight(["abcdefghijklmnop x"], [8])).toBe(3 * 15 + 2);
    expect(rowHeight(["a\nb\nc"], [20])).toBe(3 * 15 + 2);
    expect(rowHeight(["a\n\nb"], [8])).toBe(3 * 15 + 2); // an empty line is a line
  });

  it("the tallest cell decides; a cell past the known widths is measured at 8", () => {
    expect(rowHeight(["a\nb", "一二三四五六七八九十"], [20, 8])).toBe(4 * 15 + 2);
    expect(rowHeight(["x", "一二三四五六七八九十"], [20])).toBe(4 * 15 + 2);
    expect(rowHeight(["x", "一二三四五六七八九十"], [20, 30])).toBeUndefined();
  });
});
