/** Input errors found by the loader: each located, each with what was expected. */
import { describe, expect, it } from "vitest";
import { loadErrors as errors, fastLoad, locatingLoad } from "./paths.js";
import { loadIndicatorFile } from "../../src/read.js";
import { ref } from "../../src/i18n/message.js";
import { message } from "../../src/i18n/translate.js";

const HEAD = `region: {name: 测试区, zone: central, urban_district: true}
plan: {base_year: 2022}
indicators:
`;

describe("a numeral of more than 15 significant digits, unquoted, is text (a number would round it)", () => {
  it.each([
    ["84.99999999999999999", "84.99999999999999999"],
    ["8499999999999999999e-17", "8499999999999999999e-17"],
    ["12345678901234567890", "12345678901234567890"],
    // A magnitude past a number's: 0 and infinite, had they been read as numbers.
    ["1e-400", "1e-400"],
    ["-2.5E+400", "-2.5E+400"],
    // Past 10^300: a change between two such values, or a pace over their years, is infinite.
    ["1e308", "1e308"],
    ["-1.5e301", "-1.5e301"],
    [`0.${"0".repeat(400)}1`, `0.${"0".repeat(400)}1`],
  ])("%s is the text %j, whichever parser reads it", (numeral, text) => {
    for (const file of [
      `${HEAD}  - {id: "1", name: x, unit: "%", standard: "≥85", actuals: {2024: ${numeral}}}\n`,
      // A value below its key sends the file to yaml's reading.
      `${HEAD}  - id: "1"\n    name: x\n    unit: "%"\n    standard: "≥85"\n    actuals:\n      2024:\n        ${numeral}\n`,
    ]) {
      const model = loadIndicatorFile(file, "t.yaml");
      expect(model.ok && model.value.indicators[0]!.actuals?.[0]?.value).toEqual({ kind: "text", text });
    }
  });

  it("85.000000000000000000 is 85: zeros after the point are no digits of precision", () => {
    const model = loadIndicatorFile(
      `${HEAD}  - {id: "1", name: x, unit: "%", standard: "≥85", actuals: {2024: 85.000000000000000000}}\n`,
      "t.yaml",
    );
    expect(model.ok && model.value.indicators[0]!.actuals?.[0]?.value).toEqual({ kind: "number", n: 85 });
  });
});

