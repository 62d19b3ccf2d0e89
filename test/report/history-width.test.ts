/** `history` on a terminal fits its width as the check's table does; files and pipes get it whole. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { history } from "../../src/assess/history.js";
import { loadIndicatorFile } from "../../src/read.js";
import { historyTable } from "../../src/report/history.js";
import { textWidth } from "../../src/report/wrap.js";

// The seed with eight years observed for the first rows: the history the tester saw at 384 columns.
const SEED = readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8");
const YEARS = "{2023: 26.1, 2024: 26.4, 2025: 26.9, 2026: 27.0, 2027: 27.5, 2028: 28.1, 2029: 28.3, 2030: 28.9}";
const text = SEED.replace(/(\n {4}long_term: "≥25\.5"\n)/, `$1    actuals: ${YEARS}\n`);

function seedHistory() {
  expect(text).not.toBe(SEED);
  const loaded = loadIndicatorFile(text, "seeds/lingling.yaml");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return history(loaded.value);
}

describe("history's width", () => {
  for (const lang of ["zh", "en"] as const)
    for (const width of [80, 100, 126])
      it(`fits ${width} columns in ${lang}, the latest year always shown`, () => {
        const out = historyTable(seedHistory(), { lang, color: false, width });
        for (const line of out.split("\n")) expect(textWidth(line), line).toBeLessThanOrEqual(width);
        expect(out).toContain("2030");
        expect(out).toContain("28.9");
      });

  it("is drawn whole without a width (a file or a pipe): every year from the base year", () => {
    const out = historyTable(seedHistory(), { lang: "zh", color: false });
    const head = out.split("\n")[2]!;
    for (const year of [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]) expect(head).toContain(String(year));
    expect(Math.max(...out.split("\n").map(textWidth))).toBeGreaterThan(126);
  });
});
