/** Amounts in a project's content, read by the amounts grammar (#23), in 万元. */
import { describe, expect, it } from "vitest";
import { amountsIn, statedInvestment } from "../../src/projects/amounts.js";

describe("amountsIn", () => {
  it.each([
    { content: "总投资12,000万元", amounts: [{ text: "总投资12,000万元", low: 12000, high: 12000, total: true }] },
    { content: "总投资12，000万元", amounts: [{ text: "总投资12，000万元", low: 12000, high: 12000, total: true }] },
    {
      content: "总投资1,234,567.5万元",
      amounts: [{ text: "总投资1,234,567.5万元", low: 1234567.5, high: 1234567.5, total: true }],
    },
    { content: "总投资1亿2000万元", amounts: [{ text: "总投资1亿2000万元", low: 12000, high: 12000, total: true }] },
    { content: "投资1亿零500万元", amounts: [{ text: "投资1亿零500万元", low: 10500, high: 10500, total: false }] },
    { content: "总投资2亿3千万元", amounts: [{ text: "总投资2亿3千万元", low: 23000, high: 23000, total: true }] },
    { content: "总投资约0.37亿元", amounts: [{ text: "总投资约0.37亿元", low: 3700, high: 3700, total: true }] },
    { content: "总投资逾1.2亿元", amounts: [{ text: "总投资逾1.2亿元", low: 12000, high: 12000, total: true }] },
    { content: "投资近5千万元", amounts: [{ text: "投资近5千万元", low: 5000, high: 5000, total: false }] },
    { content: "总投资８０００万元", amounts: [{ text: "总投资８０００万元", low: 8000, high: 8000, total: true }] },
    {
      content: "补助资金50万元，配套800千元",
      amounts: [
        { text: "50万元", low: 50, high: 50, total: false },
        { text: "800千元", low: 80, high: 80, total: false },
      ],
    },
    { content: "投资3000万—5000万元", amounts: [{ text: "投资3000万—5000万元", low: 3000, high: 5000, total: false }] },
    { content: "投资1-2亿元", amounts: [{ text: "投资1-2亿元", low: 10000, high: 20000, total: false }] },
    {
      content: "一期投资3000万元，二期0.3亿元",
      amounts: [
        { text: "投资3000万元", low: 3000, high: 3000, total: false },
        { text: "0.3亿元", low: 3000, high: 3000, total: false },
      ],
    },
    { content: "新建污水管网15万m3，装机30万千瓦", amounts: [] },
    { content: "2023-2025年建设", amounts: [] },
    { content: "共3,45万元", amounts: [] },
    // An exponent's digits are no amount: these are not "308万元" and "400万元".
    { content: "总投资1.7e308万元", amounts: [] },
    { content: "总投资1e400万元", amounts: [] },
    { content: "投资2E+3万元", amounts: [] },
  ])("$content", ({ content, amounts }) => expect(amountsIn(content)).toEqual(amounts));
});

describe("statedInvestment", () => {
  it("adds phases exactly (0.1亿 + 0.2亿 is 3000, not 3000.0000000000005)", () => {
    expect(statedInvestment("一期0.1亿元，二期0.2亿元")).toEqual({
      low: 3000,
      high: 3000,
      texts: ["0.1亿元", "0.2亿元"],
    });
  });
  it("a 总投资 wins over the phases", () => {
    expect(statedInvestment("总投资12,000万元，其中一期5,000万元")).toEqual({
      low: 12000,
      high: 12000,
      texts: ["总投资12,000万元"],
    });
  });
});

describe("amounts beyond any a project may state (10¹² 万元, the file's own limit)", () => {
  it("a number of 400 digits is no amount, and nothing throws", () => {
    expect(amountsIn(`总投资${"9".repeat(400)}亿元`)).toEqual([]);
    expect(statedInvestment(`总投资${"9".repeat(400)}亿元`)).toBeUndefined();
  });

  it("1e304 亿元 written twice is no amount: never Infinity", () => {
    const huge = `1${"0".repeat(304)}亿元`;
    expect(statedInvestment(`${huge}、${huge}`)).toBeUndefined();
  });

  it("an amount just under the limit is read; at the limit it is not", () => {
    expect(amountsIn("投资99999999.99亿元")).toEqual([
      { text: "投资99999999.99亿元", low: 999999999900, high: 999999999900, total: false },
    ]);
    expect(amountsIn("投资100000000亿元")).toEqual([]);
  });

  it("amounts that add up past the limit state nothing a project's investment could match", () => {
    // 12,000 phases of 9,000 亿元: 1.08 × 10¹² 万元.
    expect(statedInvestment(Array(12_000).fill("9000亿元").join("、"))).toBeUndefined();
    // 11,000 of them: 9.9 × 10¹¹ 万元, exactly.
    expect(statedInvestment(Array(11_000).fill("9000亿元").join("、"))?.low).toBe(990_000_000_000);
  });
});