describe("aliases: used as a YAML writer uses them, bounded by what they expand to", () => {
  it("150 rows sharing one rule through an alias, as PyYAML writes a shared object, are read", () => {
    const rows = Array.from(
      { length: 150 },
      (_, i) => `  - {id: "${i + 1}", name: x, standard: ${i === 0 ? "&s ≥20" : "*s"}}\n`,
    );
    const model = loadIndicatorFile(`${HEAD}${rows.join("")}`, "t.yaml");
    expect(model.ok && model.value.indicators.map((r) => r.standard?.text)).toEqual(Array(150).fill("≥20"));
  });

  it("an alias inside the node it names expands without end: refused at that alias, not an internal error", () => {
    expect(
      errors(`${HEAD}  - {id: "1", name: x, standard: ≥1, note: &a [1, *a]}\n`).map((e) => [e.code, e.line, e.column]),
    ).toEqual([["alias-limit", 4, 51]]);
  });

  it("aliases that together expand past a million nodes are refused at the alias that crosses it", () => {
    // Each alias stands for 1,001 nodes (the list and its items): the 1,000th takes them past 1,000,000.
    const list = `&big [${Array(1000).fill("1").join(", ")}]`;
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `  - {id: "${i + 1}", name: x, standard: ≥1, note: ${i === 0 ? list : "*big"}}\n`,
    );
    const e = errors(`${HEAD}${rows.join("")}`);
    expect(e.map((x) => [x.code, x.line, x.column])).toEqual([["alias-limit", 1004, 47]]);
  });

  it.each([
    [
      "a row's field",
      `  - id: "1"\n    name: &k baseline\n    standard: ≥20\n    *k : 25.5\n    baseline: 3\n`,
      [8, 5, 7, 5],
    ],
    ["a year", `  - {id: "1", name: x, standard: ≥20, x_y: &y 2022, actuals: {*y : 27, 2022: 19}}\n`, [4, 72, 4, 63]],
  ])(
    "a key written twice, once as an alias that names it: %s",
    (_name, row, [line, column, firstLine, firstColumn]) => {
      expect(errors(`${HEAD}${row}`).filter((e) => e.code === "duplicate-key")).toEqual([
        expect.objectContaining({
          line,
          column,
          message: { id: "error.duplicateKey", data: { firstLine, firstColumn } },
        }),
      ]);
    },
  );

  it.each([
    [
      "a year as a number, then quoted",
      `  - {id: "1", name: x, standard: ≥20, baseline: {2022: 50, "2022": 10}}\n`,
      [4, 60, 4, 50],
    ],
    [
      "a year quoted, then a number",
      `  - {id: "1", name: x, standard: ≥20, actuals: {"2023": 31, 2023: 12}}\n`,
      [4, 61, 4, 49],
    ],
    ["a field as a quoted key", `  - id: "1"\n    name: x\n    "name": y\n    standard: ≥20\n`, [6, 5, 5, 5]],
  ])(
    "a key written twice, as a number and as text (one property either way): %s",
    (_name, row, [line, column, firstLine, firstColumn]) => {
      expect(
        errors(`${HEAD}${row}`).map(({ code, line, column, message }) => ({ code, line, column, message })),
      ).toEqual([
        {
          code: "duplicate-key",
          line,
          column,
          message: { id: "error.duplicateKey", data: { firstLine, firstColumn } },
        },
      ]);
    },
  );

  it("aliases that together stand for more than 4,000,000 characters of text are refused at the alias that crosses it", () => {
    // A text of 1,000 characters, aliased by each row after the first: the 4,001st alias takes it past.
    const rows = Array.from(
      { length: 4100 },
      (_, i) => `  - {id: "${i + 1}", name: x, standard: ≥1, note: ${i === 0 ? `&n "${"长".repeat(1000)}"` : "*n"}}\n`,
    );
    const e = errors(`${HEAD}${rows.join("")}`);
    expect(e.map((x) => [x.code, x.line, x.column])).toEqual([["alias-limit", 4005, 47]]);
  });

  it("a billion laughs is refused at the first alias that takes the expansion past the bound", () => {
    const levels = [`x_l0: &l0 [${Array(9).fill("lol").join(", ")}]`];
    for (let i = 1; i < 9; i++)
      levels.push(
        `x_l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(", ")}]`,
      );
    const e = errors(`${HEAD.replace("plan:", `${levels.join("\n")}\nplan:`)}  - {id: "1", name: x, standard: ≥1}\n`);
    // l0 stands for 10 nodes, l1 for 91, …, l5 for 597,871: the aliases on lines 3–7 for 672,588
    // together, and the first on line 8 takes them past a million.
    expect(e.map((x) => [x.code, x.line, x.column])).toEqual([["alias-limit", 8, 12]]);
  });
});

