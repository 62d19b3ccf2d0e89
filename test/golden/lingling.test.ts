/**
 * The Lingling plan's own conclusions, as golden cases: where 表1 states a result, the checker
 * must reach it from the transcribed numbers.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import type { CheckName, FileAssessment } from "../../src/assess/result.js";
import { loadIndicatorFile } from "../../src/read.js";
import type { IndicatorFile } from "../../src/model/types.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url);
const text = readFileSync(SEED, "utf8");

function load(source = text): IndicatorFile {
  const result = loadIndicatorFile(source, "lingling.yaml");
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.value;
}

const assessment = assess(load());
const check = (a: FileAssessment, id: string, name: CheckName) => {
  const found = a.indicators.find((i) => i.indicator.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found.checks[name];
};

describe("the Lingling seed", () => {
  it("holds all 31 rows of 表1 in table order", () => {
    expect(assessment.indicators.map((a) => a.indicator.id)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5.1",
      "5.2",
      "5.3",
      "5.4",
      "6.1",
      "6.2",
      "6.3",
      "7.1",
      "7.2",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "R1",
      "R2",
      "R3",
      "R4",
      "R5",
      "R6",
    ]);
    expect(assessment.summary.binding.total).toBe(25);
    expect(assessment.summary.reference.total).toBe(6);
  });

  it("records where each row starts", () => {
    const lines = text.split("\n");
    for (const a of assessment.indicators) {
      const id = a.indicator.id;
      expect(lines[a.indicator.line - 1]).toMatch(new RegExp(`- id: "?${id.replace(".", "\\.")}"?$`));
    }
  });
});

describe("baseline verdicts agree with the plan", () => {
  it("1: 25.5 ≥ 20 passes", () => {
    const c = check(assessment, "1", "baseline")!;
    expect(c.verdict).toBe("PASS");
    expect(c.outcome.message.data).toMatchObject({ value: 25.5, rule: "≥20", year: 2022 });
  });

  it("13: 72 % against the superior's 36 % passes", () => {
    const c = check(assessment, "13", "baseline")!;
    expect(c.verdict).toBe("PASS");
    expect(c.outcome.message.data).toMatchObject({ setIn: 2022, rule: "≥36" });
    expect(c.outcome.parts?.[0]?.message.data).toMatchObject({ value: 72 });
  });

  it("14: 0.545 against the provincial 0.54 (set for 2020, still in force) passes", () => {
    const c = check(assessment, "14", "baseline")!;
    expect(c.verdict).toBe("PASS");
    expect(c.outcome.message.data).toMatchObject({ setIn: 2020, year: 2022 });
    expect(c.outcome.parts?.[0]?.message.data).toMatchObject({ value: 0.545, rule: "≥0.54" });
  });

  it("16: only a sentence about 2 → 24 reporting firms, so a person must review it", () => {
    const c = check(assessment, "16", "baseline")!;
    expect(c.verdict).toBe("REVIEW");
    expect(c.outcome.message.id).toBe("value.text");
  });

  it("7.2: not applicable to Lingling", () => {
    expect(check(assessment, "7.2", "baseline")!.verdict).toBe("N/A");
    expect(check(assessment, "7.2", "near_term")).toBeUndefined();
  });

  it("7.1: forest cover 50.43 (2021) → 50.58 (2022) is stable, as the plan says", () => {
    const c = check(assessment, "7.1", "baseline")!;
    expect(c.verdict).toBe("PASS");
    expect(c.outcome.message.data).toMatchObject({
      refYear: 2021,
      refValue: 50.43,
      year: 2022,
      value: 50.58,
      tolerance: "0",
    });
  });

  it("R3: 0.03 → 0.10 did not keep declining, as the plan itself says (reference: WARN)", () => {
    const c = check(assessment, "R3", "baseline")!;
    expect(c.verdict).toBe("WARN");
    expect(c.outcome.message.data).toMatchObject({ fromYear: 2021, from: 0.03, toYear: 2022, to: 0.1 });
  });

  it("R1: 33.3 against ≥60 for a central-zone urban district (reference: WARN)", () => {
    const c = check(assessment, "R1", "baseline")!;
    expect(c.verdict).toBe("WARN");
    expect(c.rule).toBe("≥60");
  });

  it("4: no PM2.5 history, so the stability clause cannot be judged and 4 is not a pass", () => {
    const c = check(assessment, "4", "baseline")!;
    expect(c.verdict).toBe("MISSING");
    const [superior, trend] = c.outcome.parts!;
    expect(superior!.verdict).toBe("PASS");
    expect(trend!.message.id).toBe("rule.trend.tooFew");
  });

  it("5.3 and 5.4: none present fully meets the 100 % standard", () => {
    for (const id of ["5.3", "5.4"]) expect(check(assessment, id, "baseline")!.verdict).toBe("PASS");
  });

  it("6.1: ΔEQI −0.72 > −1 passes as a change, not a level", () => {
    const c = check(assessment, "6.1", "baseline")!;
    expect(c.verdict).toBe("PASS");
    expect(c.outcome.message.data).toMatchObject({ change: -0.72 });
  });
});

describe("target adequacy agrees with the plan", () => {
  it("R1 near-term: 40 < 60 cannot meet the standard (reference: WARN)", () => {
    const c = check(assessment, "R1", "near_term")!;
    expect(c.verdict).toBe("WARN");
    expect(c.outcome.message.data).toMatchObject({ worst: 40, rule: "≥60" });
  });

  it("R1 long-term: 60 meets ≥60", () => {
    expect(check(assessment, "R1", "long_term")!.verdict).toBe("PASS");
  });

  it("15 near-term: 88 ≥ 85 passes", () => {
    const c = check(assessment, "15", "near_term")!;
    expect(c.verdict).toBe("PASS");
    expect(c.outcome.message.data).toMatchObject({ worst: 88, rule: "≥85" });
  });

  it("4 near-term: the superior's 32 μg/m³ for 2025 is below 2022's 34, so it keeps PM2.5 stable or declining", () => {
    const c = check(assessment, "4", "near_term")!;
    expect(c.verdict).toBe("PASS");
    expect(c.outcome.parts?.[1]?.message.data).toMatchObject({ worst: 32, base: 34, baseYear: 2022 });
  });
});

describe("the whole file", () => {
  it("is INCOMPLETE: binding checks are missing or need review, none fails", () => {
    expect(assessment.summary.overall).toBe("INCOMPLETE");
    const binding = assessment.indicators.filter((a) => a.indicator.binding).flatMap((a) => Object.values(a.checks));
    expect(binding.some((c) => c.verdict === "FAIL")).toBe(false);
  });

  it("counts each indicator under the worst of its checks", () => {
    const { binding, reference } = assessment.summary;
    expect(binding).toMatchObject({ PASS: 20, MISSING: 2, REVIEW: 2, "N/A": 1, FAIL: 0, WARN: 0 });
    expect(reference).toMatchObject({ PASS: 2, WARN: 2, MISSING: 2, FAIL: 0, REVIEW: 0 });
  });

  it("baseline checks alone give the plan's picture of 2022", () => {
    const a = assess(load(), { checks: ["baseline"] });
    expect(a.summary.binding).toMatchObject({ PASS: 20, MISSING: 2, REVIEW: 2, "N/A": 1 });
  });
});

describe("by_region chooses R1's threshold from the region", () => {
  const withRegion = (zone: string, urban: boolean | undefined) =>
    text
      .replace("zone: central", `zone: ${zone}`)
      .replace(/^ {2}urban_district: true.*\n/m, urban === undefined ? "" : `  urban_district: ${urban}\n`);

  it("a western county that is not an urban district needs ≥30, which 33.3 meets", () => {
    const c = check(assess(load(withRegion("west", false))), "R1", "baseline")!;
    expect(c.rule).toBe("≥30");
    expect(c.verdict).toBe("PASS");
  });

  it("an eastern region needs ≥60 whatever else it is", () => {
    expect(check(assess(load(withRegion("east", false))), "R1", "baseline")!.rule).toBe("≥60");
  });

  it("a central region that does not say whether it is an urban district gets an error naming the attribute", () => {
    const source = withRegion("central", undefined);
    const result = loadIndicatorFile(source, "x.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      code: "region-attribute-missing",
      message: { data: { attribute: "urban_district" } },
    });
    expect(result.errors[0]!.line).toBe(
      source.split("\n").findIndex((l) => l.includes("when: {zone: [central, west], urban_district: true}")) + 1,
    );
  });
});
