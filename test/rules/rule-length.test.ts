/**
 * A rule is read up to 1,000 characters (the standard's longest is under 100): a longer one is
 * refused where it passes the limit, before it is read, and its error quotes no more than 60
 * characters of it.
 */
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";
import { parseRule } from "../../src/rules/parse.js";

/** "≥20，且≥20，且…", `clauses` of them: 5 characters each but the last's 3. */
const chain = (clauses: number) => Array.from({ length: clauses }, () => "≥20").join("，且");

describe("the longest rule read", () => {
  it("1,000 characters: read", () => {
    expect(chain(200).length).toBe(998);
    const r = parseRule(chain(200));
    expect(r.ok && r.rule.kind).toBe("all");
  });

  it("1,001 characters or more: refused at the 1,001st", () => {
    for (const text of [`${chain(200)}，且≥`, chain(15_000)]) {
      const r = parseRule(text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.offset).toBe(1000);
      expect(r.error.expected).toBe("rule.expected.shorter");
    }
  });

  it("in a file: located at the limit, the rule quoted by its first 57 characters", () => {
    const text = `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: n, standard: "${chain(15_000)}"}\n`;
    const result = loadIndicatorFile(text, "long.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [e] = result.errors;
    expect({ line: e!.line, column: e!.column, code: e!.code }).toEqual({ line: 4, column: 1035, code: "rule-syntax" });
    // The rule's first 57 characters; what is past the limit starts with a clause too, and reads the same.
    const start = `${chain(11)}，且≥2`;
    expect(start.length).toBe(57);
    expect(message("en", e!.message)).toBe(
      `cannot read rule “${start}…” at “${start}…”: expected the end of the rule: a rule is at most 1000 characters`,
    );
  });
});
