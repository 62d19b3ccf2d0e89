/** A header mistake is one error with a "did you mean", not one per row; region values in Chinese are read. */
import { describe, expect, it } from "vitest";
import { loadIndicatorFile } from "../../src/read.js";
import { message } from "../../src/i18n/translate.js";

const HEADER = (region: string, standard: string, baseYear: string) =>
  `region: ${region}\nstandard: ${standard}\nplan: {base_year: ${baseYear}, near_term: 2025, long_term: 2030}\nindicators:\n  - id: "1"\n    baseline: 25.5\n  - id: "15"\n    baseline: 80\n`;

describe("header errors do not cascade", () => {
  it("a misspelt edition and a year written 2022年 are two errors, each with its suggestion; the rows are not blamed", () => {
    const r = loadIndicatorFile(
      HEADER("{name: 某县, level: 县, zone: 西部, urban_district: 否}", "county2024", '"2022年"'),
      "h.yaml",
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [2, "unknown-edition"],
      [3, "invalid-value"],
    ]);
    expect(message("en", r.errors[0]!.message)).toContain("Did you mean “county-2024”?");
    expect(message("en", r.errors[1]!.message)).toContain("did you mean 2022?");
    expect(message("zh", r.errors[1]!.message)).toContain("是否应为 2022");
    // No doubled punctuation in either language.
    for (const e of r.errors)
      for (const lang of ["zh", "en"] as const)
        expect(message(lang, e.message)).not.toMatch(/[？?][。.]|[。.]{2}|[；;][。.]/);
  });

  it("region values written in Chinese are the schema's words: 西部 → west, 县 → county, 否 → false", () => {
    const r = loadIndicatorFile(
      HEADER("{name: 某县, level: 县, zone: 西部, urban_district: 否}", "county-2024", "2022"),
      "h.yaml",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.region).toMatchObject({ level: "county", zone: "west", urban_district: false });
    // The region-dependent rule of 5.2 / R1 chooses by these words: the west, not urban, takes ≥30.
    const chosen = loadIndicatorFile(
      HEADER("{name: 某县, level: county, zone: west, urban_district: false}", "county-2024", "2022"),
      "h.yaml",
    );
    if (!chosen.ok) throw new Error("english twin");
    const rules = (f: typeof r.value) => f.indicators.map((i) => i.standard?.text);
    expect(rules(r.value)).toEqual(rules(chosen.value));
  });

  it("a by_region case written in Chinese matches the region however it is written", () => {
    const file = (zone: string) =>
      `region: {name: 某县, zone: ${zone}}\nplan: {base_year: 2022}\nindicators:\n  - id: R1\n    name: 农村生活污水治理率\n    unit: "%"\n    standard: {by_region: [{when: {zone: [东部]}, rule: "≥60"}, {when: {zone: [中部, 西部, 东北]}, rule: "≥30"}]}\n    baseline: 40\n`;
    for (const [zone, rule] of [
      ["east", "≥60"],
      ["东部", "≥60"],
      ["west", "≥30"],
      ["西部", "≥30"],
    ] as const) {
      const r = loadIndicatorFile(file(zone), "r.yaml");
      if (!r.ok) throw new Error(`${zone}: ${JSON.stringify(r.errors)}`);
      expect(r.value.indicators[0]!.standard?.text, zone).toBe(rule);
    }
  });
});
