/** Terminal text: widths by string-width, breaks at UAX #14 opportunities, never inside a number or unit. */
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { simpleWidth, textWidth, truncate, widest, wrap, wrapLines } from "../../src/report/wrap.js";

const REASON = "2022年：34μg/m³ 满足 ≤35；且 保持稳定或持续下降：至少需要两个年份的值，仅有2022年";
const CLOSING = /^[：；，。、）」』】》!?:;,.)]/u;

describe("textWidth", () => {
  it("counts wide characters, 𬒗 and emoji as two columns and colour codes as none", () => {
    expect(textWidth("达标")).toBe(4);
    expect(textWidth("𬒗")).toBe(2);
    expect(textWidth("🌲")).toBe(2);
    expect(textWidth("\u001b[31m达标\u001b[39m")).toBe(4);
    expect(textWidth("34μg/m³")).toBe(7);
    expect(textWidth("≥95%")).toBe(4);
  });

  it("gives clusters of several characters string-width's width: marks, joiners, flags, jamo, variation selectors", () => {
    expect(textWidth("e\u0301")).toBe(1);
    expect(textWidth("👨\u200d👩\u200d👧")).toBe(2);
    expect(textWidth("🇨🇳")).toBe(2);
    expect(textWidth("\u1100\u1161\u11a8")).toBe(2);
    expect(textWidth("☀\ufe0f")).toBe(2);
    expect(textWidth("a\u00adb")).toBe(2);
    expect(textWidth("a\tb")).toBe(2);
  });

  // string-width is the oracle: every character the sum is taken for, and text mixing characters of every kind.
  it("agrees with string-width on every code point it sums", () => {
    const differ: string[] = [];
    let summed = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const width = simpleWidth(c);
      if (width === undefined) continue;
      summed++;
      if (width !== stringWidth(c)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
    expect(summed).toBeGreaterThan(90_000);
  });

  it("agrees with string-width on text mixing scripts, marks, emoji and joiners", () => {
    const pieces = [
      "a",
      "零",
      "𬒗",
      "≥",
      "，",
      "μ",
      "³",
      "\u0301",
      "\u200d",
      "\ufe0f",
      "🌲",
      "👍",
      "🏽",
      "🇨",
      "🇳",
      "\u1100",
      "\u1161",
      "\u11a8",
      "가",
      "ｶ",
      "ﾞ",
      "\u0d4e",
      "क",
      "\u093f",
      "\t",
      "\u00ad",
      " ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(textWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("wrapLines", () => {
  it("keeps a number with its unit and a year with 年 (width 10)", () => {
    expect(wrapLines("浓度为 34μg/m³，基准年为 2024年，目标 ≥95%。", 10)).toEqual([
      "浓度为",
      "34μg/m³，",
      "基准年为",
      "2024年，目",
      "标 ≥95%。",
    ]);
  });

  it("never starts a line with a full-width colon or comma (width 40)", () => {
    expect(wrapLines(REASON, 40)).toEqual([
      "2022年：34μg/m³ 满足 ≤35；且 保持稳定或",
      "持续下降：至少需要两个年份的值，仅有",
      "2022年",
    ]);
  });

  it("fills 60 and 80 columns with the same rules", () => {
    expect(wrapLines(REASON, 60)).toEqual([
      "2022年：34μg/m³ 满足 ≤35；且 保持稳定或持续下降：至少需要两",
      "个年份的值，仅有2022年",
    ]);
    // 81 columns: the year goes down whole, not "202" and "2年".
    expect(wrapLines(REASON, 80)).toEqual([
      "2022年：34μg/m³ 满足 ≤35；且 保持稳定或持续下降：至少需要两个年份的值，仅有",
      "2022年",
    ]);
    expect(wrapLines(REASON, 81)).toEqual([REASON]);
  });

  it("measures 𬒗 and an emoji as two columns when it breaks", () => {
    expect(wrapLines("𬒗𬒗𬒗🌲🌲达标", 6)).toEqual(["𬒗𬒗𬒗", "🌲🌲达", "标"]);
  });

  it("breaks English at spaces, and indents by giving the later lines their own width", () => {
    expect(wrapLines("the 2022 value 34μg/m³ meets ≤35", 16, 12)).toEqual(["the 2022 value", "34μg/m³", "meets ≤35"]);
  });

  it("cuts a word wider than the line by characters, never before closing punctuation", () => {
    const lines = wrapLines("生态文明建设工作占党政实绩考核的比例：", 8);
    expect(lines).toEqual(["生态文明", "建设工作", "占党政实", "绩考核的", "比例："]);
    for (const l of lines) expect(l).not.toMatch(CLOSING);
  });

  it("no line of a long Chinese reason exceeds the width or starts with closing punctuation (widths 40/60/80)", () => {
    const text = `${REASON}；上报企业由2020年的2家增至2022年的24家（数据来源：生态环境分局），满足≥95%要求。`;
    for (const width of [40, 60, 80]) {
      const lines = wrapLines(text, width);
      // Nothing lost: only the spaces at breaks are dropped.
      expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
      for (const [n, l] of lines.entries()) {
        expect(textWidth(l)).toBeLessThanOrEqual(width);
        if (n > 0) expect(l).not.toMatch(CLOSING);
      }
    }
  });
});

describe("a long text", () => {
  it("is broken into every line it holds: 100,000 words, and 20,000 Chinese characters", () => {
    const words = wrapLines("a ".repeat(100_000).trimEnd(), 30);
    expect(words).toHaveLength(Math.ceil(100_000 / 15));
    expect(words.every((line) => /^(a )*a$/.test(line) && line.length <= 30)).toBe(true);
    const chinese = wrapLines("名字".repeat(10_000), 40);
    expect(chinese).toHaveLength(1000);
    expect(chinese.every((line) => line === "名字".repeat(10))).toBe(true);
  });

  it("of 300,000 lines has its widest measured (a drawn table of 300,000 rows, on a terminal)", () => {
    expect(widest(`${"ab\n".repeat(300_000)}零陵区`)).toBe(6);
  });
});

describe("wrap and truncate", () => {
  it("wraps each line of a text on its own", () => {
    expect(wrap("森林覆盖率\n2024年", 6)).toBe("森林覆\n盖率\n2024年");
  });
  it("cuts to a width with an ellipsis, counting 𬒗 as two", () => {
    expect(truncate("森林覆盖率保持稳定", 9)).toBe("森林覆盖…");
    expect(truncate("𬒗𬒗𬒗𬒗", 7)).toBe("𬒗𬒗𬒗…");
    expect(truncate("≥95%", 4)).toBe("≥95%");
  });
  it("never cuts inside a cluster of several characters", () => {
    expect(truncate("👨\u200d👩\u200d👧ab", 3)).toBe("👨\u200d👩\u200d👧…");
    expect(truncate("e\u0301e\u0301e\u0301", 2)).toBe("e\u0301…");
    expect(truncate("🇨🇳🇨🇳", 3)).toBe("🇨🇳…");
  });
});
