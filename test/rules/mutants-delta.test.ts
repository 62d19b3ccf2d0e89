/**
 * ΔEQI targets on a row of levels and on a row of changes (`measure: delta`), src/rules/kinds/delta.ts:
 * a bound on the change bounds the value only where the row holds changes. Cases found by mutation
 * testing (docs/mutation.md); every expectation a literal.
 */
import { describe, it } from "vitest";
import type { JudgeCase } from "./helpers.js";
import { checkJudge } from "./ruleTester.js";

const targets: JudgeCase[] = [
  {
    name: "on a row of levels, ΔEQI≥0 says nothing of the level: ≥60 is undecided",
    standard: "≥60",
    target: "ΔEQI≥0",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "on a row of changes, ΔEQI≥0 bounds the value itself: it meets ≥-1",
    standard: "≥-1",
    target: "ΔEQI≥0",
    measure: "delta",
    verdict: "PASS",
    id: "target.compare.pass",
    data: { worst: 0 },
  },
  {
    name: "on a row of levels, ΔEQI≤0 meets ΔEQI≤1",
    standard: "ΔEQI≤1",
    target: "ΔEQI≤0",
    verdict: "PASS",
    id: "target.delta.pass",
    data: { worst: 0 },
  },
  {
    name: "on a row of levels, ≤30 bounds the level, not its change: ΔEQI≤1 is undecided",
    standard: "ΔEQI≤1",
    target: "≤30",
    verdict: "REVIEW",
    id: "target.noValue",
  },
  {
    name: "on a row of changes, ≤0.5 is a bound on the change: it meets ΔEQI≤1",
    standard: "ΔEQI≤1",
    target: "≤0.5",
    measure: "delta",
    verdict: "PASS",
    id: "target.delta.pass",
    data: { worst: 0.5 },
  },
];

describe("delta: a target against ΔEQI, by the row's measure", () => {
  it.each(targets)("$verdict: $name", (c) => checkJudge(c));
});