describe("loader errors", () => {
  it("an alias that names no anchor is said so at its place, not as too many aliases", () => {
    expect(errors(`${HEAD}  - {id: "1", name: x, standard: ≥1, baseline: *nope}\n`)).toEqual([
      expect.objectContaining({
        file: "t.yaml",
        line: 4,
        column: 48,
        code: "unknown-alias",
        message: { id: "error.unknownAlias" },
      }),
    ]);
  });

  it("a superior target that is itself 完成上级… is an error, not an endless loop", () => {
    const e = errors(
      `${HEAD}  - id: "4"\n    name: PM2.5\n    standard: 完成上级规定的考核任务\n    baseline: 34\n    superior: {2022: 完成上级规定的考核任务}\n`,
    );
    expect(e).toEqual([expect.objectContaining({ code: "superior-circular", line: 8 })]);
  });

  it("each repeated id names the line of the row it repeats, however many repeats there are", () => {
    const e = errors(
      `${HEAD}  - {id: a, name: x, standard: "≥1"}\n  - {id: b, name: x, standard: "≥1"}\n  - {id: a, name: x, standard: "≥1"}\n  - {id: "b", name: x, standard: "≥1"}\n  - {id: a, name: x, standard: "≥1"}\n`,
    );
    expect(e.map((x) => [x.code, x.line, (x.message.data as { line?: number }).line])).toEqual([
      ["duplicate-id", 6, 4],
      ["duplicate-id", 7, 5],
      ["duplicate-id", 8, 4],
    ]);
  });

  it("a repeat right after rows numbered in order is found, and ids in order are not repeats", () => {
    const rows = (ids: string[]) => ids.map((id) => `  - {id: "${id}", name: x, standard: "≥1"}\n`).join("");
    const repeats = (ids: string[]) =>
      errors(`${HEAD}${rows(ids)}`).map((x) => [x.code, x.line, (x.message.data as { line?: number }).line]);
    expect(repeats(["1", "2", "9", "10", "10"])).toEqual([["duplicate-id", 8, 7]]);
    expect(repeats(["1", "2", "3", "2"])).toEqual([["duplicate-id", 7, 5]]);
    expect(repeats(["a", "b", "b"])).toEqual([["duplicate-id", 6, 5]]);
    expect(loadIndicatorFile(`${HEAD}${rows(["9", "10", "11", "100", "x1", "x2"])}`, "t.yaml").ok).toBe(true);
  });

  it("an unknown key is quoted by its first 60 characters, and a row of 2,000 lists the first 1,000, each at its line", () => {
    const long = "b".repeat(5000);
    const one = errors(`${HEAD}  - {id: "1", name: x, standard: ≥1, ${long}: 1}\n`);
    expect(one).toHaveLength(1);
    expect(one[0]!.message.data!.field).toBe(`${"b".repeat(57)}…`);
    const keys = Array.from({ length: 2000 }, (_, i) => `    k${i}: 1\n`).join("");
    const many = errors(`${HEAD}  - id: "1"\n    name: x\n    standard: ≥1\n${keys}`);
    expect(many).toHaveLength(1001);
    // Row 1's keys start on line 5; k0 is on line 7.
    expect(many.slice(0, 2).map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 7, column: 5, code: "unknown-field" },
      { line: 8, column: 5, code: "unknown-field" },
    ]);
    expect(many[999]).toMatchObject({ line: 1006, code: "unknown-field" });
    expect(many[1000]).toMatchObject({ line: 1007, code: "too-many-errors" });
  });

  it("a row of more than 10,000 unknown keys is one error, at the row, and each row after it is still read", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `    k${i}: 1\n`).join("");
    const rows = `${HEAD}  - id: "1"\n    name: x\n    standard: ≥1\n${keys}  - {id: "2", name: y, standard: ≥1, z: 1}\n`;
    const found = errors(rows);
    // Row 1's keys start on line 4, at column 5 (name 5, standard 6, k0–k19999 7–20,006); row 2 is on line 20,007, its z at column 38.
    expect(found.map(({ line, column, code, message }) => ({ line, column, code, id: message.id }))).toEqual([
      { line: 4, column: 5, code: "unknown-field", id: "error.unknownFields.many" },
      { line: 20_007, column: 38, code: "unknown-field", id: "error.unknownField" },
    ]);
    expect(found[0]!.message.data!.count).toBe(20_000);
    // The locating path (yaml, parsing the row) places it alike.
    const located = locatingLoad(rows, "t.yaml");
    expect(located.ok ? [] : located.errors.map(({ line, column }) => ({ line, column }))).toEqual([
      { line: 4, column: 5 },
      { line: 20_007, column: 38 },
    ]);
  });

  it("ids that print alike are one id: spaces around it or a control character are refused, a full-width 1 is 1 again", () => {
    const rows = (second: string) =>
      `${HEAD}  - {id: "1", name: x, standard: ≥1}\n  - {id: ${second}, name: y, standard: ≥1}\n`;
    const said = (second: string) =>
      errors(rows(second)).map(({ line, column, code, message }) => ({ line, column, code, id: message.id }));
    expect(said('"1 "')).toEqual([{ line: 5, column: 10, code: "invalid-value", id: "error.invalidValue" }]);
    expect(said('"\\e[31m"')).toEqual([{ line: 5, column: 10, code: "invalid-value", id: "error.invalidValue" }]);
    expect(said('"１"')).toEqual([{ line: 5, column: 10, code: "duplicate-id", id: "error.duplicateId" }]);
    expect(loadIndicatorFile(rows('"R１"'), "t.yaml").ok).toBe(true);
  });

  it("a [ left open and a line further left than its item's keys are each named for what they are, not for the other", () => {
    const open = errors(`${HEAD}  - id: "1"\n    name: x\n    standard: [\n`);
    expect(open.map(({ line, column, message }) => ({ line, column, id: message.id }))).toEqual([
      // At the bracket left open.
      { line: 6, column: 15, id: "error.yaml.UNCLOSED_FLOW" },
    ]);
    const left = errors(`${HEAD}  - id: "1"\n    name: x\n   standard: ≥1\n`);
    expect(left.map(({ line, column, message }) => ({ line, column, id: message.id }))).toEqual([
      { line: 6, column: 1, id: "error.yaml.ITEM_INDENT" },
    ]);
  });

  it("a bad rule written with escapes, as Python's json.dump writes ≥, is placed at its text in the file, past the escapes", () => {
    const json = `{"region": {"name": "x"}, "plan": {"base_year": 2022}, "indicators": [\n  {"id": "1", "name": "x", "standard": "\\u226585 foo"}]}\n`;
    // `"\u226585 foo"` opens at column 40; "foo" follows the six characters of the escape and "85 ".
    expect(errors(json).map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 2, column: 50, code: "rule-syntax" },
    ]);
    const yaml = `${HEAD}  - {id: "1", name: x, standard: "\\t≥85\\x20foo"}\n`;
    // `"\t≥85\x20foo"` opens at column 34: "foo" is past \t, ≥85 and \x20.
    expect(errors(yaml).map(({ line, column }) => ({ line, column }))).toEqual([{ line: 4, column: 44 }]);
  });

  it("a file with no rows is an error", () => {
    expect(errors(`${HEAD.trimEnd()} []\n`)).toEqual([expect.objectContaining({ code: "invalid-value", line: 3 })]);
  });

  it("a missing field is named by its path", () => {
    const e = errors(
      `region: {name: x}\nplan: {near_term: 2025}\nindicators:\n  - {id: "1", name: x, standard: "≥1"}\n`,
    );
    expect(e).toEqual([
      expect.objectContaining({
        code: "missing-field",
        line: 2,
        message: expect.objectContaining({ data: expect.objectContaining({ field: "plan.base_year" }) }),
      }),
    ]);
  });

  it("a row without an id says the id is missing", () => {
    const e = errors(`${HEAD}  - name: x\n    standard: "≥1"\n`);
    expect(e).toEqual([
      expect.objectContaining({
        code: "missing-field",
        line: 4,
        message: expect.objectContaining({ data: expect.objectContaining({ field: "id" }) }),
      }),
    ]);
  });

  it("a rule in typographic quotes says to drop them, naming the rule without them", () => {
    for (const written of ["“≥85”", "‘建立’", "「开展」"]) {
      const e = errors(`${HEAD}  - id: "1"\n    name: x\n    standard: ${written}\n`);
      expect(e).toEqual([
        expect.objectContaining({
          code: "rule-syntax",
          line: 6,
          column: 15,
          message: { id: "error.ruleQuoted", data: { text: written, inner: written.slice(1, -1) } },
        }),
      ]);
    }
  });

  it("a bad tolerance says what a tolerance is", () => {
    const e = errors(`${HEAD}  - {id: "1", name: x, standard: "≥1", tolerance: abc}\n`);
    expect(e).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        message: expect.objectContaining({ data: expect.objectContaining({ expected: ref("expected.tolerance") }) }),
      }),
    ]);
  });

  it("a blank value is not there yet, not an error", () => {
    const result = loadIndicatorFile(
      `${HEAD}  - id: "1"\n    name: x\n    standard: "≥1"\n    baseline:\n    near_term:\n`,
      "t.yaml",
    );
    expect(result.ok).toBe(true);
  });

  it("baseline years after the base year belong under actuals", () => {
    const e = errors(`${HEAD}  - id: "1"\n    name: x\n    standard: "≥1"\n    baseline: {2021: 1, 2023: 2}\n`);
    expect(e).toEqual([expect.objectContaining({ code: "baseline-after-base-year", line: 7 })]);
  });
});

