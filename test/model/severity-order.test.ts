/**
 * How verdicts combine (且 takes the worst part, 或 the best; N/A is set aside by both), pinned by
 * the order written out here, from worst to best, and checked on every pair.
 */
import { describe, expect, it } from "vitest";
import { best, forReference, worst, type Verdict } from "../../src/model/verdict.js";

const WORST_TO_BEST: readonly Verdict[] = ["FAIL", "MISSING", "REVIEW", "WARN", "PASS"];

const pairs = WORST_TO_BEST.flatMap((a, i) => WORST_TO_BEST.slice(i + 1).map((b) => [a, b] as const));

describe("the severity order of verdicts", () => {
  it.each(pairs)("%s is worse than %s, in either order", (worse, better) => {
    expect(worst([worse, better])).toBe(worse);
    expect(worst([better, worse])).toBe(worse);
    expect(best([worse, better])).toBe(better);
    expect(best([better, worse])).toBe(better);
  });

  it("the adjacent pairs, written out", () => {
    expect(worst(["MISSING", "REVIEW"])).toBe("MISSING");
    expect(worst(["REVIEW", "MISSING"])).toBe("MISSING");
    expect(best(["MISSING", "REVIEW"])).toBe("REVIEW");
    expect(worst(["REVIEW", "WARN"])).toBe("REVIEW");
    expect(worst(["FAIL", "MISSING"])).toBe("FAIL");
    expect(best(["WARN", "PASS"])).toBe("PASS");
  });

  it("N/A is set aside, and only N/A (or nothing) combines to N/A", () => {
    for (const v of WORST_TO_BEST) {
      expect(worst([v, "N/A"])).toBe(v);
      expect(best(["N/A", v])).toBe(v);
    }
    expect(worst(["N/A", "N/A"])).toBe("N/A");
    expect(best([])).toBe("N/A");
    expect(worst([])).toBe("N/A");
  });

  it("of many, the worst and the best", () => {
    expect(worst(["PASS", "WARN", "REVIEW", "MISSING", "PASS"])).toBe("MISSING");
    expect(best(["FAIL", "MISSING", "REVIEW", "FAIL"])).toBe("REVIEW");
  });

  it("a reference row's failure is a warning; nothing else of a reference row, and nothing of a binding row, changes", () => {
    expect(forReference("FAIL", false)).toBe("WARN");
    expect(forReference("FAIL", true)).toBe("FAIL");
    for (const v of ["PASS", "WARN", "N/A", "MISSING", "REVIEW"] as const) {
      expect(forReference(v, false)).toBe(v);
      expect(forReference(v, true)).toBe(v);
    }
  });
});
