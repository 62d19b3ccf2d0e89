/**
 * A record into a file of a thousand rows or more parses only the rows it records into (the others
 * blanked, offsets kept): it must edit exactly as parsing the whole file does, whatever the rows look like.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadIndicatorFile } from "../../src/read.js";
import { recordValues } from "../../src/record/record.js";
import { rowsRecordedInto } from "../../src/record/recordText.js";

/** A row in one of the shapes files have, with its id. */
const row = (id: number, shape: number, eol: string): string => {
  switch (shape) {
    case 0:
      return `  - {id: "${id}", name: x, standard: ≥1}${eol}`;
    case 1:
      return `  - {id: "${id}", name: x, standard: ≥1, actuals: {2023: 1, 2025: 2}}${eol}`;
    case 2:
      return `  - id: '${id}'${eol}    name: x # a name${eol}    standard: ≥1${eol}`;
    case 3:
      return `  - id: '${id}'${eol}    name: x${eol}    standard: ≥1${eol}    actuals:${eol}      2023: 2${eol}      2024: 3${eol}${eol}`;
    case 4:
      return `  # row ${id} below${eol}  - id: '${id}'${eol}    name: x${eol}    standard: ≥1${eol}    actuals: {2024: 5}${eol}`;
    default:
      return `  - id: '${id}'${eol}    name: x${eol}    standard: ≥1${eol}    actuals:${eol}`;
  }
};

describe("rows recorded into, parsed alone", () => {
  it("edit a file of 1,000 rows and more exactly as parsing it whole does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1_000, maxLength: 1_050 }),
        fc.boolean(),
        fc.uniqueArray(fc.nat(1_049), { minLength: 1, maxLength: 5 }),
        fc.array(fc.constantFrom("7", "1.5", "0", "12.25"), { minLength: 5, maxLength: 5 }),
        (shapes, crlf, picked, values) => {
          const eol = crlf ? "\r\n" : "\n";
          const text = `region: {name: x}${eol}plan: {base_year: 2022}${eol}indicators:${eol}${shapes.map((s, i) => row(i, s, eol)).join("")}# the end${eol}`;
          const file = loadIndicatorFile(text, "t.yaml");
          expect(file.ok).toBe(true);
          if (!file.ok) return;
          const entries = picked.filter((i) => i < shapes.length).map((i, k) => ({ id: String(i), value: values[k]! }));
          fc.pre(entries.length > 0);
          const parseText = rowsRecordedInto(text, file.value, entries);
          expect(parseText).toBeDefined();
          expect(parseText).toHaveLength(text.length);
          const options = { year: 2024, force: true };
          expect(recordValues(text, entries, { ...options, parseText: parseText! })).toEqual(
            recordValues(text, entries, options),
          );
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it("is not used where a row's first line has no dash, an id is not the file's, or aliases may join rows", () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => `  - {id: "${i}", name: x, standard: ≥1}\n`).join("");
    const head = "region: {name: x}\nplan: {base_year: 2022}\nindicators:\n";
    const loaded = (text: string) => {
      const file = loadIndicatorFile(text, "t.yaml");
      if (!file.ok) throw new Error(JSON.stringify(file.errors));
      return file.value;
    };
    const plain = `${head}${rows}`;
    expect(rowsRecordedInto(plain, loaded(plain), [{ id: "5", value: "1" }])).toBeDefined();
    expect(rowsRecordedInto(plain, loaded(plain), [{ id: "x5", value: "1" }])).toBeUndefined();
    const dashAlone = `${head}  -\n    id: a\n    name: x\n    standard: ≥1\n${rows}`;
    expect(rowsRecordedInto(dashAlone, loaded(dashAlone), [{ id: "5", value: "1" }])).toBeUndefined();
    const aliased = `${head.replace("name: x", "name: &n x")}  - {id: a, name: *n, standard: ≥1}\n${rows}`;
    expect(rowsRecordedInto(aliased, loaded(aliased), [{ id: "5", value: "1" }])).toBeUndefined();
  });
});
