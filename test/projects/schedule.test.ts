/** The investment pace compared in exact arithmetic (#23): exactly the margin behind is not lagging. */
import { describe, expect, it } from "vitest";
import { scheduleCheck } from "../../src/projects/schedule.js";
import type { Project } from "../../src/projects/types.js";
import { message } from "../../src/i18n/translate.js";

const project = (investment: number, invested: number, period: [number, number]): Project => ({
  id: "1",
  name: "测试工程",
  investment,
  period: { start: period[0], end: period[1], text: `${period[0]}-${period[1]}` },
  lead: [],
  indicators: [],
  progress: [{ year: 2026, invested, status: "in_progress", line: 1 }],
  line: 1,
  investmentLine: 1,
});
const lagging = (p: Project, year: number, margin: number) =>
  scheduleCheck(p, 0, year, margin).findings.some((f) => f.code === "lagging");

describe("investment pace", () => {
  it.each([
    {
      name: "4/5 of the period, 60 % invested: exactly 20 points behind, margin 20",
      p: project(1000, 600, [2023, 2027]),
      year: 2026,
      margin: 20,
      lagging: false,
    },
    {
      name: "one 万元 more behind is lagging",
      p: project(1000, 599, [2023, 2027]),
      year: 2026,
      margin: 20,
      lagging: true,
    },
    {
      name: "decimal amounts: 0.3 of 1.0 after 1/2 of the period, margin 20: exactly 20 behind",
      p: project(1.0, 0.3, [2025, 2026]),
      year: 2025,
      margin: 20,
      lagging: false,
    },
    {
      name: "a decimal margin: 19.9 behind with margin 19.9",
      p: project(1000, 601, [2023, 2027]),
      year: 2026,
      margin: 19.9,
      lagging: false,
    },
    {
      name: "a decimal margin: 20 behind with margin 19.9",
      p: project(1000, 600, [2023, 2027]),
      year: 2026,
      margin: 19.9,
      lagging: true,
    },
    {
      name: "a third of the period, nothing behind",
      p: project(3000, 1000, [2024, 2026]),
      year: 2024,
      margin: 0,
      lagging: false,
    },
  ])("$name", ({ p, year, margin, lagging: expected }) => expect(lagging(p, year, margin)).toBe(expected));
});

describe("more invested than planned", () => {
  // A tester recorded 20000 万元 for a project of 7700: the JSON said 260 % and nothing was flagged.
  const finding = (investment: number, invested: number) =>
    scheduleCheck(project(investment, invested, [2023, 2027]), 0, 2026, 20).findings.find(
      (f) => f.code === "overspent",
    );

  it("is a finding with both amounts and the share, in both languages", () => {
    const f = finding(7700, 20000)!;
    expect(f.message).toEqual({
      id: "project.finding.overspent",
      data: { id: "1", name: "测试工程", year: 2026, invested: 20000, investment: 7700, share: 259.7, lead: "—" },
    });
    expect(message("en", f.message)).toBe(
      "project 1 测试工程: 20000 万元 invested by 2026, more than its planned 7700 万元 (259.7%): check the figure or the plan (lead: —)",
    );
    expect(message("zh", f.message)).toBe(
      "工程 1 测试工程：截至 2026 年累计完成投资 20000 万元，超过项目总投资 7700 万元（259.7%）：请核对填报数或规划（牵头单位：—）",
    );
  });

  it("on a project planned at 0 万元, says so without a share (no Infinity%)", () => {
    const f = finding(0, 5)!;
    expect(message("en", f.message)).toBe(
      "project 1 测试工程: 5 万元 invested by 2026, where no investment is planned (0 万元): check the figure or the plan (lead: —)",
    );
    expect(message("zh", f.message)).toBe(
      "工程 1 测试工程：截至 2026 年累计完成投资 5 万元，而项目总投资为 0 万元：请核对填报数或规划（牵头单位：—）",
    );
  });

  it("all of the investment, or less, is not", () => {
    expect(finding(7700, 7700)).toBeUndefined();
    expect(finding(0.3, 0.29)).toBeUndefined();
    expect(finding(7700, 7700.01)).toBeDefined();
  });
});
