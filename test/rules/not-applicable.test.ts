/**
 * 不涉及 only where the row's rule allows it (#23): an edition's row as the edition says, a row with
 * its own rule where it says so (`may_be_not_applicable: true`, or 不涉及 in its standard); elsewhere
 * REVIEW with the reason. The seed writes its own rules, and used to accept 不涉及 for any row.
 */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { reason } from "../../src/i18n/translate.js";
import { loaded, loadErrors } from "../load/paths.js";

const own = (fields: string) =>
  `region: {name: 测试区}\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n  - id: "15"\n    name: 农膜回收率\n    unit: "%"\n    binding: true\n${fields}`;
const edition = (fields: string) =>
  `region: {name: 测试区, level: county, zone: central, urban_district: true}\nstandard: county-2024\nplan: {base_year: 2022, near_term: 2025, long_term: 2030}\nindicators:\n${fields}`;
const check = (text: string, id: string, which: "baseline" | "progress" = "baseline") => {
  const f = loaded(text);
  const c = assess(f, which === "baseline" ? { mode: "plan" } : { mode: "year", year: 2024 }).indicators.find(
    (i) => i.indicator.id === id,
  )!.checks[which]!;
  return { verdict: c.verdict, id: c.outcome.message.id, en: reason("en", c.outcome), zh: reason("zh", c.outcome) };
};

describe("不涉及 as a plan target", () => {
  const target = (text: string, which: "near_term" | "long_term") => {
    const row = assess(loaded(text), { mode: "plan" }).indicators.find((i) => i.indicator.id === "15")!;
    const c = row.checks[which]!;
    return { verdict: c.verdict, id: c.outcome.message.id, en: reason("en", c.outcome), zh: reason("zh", c.outcome) };
  };
  it("on a row that does not say it may be N/A: REVIEW, as the same word as a value is", () => {
    expect(target(own(`    standard: "≥85"\n    baseline: 86.8\n    near_term: 不涉及\n`), "near_term")).toEqual({
      verdict: "REVIEW",
      id: "target.notApplicable.notDeclared",
      en: "the 2025 target “不涉及” — this row does not say it may be declared not applicable (may_be_not_applicable: true, or 不涉及 in its rule); a person must review it",
      zh: "2025年目标“不涉及”——本行未声明可不涉及（may_be_not_applicable: true，或在规则中写 不涉及），须人工审核",
    });
  });
  it("on the edition's row 15, which may not be N/A: REVIEW", () => {
    expect(target(edition(`  - id: "15"\n    baseline: 86\n    long_term: 不涉及\n`), "long_term")).toMatchObject({
      verdict: "REVIEW",
      id: "target.notApplicable.notAllowed",
    });
  });
  it("on a row that says it may be: N/A", () => {
    expect(
      target(own(`    standard: "≥85或不涉及"\n    baseline: 86.8\n    near_term: 不涉及\n`), "near_term"),
    ).toMatchObject({ verdict: "N/A" });
  });
});

describe("不涉及 declared in a row", () => {
  it("a row's own rule that does not say it may be N/A: REVIEW, and the reason says how to allow it", () => {
    expect(check(own(`    standard: "≥85"\n    baseline: 不涉及\n`), "15")).toEqual({
      verdict: "REVIEW",
      id: "value.notApplicable.notDeclared",
      en: "2022: “不涉及” — this row does not say it may be declared not applicable (may_be_not_applicable: true, or 不涉及 in its rule); a person must review it",
      zh: "2022年：“不涉及”——本行未声明可不涉及（may_be_not_applicable: true，或在规则中写 不涉及），须人工审核",
    });
  });
  it("may_be_not_applicable: true lets it be N/A", () => {
    expect(
      check(own(`    standard: "≥85"\n    may_be_not_applicable: true\n    baseline: 不涉及\n`), "15"),
    ).toMatchObject({ verdict: "N/A", id: "value.notApplicable" });
  });
  it("so does a standard that admits 不涉及", () => {
    expect(check(own(`    standard: "≥85或不涉及"\n    baseline: 不涉及\n`), "15")).toMatchObject({ verdict: "N/A" });
  });
  it("may_be_not_applicable: false says no", () => {
    expect(
      check(own(`    standard: "≥85"\n    may_be_not_applicable: false\n    baseline: 不涉及\n`), "15"),
    ).toMatchObject({ verdict: "REVIEW" });
  });
  it("a year with no value is MISSING, not N/A, when the baseline's 不涉及 is not allowed", () => {
    expect(
      check(
        `${own(`    standard: "≥85"\n    baseline: 不涉及\n`)}  - {id: "1", name: x, standard: "≥1", actuals: {2024: 2}}\n`,
        "15",
        "progress",
      ),
    ).toMatchObject({ verdict: "MISSING" });
  });
  it("the built-in edition: 15 may not be N/A, 7.2 may", () => {
    expect(check(edition(`  - id: "15"\n    baseline: 不涉及\n`), "15")).toMatchObject({
      verdict: "REVIEW",
      id: "value.notApplicable.notAllowed",
    });
    expect(check(edition(`  - id: "7.2"\n    baseline: 不涉及\n`), "7.2")).toMatchObject({ verdict: "N/A" });
  });
  it("an edition's row may not say otherwise than the edition, located", () => {
    const errors = loadErrors(edition(`  - id: "15"\n    may_be_not_applicable: true\n    baseline: 不涉及\n`));
    expect(errors.map((e) => ({ code: e.code, line: e.line, column: e.column }))).toEqual([
      { code: "not-applicable-by-edition", line: 6, column: 28 },
    ]);
  });
});
