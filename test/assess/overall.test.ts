/**
 * A file's overall verdict is decided in one place (assess/summarize.ts `overall`): its checks,
 * its basic conditions and the key projects' policy, each case a literal.
 */
import { describe, expect, it } from "vitest";
import type { FileAssessment, IndicatorAssessment } from "../../src/assess/result.js";
import { addToTotals, addUnreadable, emptyTotals, overall } from "../../src/assess/summarize.js";

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