describe("hostile text", () => {
  it("an apostrophe inside a plain value does not hide deep nesting from the depth check", () => {
    const text = `region: [Xi'an, ${"[".repeat(100_000)}\n`;
    expect(errors(text)).toEqual([expect.objectContaining({ code: "too-deep", line: 1 })]);
  });

  it("user text that looks like a message reference is shown as written", async () => {
    const { t } = await import("../../src/i18n/translate.js");
    const e = errors(`${HEAD}  - {id: "1", name: x, standard: "@rule.expected.atom"}\n`);
    expect(e[0]!.code).toBe("rule-syntax");
    expect(t("en", e[0]!.message.id, e[0]!.message.data)).toContain("“@rule.expected.atom”");
  });

  it("plan years must come in order", () => {
    const e = errors(
      `region: {name: x}\nplan: {base_year: 2022, near_term: 2020}\nindicators:\n  - {id: "1", name: x, standard: "≥1"}\n`,
    );
    expect(e).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        line: 2,
        message: expect.objectContaining({ id: "error.planOrder" }),
      }),
    ]);
  });
});

describe("syntax errors point where the quote or bracket was opened", () => {
  it.each([
    [
      "an unclosed quote at the end",
      "region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - id: '1'\n    name: x\n    standard: '≥1\n",
      6,
      15,
    ],
    ["an unclosed flow map", "region: {name: x\nplan: {base_year: 2022}\nindicators: []\n", 1, 9],
    [
      "a bracket closed by the wrong brace",
      "region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - {id: '1', name: x, standard: [a, b}\n",
      4,
      34,
    ],
  ])("%s", (_name, text, line, column) => {
    expect(errors(text)[0]).toMatchObject({ code: "yaml-syntax", line, column });
  });
});

