/** failsRun (what JUnit marks) agrees with the exit status of the overall verdict, check by check. */
import { describe, expect, it } from "vitest";
import type { IndicatorAssessment } from "../../src/assess/result.js";
import { overall } from "../../src/assess/summarize.js";
import { exitStatus, failsRun, type ExitPolicy } from "../../src/assess/exitPolicy.js";
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
