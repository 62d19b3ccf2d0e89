/**
 * What a rule asks in a year is found once and kept (history asks it of every year): kept for the
 * row it is the rule of, and for the file it was found in. Rows share rules (the edition's
 * 完成上级规定的考核任务), not their superiors' targets; a model spread into another with another plan
 * asks anew.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { history } from "../../src/assess/history.js";
import { reason } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";

const SEED = readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8");
const load = (text: string) => {
  const r = loadIndicatorFile(text, "lingling.yaml");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe("goals kept", () => {
  it("rows sharing 完成上级规定的考核任务 each forecast from their own superior's target", () => {
    const h = history(load(SEED));
    const said = (id: string) => {
      const cell = h.rows.find((r) => r.indicator.id === id)!.cells.find((c) => c.year === 2022)!;
      return reason("en", cell.outcome!);
    };
    // 13 (superior ≥36) and R4 (≥50) give no number for 2025 or 2030: nothing to forecast toward.
    for (const id of ["13", "R4"])
      expect(said(id)).toContain(
        "– 2025 target 完成上级规定的考核任务: no forecast, which needs two numeric values (informs, does not decide: its year has not come); – 2030 target 完成上级规定的考核任务: no forecast, which needs two numeric values",
      );
    // 5.1 has no superior target at all: nothing it can be judged against yet.
    expect(said("5.1")).toContain("? 2025 target 完成上级规定的考核任务 cannot be judged yet");
  });

  it("a model spread into another with another plan is judged as a fresh load of that plan is", () => {
    // 下降10% is from the base year's value: 100 in 2020, 80 in 2021.
    const text = (base: number) =>
      `region: {name: x}\nplan: {base_year: ${base}, near_term: 2025, long_term: 2030}\nindicators:\n  - {id: "1", name: x, unit: t, standard: ≤120, baseline: {2020: 100}, near_term: 下降10%, actuals: {2021: 80, 2022: 85, 2023: 84}}\n`;
    const file = load(text(2020));
    const reasons = (f: typeof file) =>
      history(f).rows.map((r) => r.cells.map((c) => (c.outcome ? reason("en", c.outcome) : "")));
    const first = reasons(file);
    const moved = reasons({ ...file, plan: { ...file.plan, baseYear: 2021 } });
    expect(moved).toEqual(reasons(load(text(2021))));
    expect(moved).not.toEqual(first);
  });
});

describe("a history for a table", () => {
  it("keeps each year's verdict and value, as the full history does, and not what its reasons are made of", () => {
    const text = SEED.replace(
      /(\n {2}- id: "1"\n(?:.*\n)*? {4}baseline: 25\.5\n)/,
      "$1    actuals: {2023: 26.1, 2024: 24}\n",
    );
    const file = load(text);
    const full = history(file);
    const light = history(file, { outcomes: false });
    const marks = (h: typeof full) =>
      h.rows.map((r) => r.cells.map((c) => [c.year, c.verdict, c.observation?.value] as const));
    expect(full.years).toEqual([2022, 2023, 2024]);
    expect(marks(light)).toEqual(marks(full));
    expect(full.rows[0]!.cells.every((c) => c.outcome !== undefined)).toBe(true);
    expect(light.rows.flatMap((r) => r.cells).some((c) => c.outcome !== undefined)).toBe(false);
    expect(light.rows.map((r) => r.progress)).toEqual(full.rows.map((r) => r.progress));
  });
});
