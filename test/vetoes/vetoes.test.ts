/** Basic conditions (否决项): read as the file states them, located, and deciding a year assessment only. */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { fastLoad, loaded as load, loadErrors as errors, locatingLoad } from "../load/paths.js";

const HEAD = `region: {name: 测试区, zone: central, urban_district: true}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
  - id: "1"
    name: 生态文明建设工作占党政实绩考核的比例
    unit: "%"
    standard: "≥20"
    baseline: 25.5
    near_term: "≥25.5"
    long_term: "≥25.5"
    actuals: {2024: 26}
`;

const stated = (word: string) => load(`${HEAD}vetoes:\n  2024:\n    重特大突发环境事件: ${word}\n`).vetoes![0]!.state;

describe("vetoes: the words a file states", () => {
  const met = ["未发生", "已完成", "完成", "无", "yes", "met", "是", "true", "'true'", "ＹＥＳ"];
  const notMet = ["发生", "已发生", "未完成", "否", "no", "false", "not met", "'false'"];
  it.each(met)("%s is met", (w) => expect(stated(w)).toBe("met"));
  it.each(notMet)("%s is not met", (w) => expect(stated(w)).toBe("not_met"));
  it("a number is refused by the schema, with the words expected", () => {
    const e = errors(`${HEAD}vetoes:\n  2024:\n    重特大突发环境事件: 2\n`);
    expect(e).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        line: 14,
        message: expect.objectContaining({ data: expect.objectContaining({ expected: { ref: "expected.veto" } }) }),
      }),
    ]);
  });
  it.each(["也许", "待定", "发生了一次"])("%s is an error at its line with the words expected", (w) => {
    const e = errors(`${HEAD}vetoes:\n  2024:\n    重特大突发环境事件: ${w}\n`);
    expect(e).toEqual([expect.objectContaining({ code: "invalid-veto", line: 14, column: 16 })]);
    expect(e[0]!.message.data).toMatchObject({ condition: "重特大突发环境事件", year: "2024" });
  });
  it("a value with a note is read, and the note kept", () => {
    const v = load(`${HEAD}vetoes:\n  2024:\n    整改: {value: 已完成, note: 督察办核实}\n`).vetoes![0]!;
    expect(v).toMatchObject({
      year: 2024,
      condition: "整改",
      state: "met",
      text: "已完成",
      note: "督察办核实",
      line: 14,
      column: 5,
    });
  });
  it("a year key that is not a year is an error at the key", () => {
    expect(errors(`${HEAD}vetoes:\n  next: {整改: 已完成}\n`)).toEqual([
      expect.objectContaining({ code: "invalid-key", line: 13 }),
    ]);
  });
  it("the plain reader and the locating parser place a condition alike", () => {
    const text = `${HEAD}vetoes:\n  2023: {a: 是}\n  2024:\n    # a comment\n    重特大突发环境事件: 发生\n`;
    const fast = fastLoad(text, "t.yaml");
    const slow = locatingLoad(text, "t.yaml");
    expect(fast?.ok && fast.value.vetoes).toEqual(slow.ok && slow.value.vetoes);
    expect(slow.ok && slow.value.vetoes!.map((v) => [v.year, v.line, v.column])).toEqual([
      [2023, 13, 10],
      [2024, 16, 5],
    ]);
  });
  it("a file without vetoes has none", () => expect(load(HEAD).vetoes).toBeUndefined());
});

describe("vetoes: judging", () => {
  const file = (year: number, word: string) =>
    load(`${HEAD}vetoes:\n  ${year}:\n    重特大突发环境事件: ${word}\n    整改: 已完成\n`);
  it("a year assessment of Y: a condition of Y not met makes the file FAIL whatever the indicators say", () => {
    const a = assess(file(2024, "发生"));
    expect(a.mode).toBe("year");
    expect(a.indicators.every((i) => i.verdict === "PASS")).toBe(true);
    expect(a.summary.overall).toBe("FAIL");
    expect(a.vetoes).toMatchObject({
      year: 2024,
      decides: true,
      failed: [expect.objectContaining({ condition: "重特大突发环境事件" })],
    });
  });
  it("met conditions leave the indicators' verdict", () => {
    expect(assess(file(2024, "未发生")).summary.overall).toBe("PASS");
  });
  it("a condition of another year does not decide Y; it is shown beside Y's (#23: every year the file states)", () => {
    const a = assess(file(2023, "发生"));
    expect(a.summary.overall).toBe("PASS");
    expect(a.vetoes).toMatchObject({ year: 2024, decides: true, failed: [] });
    expect(a.vetoes!.conditions.map((c) => [c.year, c.condition, c.verdict, c.standing])).toEqual([
      [2023, "重特大突发环境事件", "FAIL", "shown"],
      [2023, "整改", "PASS", "shown"],
    ]);
  });
  it("plan review: shown, not deciding", () => {
    const a = assess(file(2024, "发生"), { mode: "plan" });
    expect(a.summary.overall).toBe("PASS");
    expect(a.vetoes).toMatchObject({ decides: false, failed: [] });
    expect(a.vetoes!.conditions.map((c) => c.verdict)).toEqual(["FAIL", "PASS"]);
  });
});
