/** failsRun (what JUnit marks) agrees with the exit status of the overall verdict, check by check. */
import { describe, expect, it } from "vitest";
import type { FileAssessment, IndicatorAssessment } from "../../src/assess/result.js";
import { overall } from "../../src/assess/summarize.js";
import { exitStatus, failsRun, fileFails, type ExitPolicy } from "../../src/assess/exitPolicy.js";
import { VERDICTS } from "../../src/model/verdict.js";

/** A file with one binding row that passes, and one row (binding or not) with the check under test. */
const file = (verdict: (typeof VERDICTS)[number], binding: boolean) =>
  [
    { indicator: { binding: true }, checks: { baseline: { verdict: "PASS" } } },
    { indicator: { binding }, checks: { baseline: { verdict } } },
  ] as unknown as IndicatorAssessment[];

const POLICIES: ExitPolicy[] = [
  {},
  { failOn: "warn" },
  { allowIncomplete: true },
  { failOn: "warn", allowIncomplete: true },
];

describe("failsRun", () => {
  it.each(POLICIES.map((p) => [JSON.stringify(p), p] as const))("is the exit status's answer under %s", (_, policy) => {
    for (const verdict of VERDICTS) {
      for (const binding of [true, false]) {
        expect(failsRun(verdict, binding, policy), `${verdict} binding=${binding}`).toBe(
          exitStatus(overall(file(verdict, binding), "plan"), policy) === 1,
        );
      }
    }
  });
});

describe("fileFails", () => {
  /** A binding row not judged (the file is INCOMPLETE) and a reference row with the verdict under test. */
  const incomplete = (reference: (typeof VERDICTS)[number]) =>
    ({
      mode: "plan",
      summary: { overall: "INCOMPLETE" },
      indicators: [
        { indicator: { binding: true }, checks: { baseline: { verdict: "MISSING" } } },
        { indicator: { binding: false }, checks: { baseline: { verdict: reference } } },
      ],
    }) as unknown as FileAssessment;

  it("an INCOMPLETE let through still fails with --fail-on warn when a check beneath it warns", () => {
    const both: ExitPolicy = { allowIncomplete: true, failOn: "warn" };
    expect(fileFails(incomplete("WARN"), both)).toBe(true);
    expect(fileFails(incomplete("MISSING"), both)).toBe(true);
    expect(fileFails(incomplete("PASS"), both)).toBe(false);
    expect(fileFails(incomplete("WARN"), { allowIncomplete: true })).toBe(false);
    expect(fileFails(incomplete("PASS"), {})).toBe(true);
  });
});
