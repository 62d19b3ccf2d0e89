/**
 * Texts that name what every JavaScript object has (constructor, toString, __proto__) are texts
 * like any other where a file gives a word: a unit, a region's zone or a yes/no. A lookup in an
 * object literal found the inherited function, and a unit of `constructor` was an internal error.
 */
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";
import { loadErrors } from "./paths.js";

const file = (region: string, rows: string) =>
  `region: {name: x${region}}\nplan: {base_year: 2022, near_term: 2025}\nindicators:\n${rows}`;

describe("a word every object has, where the file gives a word", () => {
  it("a row's unit: constructor, toString and __proto__ are units like any unknown one", () => {
    const loaded = loadIndicatorFile(
      file(
        "",
        `  - {id: "1", name: a, unit: constructor, standard: "≥20", baseline: 25}
  - {id: "2", name: b, unit: toString, standard: "≥20", near_term: "≥30", baseline: 25}
  - {id: "3", name: c, unit: __proto__, standard: "≥20", baseline: 25}
`,
      ),
      "t.yaml",
    );
    expect(loaded.ok && loaded.value.indicators.map((r) => r.unit)).toEqual(["constructor", "toString", "__proto__"]);
  });

  it("a rule's unit against a row's unit of constructor cannot be converted, at the rule", () => {
    const [e, ...rest] = loadErrors(
      file("", `  - {id: "1", name: a, unit: constructor, standard: "≥20%", baseline: 25}\n`),
    );
    expect(rest).toEqual([]);
    expect([e!.code, e!.line, e!.column]).toEqual(["rule-unit", 4, 54]);
  });

  it("a zone of constructor and a yes/no of toString are refused as the words they are", () => {
    const errors = loadErrors(
      file(", zone: constructor, urban_district: toString", `  - {id: "1", name: a, standard: "≥20", baseline: 25}\n`),
    );
    expect(errors.map((e) => [e.code, e.line, e.column, message("en", e.message)])).toEqual([
      ["invalid-value", 1, 25, '“zone”: expected east, central, west or northeast; found "constructor"'],
      ["invalid-value", 1, 54, '“urban_district”: expected true or false; found "toString"'],
    ]);
  });

  it("a by_region case on an attribute the region lacks (constructor) is that error, and matches nothing", () => {
    const errors = loadErrors(
      file(
        "",
        `  - id: "1"
    name: a
    standard:
      by_region:
        - when: {constructor: "function Object() { [native code] }"}
          rule: "≥20"
    baseline: 25
`,
      ),
    );
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([["region-attribute-missing", 8, 18]]);
  });
});
