/**
 * A range (60-80之间) as a standard and as a target, src/rules/kinds/range.ts. Cases found by
 * mutation testing (docs/mutation.md); every expectation a literal.
 */
import { describe, it } from "vitest";
import type { JudgeCase } from "./helpers.js";
import { checkJudge, type Rendered } from "./ruleTester.js";

const targets: Array<JudgeCase & Rendered> = [
  {
    name: "a range target's bounds include their ends: at worst 60, not just above it",
    standard: "≥50",
    target: "60-80之间",
    verdict: "PASS",
    id: "target.compare.pass",
    en: "meeting the target means at worst 60, which meets ≥50",
  },
  {
    name: "a range target's upper end is included too: at worst 80",
    standard: "≤90",
    target: "60-80之间",
    verdict: "PASS",
    id: "target.compare.pass",
    en: "meeting the target means at worst 80, which meets ≤90",
  },
  {
    name: "≤70 bounds one side only of 60-80之间",
    standard: "60-80之间",
    target: "≤70",
    verdict: "FAIL",
    id: "target.wrongSide",
    data: { target: "≤70" },
  },
  {
    name: "保持稳定 bounds neither side of 60-80之间: undecided",
    standard: "60-80之间",
    target: "保持稳定",
    verdict: "REVIEW",
    id: "target.noValue",
  },
];

describe("range: a target against a range, and a range as a target", () => {
  it.each(targets)("$verdict: $name", (c) => checkJudge(c));
});