describe("a key written twice", () => {
  it("is located at its second use and names where the first stands, not the key", () => {
    const e = errors(`${HEAD}  - id: "1"\n    name: x\n    standard: "≥1"\n    baseline: 1\n    baseline: 2\n`);
    expect(e).toEqual([
      expect.objectContaining({
        code: "duplicate-key",
        line: 8,
        column: 5,
        message: { id: "error.duplicateKey", data: { firstLine: 7, firstColumn: 5 } },
      }),
    ]);
  });

  it("in a flow mapping on one line, both places are found", () => {
    const e = errors(`${HEAD}  - {id: "1", name: x, ghp_Secr3t: 1, standard: "≥1", ghp_Secr3t: 2}\n`);
    expect(e).toEqual([
      expect.objectContaining({
        code: "duplicate-key",
        line: 4,
        column: 55,
        message: { id: "error.duplicateKey", data: { firstLine: 4, firstColumn: 24 } },
      }),
    ]);
  });

  it("quotes nothing of the key, in either language", async () => {
    const { message } = await import("../../src/i18n/translate.js");
    const [e] = errors(`${HEAD}  - id: "1"\n    ghp_Secr3t: x\n    standard: "≥1"\n    ghp_Secr3t: y\n`);
    for (const lang of ["en", "zh"] as const) {
      const text = message(lang, e!.message);
      expect(text).not.toMatch(/ghp_|Secr3t/);
      expect(text).toMatch(/5/);
    }
  });
});

describe("YAML syntax errors in Chinese", () => {
  it("common ones have a sentence of their own in both languages, never the yaml library's (which quotes the file)", async () => {
    const { message } = await import("../../src/i18n/translate.js");
    const result = loadIndicatorFile("region:\n\tname: x\nplan: {base_year: 2022}\nindicators: []\n", "t.yaml");
    if (result.ok) throw new Error("expected an error");
    const e = result.errors[0]!;
    expect(message("zh", e.message)).toMatch(/^YAML 语法错误：缩进里有制表符（Tab）/);
    expect(message("en", e.message)).toBe("YAML syntax: a tab in the indentation: YAML indents with spaces only");
  });
});

describe("a file of another kind that shares a key name with ours is not echoed", () => {
  it.each([
    [
      "a cloud config: region, plan and standard as words",
      "region: us-east-1\nplan: ghp_SECRETSECRET123\nstandard: ghp_SECRETSECRET123\naws_secret_access_key: ghp_SECRETSECRET123\n",
    ],
    ["a standard alone", "standard: ghp_SECRETSECRET123\ntoken: ghp_SECRETSECRET123\n"],
  ])("%s: one error, nothing of it quoted", (_name, text) => {
    const e = errors(text);
    expect(e.map((x) => [x.code, x.line, x.column])).toEqual([["not-a-mapping", 1, 1]]);
    expect(JSON.stringify(e)).not.toContain("SECRET");
  });

  it("a file with its own region or plan mapping, or rows, is ours, its errors quoted as ever", () => {
    expect(errors("region: {name: x}\nplan: {base_year: twenty}\n").map((x) => x.code)).toEqual([
      "missing-field",
      "invalid-value",
    ]);
    expect(errors("indicators: nope\n").map((x) => x.code)).not.toContain("not-a-mapping");
  });
});

