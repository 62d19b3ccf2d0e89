/**
 * Terminal text (src/report/wrap.ts) on text a report holds — Chinese names, numbers with their
 * measure words, units with a slash, characters outside the BMP, emoji, colour codes — against
 * literal lines: where a line may end, a word wider than a line cut by characters but never before
 * closing punctuation, the widths, and a name cut with an ellipsis.
 */
import { describe, expect, it } from "vitest";
import { padEnd, simpleWidth, textWidth, truncate, widest, wrap, wrapLines } from "../../src/report/wrap.js";

const RED = "\u001b[31m";
const RESET = "\u001b[39m";

describe("widths", () => {
  it("a column a character of ASCII, two a Han character (one outside the BMP too), none a colour code", () => {
    expect(textWidth("PM2.5")).toBe(5);
    expect(textWidth("森林覆盖率")).toBe(10);
    expect(textWidth("𬒗江")).toBe(4);
    expect(textWidth(`${RED}达标${RESET}`)).toBe(4);
    expect(textWidth("👩‍👩‍👧")).toBe(2);
    expect(textWidth("e\u0301")).toBe(1);
  });

  it("simple text is measured by its characters; text with marks, emoji or controls is not simple", () => {
    expect(simpleWidth("PM2.5")).toBe(5);
    expect(simpleWidth("森林覆盖率≥20%")).toBe(14);
    expect(simpleWidth("e\u0301")).toBeUndefined();
    expect(simpleWidth("👍")).toBeUndefined();
    expect(simpleWidth(`${RED}x`)).toBeUndefined();
  });

  it("padded to a width, never cut; the widest line", () => {
    expect(padEnd("森林", 6)).toBe("森林  ");
    expect(padEnd("森林覆盖率", 6)).toBe("森林覆盖率");
    expect(widest("ab\n森林覆盖\nc")).toBe(8);
    expect(widest("")).toBe(0);
  });
});

describe("lines", () => {
  it("Han text breaks between any two characters", () => {
    expect(wrapLines("生态文明建设示范区", 4)).toEqual(["生态", "文明", "建设", "示范", "区"]);
  });

  it("spaces at a break are dropped; the first line and the rest have widths of their own", () => {
    expect(wrapLines("aa bb cc", 5)).toEqual(["aa bb", "cc"]);
    expect(wrapLines("aa bb cc dd", 2, 5)).toEqual(["aa", "bb cc", "dd"]);
    expect(wrapLines("aa   bb", 3)).toEqual(["aa", "bb"]);
  });

  it("a number keeps its measure word, a slash what follows it", () => {
    expect(wrapLines("共2024年", 6)).toEqual(["共", "2024年"]);
    expect(wrapLines("单位 μg/m³", 8)).toEqual(["单位", "μg/m³"]);
    // A line may still end after a number where a space follows it.
    expect(wrapLines("减少 20 吨", 5)).toEqual(["减少", "20 吨"]);
  });

  it("a word wider than a line is cut by characters, never before closing punctuation", () => {
    expect(wrapLines("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapLines("abcdefgh,", 8)).toEqual(["abcdefg", "h,"]);
    expect(wrapLines("森林", 1)).toEqual(["森", "林"]);
    expect(wrapLines("a,", 1)).toEqual(["a", ","]);
  });

  it("characters outside the BMP take two columns each", () => {
    expect(wrapLines("𬒗𬒗𬒗", 4)).toEqual(["𬒗𬒗", "𬒗"]);
    expect(wrapLines("𬒗江𬒗江", 6)).toEqual(["𬒗江𬒗", "江"]);
  });

  it("emoji and marks: cut between clusters", () => {
    expect(wrapLines("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", 4)).toEqual(["👩‍👩‍👧👩‍👩‍👧", "👩‍👩‍👧"]);
    expect(wrapLines("e\u0301e\u0301e\u0301", 2)).toEqual(["e\u0301e\u0301", "e\u0301"]);
  });

  it("colour codes take no room, however many come before the words", () => {
    const codes = RED.repeat(40);
    expect(wrapLines(`${codes}abc def${RESET}`, 5)).toEqual([`${codes}abc`, `def${RESET}`]);
  });

  it("a long text: every line full", () => {
    const text = "生态".repeat(200);
    const lines = wrapLines(text, 10);
    expect(lines).toHaveLength(80);
    expect(new Set(lines)).toEqual(new Set(["生态生态生", "态生态生态"]));
    expect(lines.at(-1)).toBe("态生态生态");
  });

  it("wrap: each line of the text broken, a text that fits as it is", () => {
    expect(wrap("aaa bbb\nc", 4)).toBe("aaa\nbbb\nc");
    expect(wrap("森林覆盖率", 10)).toBe("森林覆盖率");
    expect(wrap("森林覆盖率", 9)).toBe("森林覆盖\n率");
  });
});

describe("truncate", () => {
  it("cut to the width with an ellipsis in its last column", () => {
    expect(truncate("生态文明建设", 7)).toBe("生态文…");
    expect(truncate("生态文明建设", 12)).toBe("生态文明建设");
    expect(truncate("abcd", 3)).toBe("ab…");
    expect(truncate("abc", 3)).toBe("abc");
    expect(truncate("👩‍👩‍👧家园", 3)).toBe("👩‍👩‍👧…");
    expect(truncate("e\u0301e\u0301e\u0301", 2)).toBe("e\u0301…");
  });
});
