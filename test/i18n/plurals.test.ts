/** Counts in English sentences take the noun's form for the number ("1 file", "2 files"); Chinese has one form. */
import { describe, expect, it } from "vitest";
import { t } from "../../src/i18n/translate.js";
import { ref } from "../../src/i18n/message.js";
import { FORMAT_NAMES } from "../../src/report/index.js";

describe("counted nouns", () => {
  it("says 1 file and 2 files in the run's summary", () => {
    expect(t("en", "report.runSummary", { files: 1, counts: "1 PASS", overall: ref("overall.PASS") })).toBe(
      "1 file: 1 PASS — overall PASS",
    );
    expect(t("en", "report.runSummary", { files: 2, counts: "2 PASS", overall: ref("overall.PASS") })).toBe(
      "2 files: 2 PASS — overall PASS",
    );
    expect(t("en", "report.runSummary", { files: 0, counts: "", overall: ref("overall.PASS") })).toBe(
      "0 files:  — overall PASS",
    );
  });

  it("says each count of lint's summary in its own form", () => {
    expect(t("en", "lint.summary", { files: 1, errors: 1, warnings: 2 })).toBe("1 file: 1 error, 2 warnings");
    expect(t("en", "lint.summary", { files: 3, errors: 0, warnings: 1 })).toBe("3 files: 0 errors, 1 warning");
  });

  it("leaves Chinese as it is", () => {
    expect(t("zh", "report.runSummary", { files: 1, counts: "1 达标", overall: ref("overall.PASS") })).toBe(
      "共 1 个文件：1 达标 — 总体 达标",
    );
  });

  it("keeps the key projects' sums in their form", () => {
    expect(t("en", "project.total.none", { count: 1, sum: 7700 })).toBe(
      "the sum of the 1 project: 7700 万元 (no total stated)",
    );
  });
});

describe("the -f and -o counts, and the formats a config may name", () => {
  it("says how many of each without a plural that does not fit one", () => {
    expect(t("en", "error.formatsOutputs", { formats: 1, outputs: 2 })).toBe(
      "more outputs than formats (-o: 2, -f: 1): each -o belongs to the -f just before it",
    );
  });

  it("names every format in both languages", () => {
    for (const lang of ["en", "zh"] as const) {
      const sentence = t(lang, "expected.format");
      expect(FORMAT_NAMES.filter((f) => !new RegExp(`\\b${f}\\b`).test(sentence))).toEqual([]);
    }
  });
});
