/** A value observed for the base year is the base-year value, for every check that reads one. */
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { loadIndicatorFile } from "../../src/read.js";

const file = (row: string) => {
  const r = loadIndicatorFile(
    `region: {name: 某县, zone: west}\nplan: {base_year: 2022, near_term: 2025}\nindicators:\n${row}`,
    "t.yaml",
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return assess(r.value).indicators[0]!;
};

describe("the base-year value recorded under actuals", () => {
  const asActual = file(
    `  - {id: '1', name: 森林覆盖率, unit: '%', better: higher, standard: 保持稳定或持续改善, near_term: '≥50', actuals: {2021: 48, 2022: 49}}\n`,
  );
  const asBaseline = file(
    `  - {id: '1', name: 森林覆盖率, unit: '%', better: higher, standard: 保持稳定或持续改善, near_term: '≥50', baseline: {2021: 48, 2022: 49}}\n`,
  );

  it("is judged by the baseline check as a baseline would be", () => {
    expect(asActual.checks.baseline?.verdict).toBe(asBaseline.checks.baseline?.verdict);
    expect(asActual.checks.baseline?.outcome).toEqual(asBaseline.checks.baseline?.outcome);
  });

  it("is the base a target's trend is measured from", () => {
    expect(asBaseline.checks.near_term?.verdict).toBe("PASS");
    expect(asActual.checks.near_term?.outcome).toEqual(asBaseline.checks.near_term?.outcome);
  });
});