describe("YAML 1.1's types are not the 1.2 core schema's: refused as unknown tags, at their place", () => {
  it.each([
    ["!!binary aGVsbG8="],
    ["!!timestamp 2024-01-01"],
    ["!!omap [{2024: 86}]"],
    ["!!set {2024: null}"],
    ["!!pairs [{2024: 86}]"],
  ])("baseline: %s", (value) => {
    const e = errors(`${HEAD}  - id: "1"\n    name: x\n    standard: ≥20\n    baseline: ${value}\n`);
    expect(e.map((x) => [x.code, x.line, x.column])).toEqual([["custom-tag", 7, 15]]);
  });
});

describe("a key named __proto__ is refused at its place, not passed over", () => {
  it("in the region, in a row's actuals, baseline and superior targets", () => {
    const e = errors(
      `region: {name: x, __proto__: {level: city}}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: a, standard: "≥20", actuals: {__proto__: {2024: 1}}}\n  - id: "2"\n    name: b\n    standard: "≥20"\n    baseline: {__proto__: {value: 1}}\n    superior:\n      __proto__: {2024: "≤1"}\n`,
    );
    expect(e.map((x) => [x.code, x.line, x.column])).toEqual([
      ["proto-key", 1, 19],
      ["proto-key", 4, 51],
      ["proto-key", 8, 16],
      ["proto-key", 10, 7],
    ]);
  });
});

describe("YAML 1.2's own tags: a value they allow is read, one they do not is named for its tag", () => {
  const row = (value: string) => `${HEAD}  - id: "1"\n    name: x\n    standard: ≥20\n    baseline: ${value}\n`;

  it.each([
    ["!!float 25", 25],
    ["!!float -3", -3],
    ["!!float 25.5", 25.5],
    ["!!int 25", 25],
    ["!!str 25", 25],
  ])("baseline: %s is read as %j, by either reading path", (value, n) => {
    // The reading path may leave a file to the locating one; where it reads it, it reads it alike.
    for (const result of [
      fastLoad(row(value), "t.yaml") ?? locatingLoad(row(value), "t.yaml"),
      locatingLoad(row(value), "t.yaml"),
    ]) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.indicators[0]!.baseline[0]?.value).toEqual({ kind: "number", n });
    }
  });

  it.each([
    ["!!int 3.5", "int"],
    ["!!float abc", "float"],
    ["!!bool yes", "bool"],
    ["!!null 0", "null"],
  ])("baseline: %s is refused at the tag, which is named as YAML's %s", (value, tag) => {
    const e = errors(row(value));
    expect(e.map((x) => [x.code, x.line, x.column, x.message])).toEqual([
      ["tag-value", 7, 15, { id: "error.tag-value", data: { tag: `!!${tag}` } }],
    ]);
  });
});

describe("a mapping the rule for its field has two forms of: the form it was written in is the one judged", () => {
  it.each([
    [`{value: 25, note: []}`, [["invalid-value", 7, 33, "“note”: expected text; found []"]]],
    [`{value: 25, source: 7, note: x}`, [["invalid-value", 7, 35, "“source”: expected text; found 7"]]],
    // No key of a value, and a key that reads as a year: a series, its one bad year named.
    [`{2021: 85.2, 2022年x: 86.8}`, [["invalid-key", 7, 28, "“2022年x”: expected a year from 1949 to 2100"]]],
  ])("baseline: %s", (value, expected) => {
    const text = `${HEAD}  - id: "1"\n    name: x\n    standard: ≥20\n    baseline: ${value}\n`;
    expect(errors(text).map((x) => [x.code, x.line, x.column, message("en", x.message)])).toEqual(expected);
  });
});

