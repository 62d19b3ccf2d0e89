/**
 * A table of valid and invalid files per lint check, as ESLint's RuleTester: a finding must carry
 * a message id its check declares, with a template in both catalogues, and its rendered sentence,
 * line and column are compared whole.
 */
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/i18n/messages.js";
import { message } from "../../src/i18n/translate.js";
import { lint } from "../../src/lint/index.js";
import { lintLocator } from "../../src/lint/locate.js";
import type { LintCheck } from "../../src/lint/types.js";
import { loadIndicatorDocument } from "../../src/read.js";

export const HEAD = `region: {name: 测试区, zone: central, urban_district: true}
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
`;

export interface InvalidCase {
  name: string;
  text: string;
  findings: Array<{ line: number; column: number; message: string }>;
}

export function lintTable(
  check: LintCheck,
  cases: { valid: Array<{ name: string; text: string }>; invalid: InvalidCase[] },
) {
  const run = (text: string) => {
    const loaded = loadIndicatorDocument(text, "t.yaml");
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    return lint(loaded.value.model, lintLocator(loaded.value.doc), [check]);
  };
  describe(check.id, () => {
    it("describes itself in both languages", () => {
      for (const id of [check.description, ...check.messages]) {
        expect(MESSAGES.en[id], id).toBeTypeOf("string");
        expect(MESSAGES.zh[id], id).toBeTypeOf("string");
      }
    });
    it.each(cases.valid)("valid: $name", ({ text }) => expect(run(text)).toEqual([]));
    it.each(cases.invalid)("invalid: $name", ({ text, findings }) => {
      const found = run(text);
      for (const f of found) {
        expect(check.messages).toContain(f.message.id);
        expect(f.check).toBe(check.id);
        expect(f.severity).toBe(check.severity);
        // Rendered in Chinese too: no placeholder left unfilled.
        expect(message("zh", f.message)).not.toMatch(/\{\w+\}/);
      }
      expect(found.map((f) => ({ line: f.line, column: f.column, message: message("en", f.message) }))).toEqual(
        findings,
      );
    });
  });
}
