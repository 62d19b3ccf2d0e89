/**
 * The exit policy (assess/exitPolicy.ts) as SPEC states it, each case a literal: a file's overall
 * and the options give 0 or 1; a file fails the run by its overall or by any deciding check.
 */
import { describe, expect, it } from "vitest";
import { exitStatus, fileFails } from "../../src/assess/exitPolicy.js";
import type { FileAssessment } from "../../src/assess/result.js";

describe("exitStatus", () => {
  it.each([
    ["PASS", {}, 0],
    ["WARN", {}, 0],
    ["WARN", { failOn: "warn" }, 1],
    ["WARN", { failOn: "projects" }, 0],
    ["INCOMPLETE", {}, 1],
    ["INCOMPLETE", { allowIncomplete: true }, 0],
    ["FAIL", {}, 1],
    ["FAIL", { allowIncomplete: true, failOn: "warn" }, 1],
    ["FAIL", { exitZero: true }, 0],
    ["INCOMPLETE", { exitZero: true }, 0],
  ] as const)("%s with %j: %i", (overall, policy, status) => {
    expect(exitStatus(overall, policy)).toBe(status);
  });
});

describe("fileFails", () => {
  const file = (overall: string, ...checks: Array<[binding: boolean, verdict: string]>) =>
    ({
      mode: "year",
      summary: { overall },
      indicators: checks.map(([binding, verdict]) => ({ indicator: { binding }, checks: { progress: { verdict } } })),
    }) as unknown as FileAssessment;

  it("fails a file whose overall fails, though every check passes (a basic condition not met)", () => {
    expect(fileFails(file("FAIL", [true, "PASS"]), {})).toBe(true);
  });

  it("fails a file by a check the policy fails, whatever --exit-zero says of the status", () => {
    expect(fileFails(file("WARN", [true, "PASS"], [false, "REVIEW"]), { failOn: "warn" })).toBe(true);
    expect(fileFails(file("FAIL", [true, "FAIL"]), { exitZero: true })).toBe(true);
  });

  it("passes a file with nothing the policy fails", () => {
    expect(fileFails(file("PASS", [true, "PASS"], [false, "N/A"]), {})).toBe(false);
    expect(fileFails(file("WARN", [true, "PASS"], [false, "WARN"]), {})).toBe(false);
    expect(fileFails(file("INCOMPLETE", [true, "MISSING"]), { allowIncomplete: true })).toBe(false);
  });
});
