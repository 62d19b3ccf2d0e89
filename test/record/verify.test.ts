import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadIndicatorFile } from "../../src/read.js";
import type { IndicatorFile } from "../../src/model/types.js";
import { normalizeValue } from "../../src/model/value.js";
import { unexpectedDifference } from "../../src/record/verify.js";

const seed = readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8");
const load = (text: string): IndicatorFile => {
  const r = loadIndicatorFile(text, "x.yaml");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const before = load(seed);
const recorded = [{ id: "1", year: 2024, value: normalizeValue("27") }];
/** The seed with a line added after the line `after` (the first that has it). */
const withLine = (after: string, line: string) => seed.replace(after, `${after}${line}`);

describe("unexpectedDifference", () => {
  it("accepts exactly the recorded value in the named row, wherever the row moved in the file", () => {
    expect(
      unexpectedDifference(before, load(withLine("    baseline: 25.5\n", "    actuals: {2024: 27}\n")), recorded),
    ).toBeUndefined();
    expect(
      unexpectedDifference(
        before,
        load(`# a comment that moves every row down\n${withLine("    baseline: 25.5\n", "    actuals: {2024: 27}\n")}`),
        recorded,
      ),
    ).toBeUndefined();
  });

  it("names the row when the value went into another row, or is another value, year or note", () => {
    expect(
      unexpectedDifference(before, load(withLine("    baseline: 已建立\n", "    actuals: {2024: 27}\n")), recorded),
    ).toEqual({ where: "row", id: "1" });
    expect(
      unexpectedDifference(before, load(withLine("    baseline: 25.5\n", "    actuals: {2024: 28}\n")), recorded),
    ).toEqual({ where: "row", id: "1" });
    expect(
      unexpectedDifference(before, load(withLine("    baseline: 25.5\n", "    actuals: {2023: 27}\n")), recorded),
    ).toEqual({ where: "row", id: "1" });
    expect(
      unexpectedDifference(
        before,
        load(withLine("    baseline: 25.5\n", "    actuals: {2024: {value: 27, note: x}}\n")),
        recorded,
      ),
    ).toEqual({ where: "row", id: "1" });
  });

  it("names a row that gained anything besides, and a change to the file's frame", () => {
    const both = withLine("    baseline: 25.5\n", "    actuals: {2024: 27}\n").replace(
      "    baseline: 已建立\n",
      "    baseline: 已建立\n    actuals: {2024: 已建立}\n",
    );
    expect(unexpectedDifference(before, load(both), recorded)).toEqual({ where: "row", id: "2" });
    const renamed = withLine("    baseline: 25.5\n", "    actuals: {2024: 27}\n").replace(
      "name: 生态文明建设工作占党政实绩考核的比例",
      "name: 别的",
    );
    expect(unexpectedDifference(before, load(renamed), recorded)).toEqual({ where: "row", id: "1" });
    const plan = withLine("    baseline: 25.5\n", "    actuals: {2024: 27}\n").replace(
      "  long_term: 2030\n",
      "  long_term: 2031\n",
    );
    expect(unexpectedDifference(before, load(plan), recorded)).toEqual({ where: "file", field: "plan" });
  });
});
