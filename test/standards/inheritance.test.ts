/** A file naming `standard: county-2024` inherits each row's name, unit, rule, kind and direction. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loaded as load } from "../load/paths.js";
import { parseDocument } from "yaml";
import { assess } from "../../src/assess/assess.js";
import type { FileAssessment } from "../../src/assess/result.js";
import { loadIndicatorFile } from "../../src/read.js";

const seed = readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8");

const verdicts = (a: FileAssessment) =>
  Object.fromEntries(
    a.indicators.map((i) => [
      i.indicator.id,
      Object.fromEntries(Object.entries(i.checks).map(([k, c]) => [k, c.verdict])),
    ]),
  );

const HEAD = `region: {name: 测试县, level: county, zone: central, urban_district: true}
standard: county-2024
plan: {base_year: 2022, near_term: 2025, long_term: 2030}
indicators:
`;
const file = (rows: string) => `${HEAD}${rows}`;
const row = (a: FileAssessment, id: string) => a.indicators.find((i) => i.indicator.id === id)!;

describe("the Lingling seed with only ids and values", () => {
  // Strip what the edition supplies from every row of the full seed.
  const doc = parseDocument(seed);
  doc.set("standard", "county-2024");
  for (const item of (doc.get("indicators") as { items: Array<{ delete(k: string): void }> }).items) {
    for (const field of ["name", "unit", "binding", "better", "measure", "standard", "note"]) item.delete(field);
  }
  const minimal = doc.toString();

  it("really leaves the rules out", () => {
    expect(minimal).not.toContain("standard: 保持稳定或持续改善");
    expect(minimal).toContain("standard: county-2024");
  });

  it("gives exactly the verdicts of the full file", () => {
    expect(verdicts(assess(load(minimal)))).toEqual(verdicts(assess(load(seed))));
  });

  it("and the same summary", () => {
    expect(assess(load(minimal)).summary).toEqual(assess(load(seed)).summary);
  });
});

describe("inheritance rules", () => {
  it("fills in name, unit, rule, kind and direction from the edition", () => {
    const i = load(file(`  - id: "4"\n    baseline: 34\n`)).indicators.find((x) => x.id === "4")!;
    expect(i).toMatchObject({ name: "PM2.5浓度", unit: "μg/m³", binding: true, better: "lower" });
    expect(i.standard?.text).toBe("完成上级规定的考核任务，且保持稳定或持续下降");
  });

  it("a binding row the file leaves out is there, MISSING", () => {
    const a = assess(load(file(`  - id: "1"\n    baseline: 25.5\n`)));
    expect(a.indicators).toHaveLength(31);
    expect(row(a, "17").checks.baseline?.verdict).toBe("MISSING");
    expect(a.summary.overall).toBe("INCOMPLETE");
  });

  it("a row the file leaves out points at the indicators key, not at another row", () => {
    const a = assess(load(file(`  - id: "1"\n    baseline: 25.5\n`)));
    expect(row(a, "1").indicator.line).toBe(5);
    expect(row(a, "17").indicator.line).toBe(4);
  });

  it("a stricter override is reported and passes", () => {
    const a = assess(load(file(`  - id: "5.2"\n    standard: "≥98"\n    baseline: 98.3\n`)));
    const r = row(a, "5.2");
    expect(r.indicator.edition?.overrides).toEqual([{ field: "standard", file: "≥98", edition: "≥95" }]);
    expect(r.checks.override?.verdict).toBe("PASS");
    expect(r.checks.baseline?.rule).toBe("≥98");
  });

  it("an override that weakens the national rule is a WARN naming both rules", () => {
    const r = row(assess(load(file(`  - id: "5.2"\n    standard: "≥90"\n    baseline: 93\n`))), "5.2");
    expect(r.checks.override?.verdict).toBe("WARN");
    expect(r.checks.override?.outcome.message).toMatchObject({
      id: "override.weaker",
      data: { mine: "≥90", national: "≥95" },
    });
  });

  it("an override of another field is reported without a check", () => {
    const r = row(assess(load(file(`  - id: "1"\n    name: 生态文明建设考核占比\n    baseline: 25.5\n`))), "1");
    expect(r.indicator.edition?.overrides).toEqual([
      { field: "name", file: "生态文明建设考核占比", edition: "生态文明建设工作占党政实绩考核的比例" },
    ]);
    expect(r.checks.override).toBeUndefined();
  });

  it("an id the edition does not have is an error at the id, with a suggestion", () => {
    const text = file(`  - id: "1"\n    baseline: 25.5\n  - id: "R7"\n    baseline: 1\n`);
    const result = loadIndicatorFile(text, "t.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: "unknown-indicator",
        line: 7,
        column: 9,
        message: expect.objectContaining({ data: expect.objectContaining({ id: "R7" }) }),
      }),
    ]);
  });

  it("不涉及 on a row that may claim it is N/A", () => {
    expect(row(assess(load(file(`  - id: "7.2"\n    baseline: 不涉及\n`))), "7.2").checks.baseline?.verdict).toBe(
      "N/A",
    );
  });

  it("不涉及 on a row that may not claim it is REVIEW, with the reason", () => {
    const c = row(assess(load(file(`  - id: "5.2"\n    baseline: 不涉及\n`))), "5.2").checks.baseline!;
    expect(c.verdict).toBe("REVIEW");
    expect(c.outcome.message.id).toBe("value.notApplicable.notAllowed");
  });

  it("a unit that contradicts the edition is an error at the unit", () => {
    const result = loadIndicatorFile(file(`  - id: "14"\n    unit: "%"\n    baseline: 0.545\n`), "t.yaml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ code: "unit-mismatch", line: 6, column: 11 })]);
  });

  it("the same unit written another way is no contradiction", () => {
    expect(() => load(file(`  - id: "4"\n    unit: μg/m3\n    baseline: 34\n`))).not.toThrow();
  });

  it("an unknown edition is an error at `standard`, naming the editions there are", () => {
    const result = loadIndicatorFile(
      `${HEAD.replace("county-2024", "county-2042")}  - id: "1"\n    name: x\n    standard: "≥1"\n`,
      "t.yaml",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      code: "unknown-edition",
      line: 2,
      message: { data: { suggestion: "county-2024" } },
    });
  });
});
