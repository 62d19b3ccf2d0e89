/**
 * A file's overall verdict is decided in one place (assess/summarize.ts `overall`): its checks,
 * its basic conditions and the key projects' policy, each case a literal.
 */
import { describe, expect, it } from "vitest";
import type { FileAssessment, IndicatorAssessment } from "../../src/assess/result.js";
import {
  addToTotals,
  addUnreadable,
  emptyTotals,
  gapsOf,
  indicatorVerdict,
  overall,
  projectsOf,
  summarize,
} from "../../src/assess/summarize.js";

const rows = (...r: Array<[binding: boolean, verdict: string]>) =>
  r.map(([binding, verdict]) => ({
    indicator: { binding },
    checks: { progress: { verdict } },
  })) as unknown as IndicatorAssessment[];

const failed = [{ condition: "重特大突发环境事件" }] as never;

describe("overall", () => {
  it.each([
    ["all pass", rows([true, "PASS"]), {}, "PASS"],
    ["a binding FAIL", rows([true, "FAIL"], [true, "PASS"]), {}, "FAIL"],
    ["a binding MISSING", rows([true, "MISSING"]), {}, "INCOMPLETE"],
    ["a reference FAIL", rows([true, "PASS"], [false, "FAIL"]), {}, "WARN"],
    ["no binding check", rows([false, "PASS"]), {}, "INCOMPLETE"],
    ["a basic condition not met", rows([true, "PASS"]), { vetoes: { failed } }, "FAIL"],
    ["basic conditions met", rows([true, "PASS"]), { vetoes: { failed: [] } }, "PASS"],
    ["a condition not met beats INCOMPLETE", rows([true, "MISSING"]), { vetoes: { failed } }, "FAIL"],
    ["a project warning, deciding", rows([true, "PASS"]), { projects: { decides: true, verdict: "WARN" } }, "FAIL"],
    ["a project warning, shown", rows([true, "PASS"]), { projects: { decides: false, verdict: "WARN" } }, "PASS"],
    ["projects pass, deciding", rows([true, "WARN"]), { projects: { decides: true, verdict: "PASS" } }, "WARN"],
    ["a binding REVIEW", rows([true, "PASS"], [true, "REVIEW"]), {}, "INCOMPLETE"],
    ["a binding WARN", rows([true, "PASS"], [true, "WARN"]), {}, "WARN"],
    ["a binding N/A beside a pass", rows([true, "PASS"], [true, "N/A"]), {}, "PASS"],
    ["a reference pass", rows([true, "PASS"], [false, "PASS"]), {}, "PASS"],
    ["a reference N/A", rows([true, "PASS"], [false, "N/A"]), {}, "PASS"],
    ["a reference MISSING: a warning, never incomplete", rows([true, "PASS"], [false, "MISSING"]), {}, "WARN"],
    ["a reference REVIEW", rows([true, "PASS"], [false, "REVIEW"]), {}, "WARN"],
  ] as const)("%s", (_, indicators, beyond, expected) => {
    expect(overall(indicators, "year", beyond)).toBe(expected);
  });

  it("is not changed after it is decided", () => {
    // Type-checked only (npm run typecheck): the summary's overall is readonly.
    const change = (f: FileAssessment) => {
      // @ts-expect-error -- decided once by overall(), never assigned after
      f.summary.overall = "FAIL";
    };
    expect(typeof change).toBe("function");
  });
});

describe("a run's overall", () => {
  const unreadable = [{ file: "x.yaml", line: 1, column: 1, code: "yaml-syntax", message: { id: "error.yaml" } }];
  it.each([
    ["only unreadable files: nothing was judged, so not a pass", [], 1, "INCOMPLETE"],
    ["a passing file and an unreadable one", ["PASS"], 1, "INCOMPLETE"],
    ["a WARN file and an unreadable one", ["WARN"], 1, "INCOMPLETE"],
    ["a failing file stays FAIL", ["PASS", "FAIL"], 1, "FAIL"],
    ["every file read and passing", ["PASS", "PASS"], 0, "PASS"],
  ] as const)("%s", (_, files, bad, expected) => {
    const totals = emptyTotals();
    for (let i = 0; i < bad; i++) addUnreadable(totals, unreadable);
    for (const o of files) addToTotals(totals, o);
    expect(totals.overall).toBe(expected);
  });
});

