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
