/** The reading path (js-yaml) must read a file exactly as the locating path (yaml) does, or leave it to that path. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCounties } from "../../scripts/counties.mjs";
import { readingParse } from "../../src/load/parse.js";
import type { LoadResult } from "../../src/load/errors.js";
import { loadIndicatorFile } from "../../src/read.js";
import { fastLoad, loaded, loadErrors, locatingLoad } from "./paths.js";
import { tempDir } from "../support/tempDir.js";

const withoutEnds = <T>(r: LoadResult<T>): LoadResult<T> =>
  r.ok ? r : { ok: false, errors: r.errors.map(({ endLine: _l, endColumn: _c, ...e }) => e) };

const SEED = fileURLToPath(new URL("../../seeds/lingling.yaml", import.meta.url));
const counties = generateCounties(join(tempDir("fast-"), "c"), 12, SEED);

describe("fast path", () => {
  it.each([SEED, ...counties].map((p) => [p.split("/").at(-1)!, p]))("%s: same model either way", (_name, path) => {
    const text = readFileSync(path, "utf8");
    const fast = fastLoad(text, "x");
    expect(fast).toBeDefined(); // a valid file takes the reading path
    expect(fast).toEqual(locatingLoad(text, "x"));
  });

  const head = "region: {name: x}\nplan: {base_year: 2022}\n";
  it.each([
    [
      "a flow list of rows",
      `${head}indicators: [{id: "1", name: x, standard: "≥1"}, {id: "2", name: y, standard: 建立}]\n`,
    ],
    [
      "rows at the key's indentation",
      `${head}indicators:\n- id: '1'\n  name: x\n  standard: ≥1\n- id: '2'\n  name: y\n  standard: 建立\n`,
    ],
    [
      "CRLF line ends and comments",
      `# header\r\n${head.replaceAll("\n", "\r\n")}indicators: # rows\r\n  # first\r\n  - id: '1' # one\r\n    name: 'it''s' #\r\n    standard: "≥1"\r\n`,
    ],
    ["rows introduced by a lone dash", `${head}indicators:\n  -\n    id: '1'\n    name: x\n    standard: ≥1\n`],
    ["one row, its line below the key", `${head}\n\nindicators:\n\n  - id: '1'\n    name: x\n    standard: ≥1\n`],
    ["one row in a flow list", `${head}indicators: [\n  {id: '1', name: x, standard: ≥1}]\n`],
    [
      "indented JSON, as json.dump(indent=2) writes it: a number ends its line",
      `{\n  "region": {\n    "name": "x"\n  },\n  "plan": {\n    "base_year": 2022\n  },\n  "indicators": [\n    {\n      "id": "1",\n      "name": "x",\n      "standard": "≥1",\n      "baseline": 3\n    }\n  ]\n}\n`,
    ],
    ["a tag", `${head}indicators:\n  - id: !!str 1\n    name: x\n    standard: ≥1\n`],
    ["an escape", `${head}indicators:\n  - id: '1'\n    name: "a\\tb"\n    standard: ≥1\n`],
    ["a block scalar", `${head}indicators:\n  - id: '1'\n    name: |\n      x\n    standard: ≥1\n`],
    [
      "block scalars in the header and in rows, kept, stripped and folded",
      `region:\n  name: x\n  note: >-\n    a long\n    note\n\nplan: {base_year: 2022}\nindicators:\n  - id: '1'\n    name: |+\n      x\n\n    standard: ≥1\n  - {id: '2', name: y, standard: ≥1}\n`,
    ],
    [
      "plain values continued on lines indented past their keys, as a YAML writer wraps long text",
      `region:\n  name: a long\n    name\nplan: {base_year: 2022}\nindicators:\n  - id: '1'\n    name: a long name\n      wrapped here\n      and here\n    standard: ≥1\n`,
    ],
    [
      "anchors no alias uses",
      `region: &r {name: x}\nplan: &p\n  base_year: 2022\nindicators: &rows\n  - &row {id: &i '1', name: x, standard: ≥1}\n`,
    ],
    [
      "objects shared through aliases, as PyYAML writes them: mappings and a scalar",
      `${head}indicators:\n- id: X0\n  name: 指标\n  standard: &s ≥20\n  superior: &id001\n    '2025': 30\n  baseline: &id002 {2022: 25}\n- id: X1\n  name: 指标\n  standard: *s\n  superior: *id001\n  baseline: *id002\n- {id: X2, name: y, standard: *s, superior: *id001}\n`,
    ],
    [
      "a project's list of leads shared with another's",
      `${head}indicators:\n  - {id: "1", name: x, standard: ≥1}\nprojects:\n  items:\n    - {id: 1, name: a, investment: 30, period: 2024-2030, lead: &l [区生态环境分局]}\n    - {id: 2, name: b, investment: 50, period: 2023-2024, lead: *l}\n`,
    ],
    [
      "YAML 1.1 words and numbers, which 1.2 reads as text",
      `${head}indicators:\n  - {id: '1', name: yes, unit: 1_000, note: 0b11, standard: ≥1}\n  - {id: '2', name: on, note: +0x1f, standard: ≥1}\n`,
    ],
    [
      "JSON whose nested lines start at the first column: a flow document has no block to be indented past",
      `{"region": {"name": "x"}, "plan": {"base_year": 2022}, "indicators": [\n{"id": "1",\n"name": "x", "standard": "≥1"}\n]}\n`,
    ],
  ])("%s: read by the fast path, as the locating path reads it", (_name, text) => {
    const fast = fastLoad(text, "x");
    expect(fast?.ok).toBe(true);
    expect(fast).toEqual(locatingLoad(text, "x"));
  });

  it.each([
    ["an alias inside what it names", `${head}indicators:\n  - {id: '1', name: x, standard: ≥1, note: &a [1, *a]}\n`],
    [
      "an alias below its key",
      `${head}indicators:\n  - id: '1'\n    name: &n x\n    standard: ≥1\n    note:\n      *n\n`,
    ],
    ["an unknown tag", "region: !custom x\n"],
    ["a null key", "region: {name: x, ~: y}\n"],
    ["a collection as a key", "region: {name: x, [a]: y}\n"],
    ["a key over 1,000 characters", `region: {name: x, "${"k".repeat(1100)}": y}\n`],
    [
      "a block scalar with an indentation indicator",
      `${head}indicators:\n  - id: '1'\n    name: |2\n      x\n    standard: ≥1\n`,
    ],
    [
      "a block scalar with a line of spaces",
      `${head}indicators:\n  - id: '1'\n    name: |\n      x\n   \n      y\n    standard: ≥1\n`,
    ],
    [
      "a block scalar below its key",
      `${head}indicators:\n  - id: '1'\n    name:\n      |\n       x\n    standard: ≥1\n`,
    ],

    [
      "an anchor, then a key, on its parent key's line (yaml refuses the mapping there)",
      `region: &r name: x\nplan: {base_year: 2022}\n`,
    ],
    ["a second document", "region: {name: x}\n---\n"],
    ["two anchors on one node", "region: &a\n  &b {name: x}\n"],
    [
      "a plain value continued with a blank line in it",
      `${head}indicators:\n  - id: '1'\n    name: a long\n\n      name\n    standard: ≥1\n`,
    ],
    ["a key twice", `${head}indicators:\n  - id: '1'\n    name: x\n    name: y\n    standard: ≥1\n`],
    // A flow collection in a block one continued at its line's indentation or further left: yaml
    // refuses it, js-yaml read it (a value had passed where the file does not parse).
    [
      "a flow mapping continued at its key's column",
      `${head}indicators:\n  - id: '1'\n    name: x\n    standard: ≥1\n    baseline: {2020: 50.76,\n    2021: 50.43}\n`,
    ],
    ["a flow row continued at its dash's column", `${head}indicators:\n- {id: '1', name: x,\nstandard: ≥1}\n`],
    [
      "a flow list of rows with a comma at the key's column",
      `${head}indicators: [\n  {id: '1', name: x, standard: ≥1}\n, {id: '2', name: y, standard: 建立}\n]\n`,
    ],
    // js-yaml read `binding: !` as true, `yaml` as "" (found by FUZZ_SEED=-228603568).
    [
      "a tag alone at the end of its line",
      `${head}indicators:\n  - id: '1'\n    name: x\n    binding: !\n    standard: ≥1\n`,
    ],
  ])("%s goes to the locating path", (_name, text) => {
    expect(fastLoad(text, "x")).toBeUndefined();
    // The command's errors also say where they end (read.ts measures that after either path).
    expect(withoutEnds(loadIndicatorFile(text, "x"))).toEqual(locatingLoad(text, "x"));
  });

  it.each([
    [
      "an error in the plan",
      "region: {name: x}\nplan: {base_year: twenty}\nindicators:\n  - {id: '1', name: x, standard: '≥1'}\n",
    ],
    [
      "errors beside anchors no alias uses",
      "region: &r {name: x}\nplan: &p {base_year: twenty}\nindicators: &rows\n  - &row {id: '1', name: &n x, standard: &s '≥1 foo'}\n",
    ],
    [
      "a bad rule shared through an alias: wrong in every row that uses it, each at its own place",
      `${head}indicators:\n  - {id: '1', name: x, standard: &s '≥1 foo'}\n  - {id: '2', name: x, standard: *s}\n  - id: '3'\n    name: x\n    standard: *s\n`,
    ],
    [
      "an error inside a list shared through an alias, outside the rows and in them",
      `${head}indicators:\n  - {id: '1', name: x, standard: ≥1, baseline: &b {2022: [1]}}\n  - {id: '2', name: x, standard: ≥1, baseline: *b}\nprojects:\n  items:\n    - {id: 1, name: a, lead: &l [{x: 1}]}\n    - {id: 2, name: b, lead: *l}\n`,
    ],
    [
      "a whole row repeated through an alias: its id twice",
      `${head}indicators:\n  - &row {id: '1', name: x, standard: ≥1}\n  - *row\n`,
    ],
    [
      "a bad rule in a row",
      `${head}indicators:\n  - {id: '1', name: x, standard: '≥1'}\n  - {id: '2', name: x, standard: '≥1 foo'}\n`,
    ],
    [
      "errors in rows introduced by a lone dash, with comments",
      `${head}indicators:\n  # rows\n  -\n    id: '1'\n    name: x\n    standard: ≥1 foo\n  -  # two\n\n    id: '2'\n    basline: 3\n`,
    ],
    [
      "a row error and a key after the rows",
      `${head}indicators:\n- id: '1'\n  name: x\n  standard: ≥\nstandard: county-2099\n`,
    ],
  ])("%s: located by the fast path where the locating path puts it", (_name, text) => {
    const fast = fastLoad(text, "x");
    expect(fast?.ok).toBe(false);
    expect(fast).toEqual(locatingLoad(text, "x"));
  });
});

describe("the reading parse keeps places in proportion to the rows, not to what is in them", () => {
  it("a row's own place is kept; its fields' are not (an error there parses that row alone)", () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) =>
        `  - {id: "x${i + 1}", name: n, unit: "%", standard: "≥20", baseline: {2020: 24, 2021: 25}, near_term: "≥25", actuals: {2023: 26}}`,
    );
    const text = `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n${rows.join("\n")}\n`;
    const work = { kept: 0 };
    const parsed = readingParse(text, "rows.yaml", work);
    expect(parsed?.ok).toBe(true);
    // The root's keys and values, region's and plan's, and one place a row (not 1000 × 21 nodes).
    expect(work.kept).toBeGreaterThanOrEqual(1000);
    expect(work.kept).toBeLessThan(1020);
    if (!parsed?.ok) return;
    expect(parsed.value.locator.lineOf(["indicators", 999])).toBe(1003);
    // Inside a row, places still come out exactly: that row is parsed alone.
    expect(parsed.value.locator.locate(["indicators", 499, "actuals", "2023"])).toEqual({
      line: 503,
      column: 1 + rows[499]!.indexOf("26}"),
    });
    expect(parsed.value.locator.locate(["indicators", 499, "baseline"], "key")).toEqual({
      line: 503,
      column: 1 + rows[499]!.indexOf("baseline"),
    });
  });
});

describe("a file that is no mapping is placed where its content starts, as the locating path places it", () => {
  it.each([
    ["a list", "- a\n- b\n"],
    ["a list after comments and blank lines", "# c\n\n  # d\n- a\n"],
    ["a list after a start marker", "---\n- a\n"],
    ["a list after a start marker and a comment", "--- # c\n  - a\n"],
    ["a directive, then a list", "%YAML 1.2\n---\n  - a\n"],
    ["CRLF line ends", "# c\r\n\r\n- a\r\n"],
  ])("%s", (_name, text) => {
    const fast = fastLoad(text, "x");
    expect(fast?.ok).toBe(false);
    expect(fast).toEqual(locatingLoad(text, "x"));
  });
});

describe("millions of blank or comment lines before the content are read, not a stack overflow", () => {
  const row = "indicators:\n  - {id: '1', name: x, standard: ≥1, baseline: 5}\n";
  it.each([
    ["blank lines", "\n"],
    ["comment lines", "#\n"],
    ["CRLF blank lines", "\r\n"],
  ])("%s", (_name, line) => {
    const text = `${line.repeat(5_000_000)}region: {name: x}\nplan: {base_year: 2022}\n${row}`;
    expect(loaded(text).indicators.map((i) => [i.id, i.line])).toEqual([["1", 5_000_004]]);
  });

  it("a list after them is placed where it starts", () => {
    const errors = loadErrors(`${"\n".repeat(5_000_000)}- a\n`);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[5_000_001, 1]]);
  });
});

describe("an empty file is said at its start either way", () => {
  it.each([
    ["comments only", "# a\n# b\n"],
    ["blank lines", "\n\n  \n"],
    ["a start marker alone", "---\n"],
  ])("%s", (_name, text) => {
    expect(withoutEnds(loadIndicatorFile(text, "x"))).toEqual(locatingLoad(text, "x"));
  });
});

describe("files whose rows share values through aliases: read, and their errors placed, as the locating path does", () => {
  it("random rows, block and flow, each value its own or an alias of the first row's", () => {
    const head = "region: {name: x}\nplan: {base_year: 2022}\nindicators:\n";
    const standard = fc.constantFrom("≥1", "'≥1 foo'", "建立", "'≤35'");
    const baseline = fc.constantFrom("25", "abc", "{2022: 1}", "{2022: [1]}", "{2023: 1}");
    const row = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), standard, baseline);
    let fast = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 5 }), (rows) => {
        const body = rows.map(([flow, shareStandard, shareBaseline, s, b], i) => {
          const std = i === 0 ? `&s ${s}` : shareStandard ? "*s" : s;
          const base = i === 0 ? `&b ${b}` : shareBaseline ? "*b" : b;
          return flow
            ? `  - {id: '${i + 1}', name: x, standard: ${std}, baseline: ${base}}\n`
            : `  - id: '${i + 1}'\n    name: x\n    standard: ${std}\n    baseline: ${base}\n`;
        });
        const text = `${head}${body.join("")}`;
        const read = fastLoad(text, "x");
        if (read === undefined) return;
        fast++;
        expect(read).toEqual(locatingLoad(text, "x"));
      }),
      { numRuns: 400, seed: Number(process.env.SHARED_SEED ?? 20_261_207) },
    );
    expect(fast).toBeGreaterThan(300);
  });
});

describe("rows in a flow sequence (a JSON file): a row with an error is parsed alone, and placed as the locating path places it", () => {
  it("random JSON and flow-style files, compact or indented, with errors in rows and in the frame", () => {
    const row = fc.record({
      standard: fc.constantFrom("≥1", "≥1 foo", "建立"),
      baseline: fc.constantFrom<unknown>(25, "abc", { 2022: 1 }, { 2022: [1] }),
      extra: fc.boolean(),
    });
    const file = fc.record({
      rows: fc.array(row, { minLength: 1, maxLength: 6 }),
      indent: fc.constantFrom<number | string>(0, 1, 2, 4, "\t"),
      yamlStyle: fc.boolean(),
      badPlan: fc.boolean(),
      badRegion: fc.boolean(),
      // A key after the rows, naming an edition there is none of: an error placed after them.
      tail: fc.boolean(),
    });
    fc.assert(
      fc.property(file, (f) => {
        const rows = f.rows.map((r, i) => ({
          id: String(i + 1),
          name: "x",
          standard: r.standard,
          baseline: r.baseline,
          ...(r.extra ? { note: "n", bogus: 1 } : {}),
        }));
        const frame = { region: { name: f.badRegion ? 5 : "x" }, plan: { base_year: f.badPlan ? "abc" : 2022 } };
        const text = f.yamlStyle
          ? `region: ${JSON.stringify(frame.region)}\nplan: ${JSON.stringify(frame.plan)}\nindicators: [\n${rows
              .map((r) => `  ${JSON.stringify(r, null, f.indent).replace(/\n/g, "\n    ")}`)
              .join(",\n")}\n]\n${f.tail ? "standard: county-2099\n" : ""}`
          : JSON.stringify(
              { ...frame, indicators: rows, ...(f.tail ? { standard: "county-2099" } : {}) },
              null,
              f.indent,
            );
        const read = fastLoad(text, "x");
        expect(read, "js-yaml reads every such file").toBeDefined();
        expect(read).toEqual(locatingLoad(text, "x"));
      }),
      { numRuns: 300, seed: 20_261_207 },
    );
  });
});
