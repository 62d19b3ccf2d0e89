/** The investment pace compared in exact arithmetic (#23): exactly the margin behind is not lagging. */
import { describe, expect, it } from "vitest";
import { scheduleCheck } from "../../src/projects/schedule.js";
import type { Project } from "../../src/projects/types.js";

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