describe("a file's counts", () => {
  it("counts each indicator once under its verdict, binding and reference apart", () => {
    const indicators = [
      { indicator: { binding: true }, verdict: "PASS", checks: {} },
      { indicator: { binding: true }, verdict: "FAIL", checks: {} },
      { indicator: { binding: true }, verdict: "PASS", checks: {} },
      { indicator: { binding: false }, verdict: "REVIEW", checks: {} },
    ] as unknown as IndicatorAssessment[];
    const { binding, reference } = summarize(indicators, "plan");
    expect(binding).toEqual({ total: 3, PASS: 2, FAIL: 1, WARN: 0, "N/A": 0, MISSING: 0, REVIEW: 0 });
    expect(reference).toEqual({ total: 1, PASS: 0, FAIL: 0, WARN: 0, "N/A": 0, MISSING: 0, REVIEW: 1 });
  });

  it("counts an indicator under the worst of its deciding checks", () => {
    const checks = (...v: string[]) => v.map((verdict) => ({ verdict })) as never;
    expect(indicatorVerdict(checks("PASS", "WARN", "N/A"))).toBe("WARN");
    expect(indicatorVerdict(checks("REVIEW", "MISSING", "PASS"))).toBe("MISSING");
    expect(indicatorVerdict(checks("PASS", "PASS"))).toBe("PASS");
  });
});

describe("a run's totals", () => {
  const error = (line: number) => ({
    file: "x.yaml",
    line,
    column: 1,
    code: "yaml-syntax",
    message: { id: "error.yaml" },
  });

  it("start empty and passing", () => {
    expect(emptyTotals()).toEqual({
      fileCount: 0,
      overall: "PASS",
      byOverall: { PASS: 0, WARN: 0, INCOMPLETE: 0, FAIL: 0 },
    });
  });

  it("count the files that could not be read and keep every error of each, in order", () => {
    const totals = emptyTotals();
    addUnreadable(totals, [error(1), error(2)]);
    addUnreadable(totals, [error(3)]);
    expect(totals.unreadable).toBe(2);
    expect(totals.inputErrors?.map((e) => e.line)).toEqual([1, 2, 3]);
  });

  it("keep each file's gaps and projects, and nothing for a file without them", () => {
    const totals = emptyTotals();
    const gaps = { file: "a.yaml", region: "甲", year: 2024, ids: ["3"] };
    const projects = { file: "a.yaml", region: "甲", count: 2, investment: 10, invested: 4, completed: 1, warnings: 1 };
    addToTotals(totals, "PASS");
    expect(totals.gaps).toBeUndefined();
    expect(totals.projects).toBeUndefined();
    addToTotals(totals, "INCOMPLETE", gaps, projects);
    expect(totals.gaps).toEqual([gaps]);
    expect(totals.projects).toMatchObject({
      files: 1,
      count: 2,
      investment: 10,
      invested: 4,
      completed: 1,
      warnings: 1,
    });
    expect(totals).toMatchObject({ fileCount: 2, overall: "INCOMPLETE", byOverall: { PASS: 1, INCOMPLETE: 1 } });
  });

  it("take a file's gaps only where a year assessment found some, and its projects only where it lists them", () => {
    const file = (completeness?: unknown) =>
      ({
        file: { file: "a.yaml", region: { name: "甲" } },
        ...(completeness ? { completeness } : {}),
      }) as unknown as FileAssessment;
    expect(gapsOf(file())).toBeUndefined();
    expect(gapsOf(file({ year: 2024, missing: [] }))).toBeUndefined();
    expect(
      gapsOf(
        file({
          year: 2024,
          missing: [
            { id: "3", name: "x", line: 9 },
            { id: "R1", name: "y", line: 20 },
          ],
        }),
      ),
    ).toEqual({
      file: "a.yaml",
      region: "甲",
      year: 2024,
      ids: ["3", "R1"],
    });
    expect(projectsOf(file())).toBeUndefined();
    const projects = {
      summary: { total: { count: 3, investment: 120, invested: 50, completed: 1 } },
      items: [{ verdict: "WARN" }, { verdict: "PASS" }, { verdict: "WARN" }],
    };
    expect(projectsOf({ ...file(), projects } as unknown as FileAssessment)).toEqual({
      file: "a.yaml",
      region: "甲",
      count: 3,
      investment: 120,
      invested: 50,
      completed: 1,
      warnings: 2,
    });
  });
});
