/**
 * The schema sees every key the YAML had: a key left blank (YAML null) is still a key, so a
 * misspelt blank field and the stray keys of a flow row split at a thousands comma are errors.
 */
import { describe, expect, it } from "vitest";
import { message } from "../../src/i18n/translate.js";
import { loadIndicatorFile } from "../../src/read.js";

const HEAD = `region: {name: 测试区}
plan: {base_year: 2022}
indicators:
`;

function errors(text: string) {
  const result = loadIndicatorFile(text, "t.yaml");
  if (result.ok)
    throw new Error(
      `expected errors, the file loaded: ${JSON.stringify(result.value.indicators.map((i) => i.standard?.text))}`,
    );
  return result.errors;
}

describe("keys with blank values", () => {
  it("a flow row split at thousands commas names each stray key where it stands, with a hint to quote", () => {
    const row = `  - {id: "12", name: x, standard: ≥1,500, baseline: 1,200}\n`;
    const e = errors(HEAD + row);
    expect(e.map((x) => [x.code, x.line, x.column, x.message.data?.field])).toEqual([
      ["unknown-field", 4, row.indexOf("500") + 1, "500"],
      ["unknown-field", 4, row.indexOf("200") + 1, "200"],
    ]);
    for (const x of e) expect(message("en", x.message)).toMatch(/thousands comma.*quote/i);
    for (const x of e) expect(message("zh", x.message)).toMatch(/引号/);
  });

  it("the same row with its numbers quoted loads", () => {
    const result = loadIndicatorFile(
      `${HEAD}  - {id: "12", name: x, standard: "≥1500", baseline: "1,200"}\n`,
      "t.yaml",
    );
    expect(result.ok).toBe(true);
  });

  it("a misspelt field left blank is an unknown field, with did-you-mean", () => {
    const text = `${HEAD}  - id: "1"\n    name: x\n    standard: "≥1"\n    basline:\n`;
    const e = errors(text);
    expect(e).toEqual([
      expect.objectContaining({
        code: "unknown-field",
        line: 7,
        column: 5,
        message: expect.objectContaining({
          id: "error.unknownField.suggest",
          data: expect.objectContaining({ field: "basline", suggestion: "baseline" }),
        }),
      }),
    ]);
  });

  it("a misspelt blank field in a flow row is found too (the fast reader's path)", () => {
    const e = errors(`${HEAD}  - {id: "1", name: x, standard: "≥1", basline: }\n`);
    expect(e).toEqual([
      expect.objectContaining({
        code: "unknown-field",
        line: 4,
        message: expect.objectContaining({ data: expect.objectContaining({ field: "basline" }) }),
      }),
    ]);
  });

  it("a blank unknown key inside a value or a plan is an error too", () => {
    expect(errors(`${HEAD}  - id: "1"\n    name: x\n    standard: "≥1"\n    baseline: {value: 3, nte: }\n`)).toEqual([
      expect.objectContaining({ code: "unknown-field", line: 7 }),
    ]);
    expect(
      errors(
        `region: {name: x}\nplan: {base_year: 2022, near_trem: }\nindicators:\n  - {id: "1", name: x, standard: "≥1"}\n`,
      ),
    ).toEqual([expect.objectContaining({ code: "unknown-field", line: 2 })]);
  });

  it("a known field left blank is still not there yet, not an error", () => {
    const result = loadIndicatorFile(
      `${HEAD}  - id: "1"\n    name: x\n    standard: "≥1"\n    unit: \n    baseline:\n    near_term:\n    note:\n`,
      "t.yaml",
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.indicators[0]).toMatchObject({ unit: "", baseline: [] });
  });
});