describe("an id YAML reads as another number, or that prints as another id", () => {
  it.each([
    [
      `{id: 5.10, name: x, standard: ≥20}`,
      'the id 5.10, unquoted, is read as the number 5.1: write it in quotes (id: "5.10")',
    ],
    [
      `{id: 7.20, name: x, standard: ≥20}`,
      'the id 7.20, unquoted, is read as the number 7.2: write it in quotes (id: "7.20")',
    ],
    [`{id: 01, name: x, standard: ≥20}`, 'the id 01, unquoted, is read as the number 1: write it in quotes (id: "01")'],
    [
      `{id: 0x10, name: x, standard: ≥20}`,
      'the id 0x10, unquoted, is read as the number 16: write it in quotes (id: "0x10")',
    ],
    [
      `{id: 5.0, name: x, standard: ≥20}`,
      'the id 5.0, unquoted, is read as the number 5: write it in quotes (id: "5.0")',
    ],
    [
      `{id: 1e1, name: x, standard: ≥20}`,
      'the id 1e1, unquoted, is read as the number 10: write it in quotes (id: "1e1")',
    ],
  ])("%s is refused at the id, in words", (row, said) => {
    const e = errors(`${HEAD}  - ${row}\n`);
    expect(e.map((x) => [x.code, x.line, x.column, message("en", x.message)])).toEqual([
      ["invalid-value", 4, 10, said],
    ]);
  });
  it("an id written as it prints is taken, where another field writes its number otherwise (baseline: 01)", () => {
    const model = loadIndicatorFile(
      `${HEAD}  - {id: 1, name: x, standard: ≥20, baseline: 01}\n  - {id: 2, name: y, standard: ≥20, baseline: 2.0}\n`,
      "t.yaml",
    );
    expect(model.ok && model.value.indicators.map((i) => i.id)).toEqual(["1", "2"]);
  });
  it('5.1 and "5.10" are what they say', () => {
    const model = loadIndicatorFile(
      `${HEAD}  - {id: 5.1, name: x, standard: ≥20}\n  - {id: "5.10", name: y, standard: ≥20}\n`,
      "t.yaml",
    );
    expect(model.ok && model.value.indicators.map((i) => i.id)).toEqual(["5.1", "5.10"]);
  });
  it.each(["1\u200b", "\u00ad1", "1\u2060", "1\u200d", "\u061c1"])(
    "an id holding a character that prints as nothing (%j) is refused: it printed as another row's",
    (id) => {
      const e = errors(
        `${HEAD}  - {id: "1", name: x, standard: ≥20}\n  - {id: ${JSON.stringify(id)}, name: y, standard: ≥20}\n`,
      );
      expect(e.map((x) => [x.code, x.line])).toEqual([["invalid-value", 5]]);
    },
  );
});

describe("a name with nothing to show", () => {
  it("the region's, empty, and a row's and a project's, spaces alone, are refused as init refuses them", () => {
    const e = errors(
      `region: {name: ""}\nplan: {base_year: 2022}\nindicators:\n  - {id: "1", name: "   ", standard: ≥20}\nprojects:\n  items:\n    - {id: 1, name: " ", investment: 1, period: "2023"}\n`,
    );
    expect(e.map((x) => [x.code, x.line, message("en", x.message)])).toEqual([
      ["invalid-value", 1, '“name”: expected a name, not empty text nor spaces alone; found ""'],
      ["invalid-value", 4, '“name”: expected a name, not empty text nor spaces alone; found "   "'],
      ["invalid-value", 7, '“name”: expected a name, not empty text nor spaces alone; found " "'],
    ]);
  });
});

describe("a year key that is no year is located at itself, whatever YAML makes of it", () => {
  it.each([["~"], ["null"], ["202400000000000000000000"], ["''"], ["true"]])("actuals: {%s: 6}", (key) => {
    const text = `${HEAD}  - id: "1"\n    name: x\n    standard: ≥20\n    actuals:\n      2023: 5\n      ${key}: 6\n`;
    expect(errors(text).map((x) => [x.code, x.line, x.column])).toEqual([["invalid-key", 9, 7]]);
  });
});

describe("a tab typed after spaces in an indentation", () => {
  it("is named as the tab it is, at the tab, first of the errors it causes", () => {
    const e = errors(`${HEAD}  - id: "1"\n  \tname: x\n    standard: ≥20\n`);
    expect([e[0]!.code, e[0]!.line, e[0]!.column, e[0]!.message.id]).toEqual([
      "yaml-syntax",
      5,
      3,
      "error.yaml.TAB_AS_INDENT",
    ]);
  });
});
