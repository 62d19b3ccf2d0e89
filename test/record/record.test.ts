import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadIndicatorFile } from "../../src/read.js";
import { recordValues } from "../../src/record/record.js";

const seed = readFileSync(new URL("../../seeds/lingling.yaml", import.meta.url), "utf8");

function record(
  text: string,
  entries: Array<[string, string]>,
  options: { year?: number; force?: boolean; note?: string; editionIds?: string[] } = {},
) {
  return recordValues(
    text,
    entries.map(([id, value]) => ({ id, value })),
    {
      year: options.year ?? 2023,
      force: options.force ?? false,
      ...(options.note ? { note: options.note } : {}),
      ...(options.editionIds ? { editionIds: options.editionIds } : {}),
    },
  );
}

/** Lines of `after` with the lines of `before` removed in order: what the edit added. */
function added(before: string, after: string): string[] {
  const old = before.split("\n");
  const out: string[] = [];
  let i = 0;
  for (const line of after.split("\n")) {
    if (i < old.length && line === old[i]) i++;
    else out.push(line);
  }
  expect(i).toBe(old.length); // every original line is still there, unchanged and in order
  return out;
}

const actual = (text: string, id: string, year: number) => {
  const r = loadIndicatorFile(text, "x");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.indicators.find((i) => i.id === id)!.actuals.find((o) => o.year === year)?.value;
};

describe("recordValues", () => {
  it("adds a line per row and keeps every other byte, comments included", () => {
    const r = record(seed, [
      ["1", "26.1"],
      ["15", "87"],
      ["2", "已建立"],
    ]);
    if (!r.ok) throw new Error("expected ok");
    expect(added(seed, r.text)).toEqual([
      "    actuals: {2023: 26.1}",
      "    actuals: {2023: 已建立}",
      "    actuals: {2023: 87}",
    ]);
    expect(r.text).toContain("# Hunan lies in the central region");
    expect(actual(r.text, "1", 2023)).toEqual({ kind: "number", n: 26.1 });
  });

  it("keeps a CRLF file CRLF: the lines it adds end as the file's do", () => {
    const crlf = seed.replaceAll("\n", "\r\n");
    const r = record(crlf, [
      ["1", "26.1"],
      ["15", "87"],
      ["R1", "61"],
    ]);
    if (!r.ok) throw new Error("expected ok");
    expect(r.text).not.toMatch(/[^\r]\n/);
    expect(added(seed, r.text.replaceAll("\r\n", "\n"))).toHaveLength(3);
    expect(actual(r.text, "15", 2023)).toEqual({ kind: "number", n: 87 });
  });

  it("adds a later year to a flow map in year order, and an earlier one before it", () => {
    const once = record(seed, [["1", "26.1"]], { year: 2024 });
    if (!once.ok) throw new Error();
    const twice = record(once.text, [["1", "25.9"]], { year: 2023 });
    if (!twice.ok) throw new Error();
    expect(twice.text).toContain("actuals: {2023: 25.9, 2024: 26.1}");
  });

  it("extends a block map in its own style, keeping its comments", () => {
    const text = seed.replace("    baseline: 25.5\n", "    baseline: 25.5\n    actuals:\n      2023: 26.1   # 年报\n");
    const r = record(text, [["1", "26.4"]], { year: 2024 });
    if (!r.ok) throw new Error();
    expect(r.text).toContain("    actuals:\n      2023: 26.1   # 年报\n      2024: 26.4\n");
  });

  it("the same value again changes nothing", () => {
    const once = record(seed, [["1", "26.1"]]);
    if (!once.ok) throw new Error();
    const again = record(once.text, [["1", "26.10"]]);
    expect(again).toEqual({ ok: true, text: once.text, changes: [{ id: "1", kind: "unchanged", value: "26.10" }] });
  });

  it("refuses to replace a different value without force, showing old and new", () => {
    const once = record(seed, [["1", "26.1"]]);
    if (!once.ok) throw new Error();
    // At the value held: the line that holds it, the column where it starts.
    const lines = once.text.split("\n");
    const line = lines.findIndex((l) => l.includes("{2023: 26.1}"));
    const at = { line: line + 1, column: lines[line]!.indexOf("26.1") + 1 };
    expect(record(once.text, [["1", "27"]])).toEqual({
      ok: false,
      problems: [{ kind: "conflict", id: "1", old: "26.1", value: "27", at }],
    });
    const forced = record(once.text, [["1", "27"]], { force: true });
    if (!forced.ok) throw new Error();
    expect(forced.text).toContain("actuals: {2023: 27}");
    expect(forced.changes).toEqual([{ id: "1", kind: "changed", old: "26.1", value: "27" }]);
  });

  it("stores a note with the value", () => {
    const r = record(seed, [["15", "87"]], { note: "统计年鉴" });
    if (!r.ok) throw new Error();
    expect(r.text).toContain('actuals: {2023: {value: 87, note: "统计年鉴"}}');
  });

  it("an entry's own note (a table's note column) goes with its value, before the common note", () => {
    const r = recordValues(
      seed,
      [
        { id: "15", value: "87", note: "抽样" },
        { id: "1", value: "26" },
      ],
      { year: 2023, force: false, note: "统计年鉴" },
    );
    if (!r.ok) throw new Error();
    expect(r.text).toContain('actuals: {2023: {value: 87, note: "抽样"}}');
    expect(r.text).toContain('actuals: {2023: {value: 26, note: "统计年鉴"}}');
  });

  it("an unknown id or an unreadable value is a problem, and nothing is written", () => {
    expect(
      record(seed, [
        ["1", "26.1"],
        ["X9", "1"],
        ["15", "about right"],
      ]),
    ).toEqual({
      ok: false,
      problems: [
        { kind: "unknown-id", id: "X9", suggestion: "9" },
        { kind: "unreadable-value", id: "15", value: "about right" },
      ],
    });
  });

  it("appends a row the file lacks when its edition has it", () => {
    const text = `region: {name: x, zone: east}\nstandard: county-2024\nplan: {base_year: 2022}\nindicators:\n  - id: "1"\n    baseline: 25.5\n`;
    const r = record(text, [["17", "96"]], { editionIds: ["1", "17"] });
    if (!r.ok) throw new Error();
    expect(r.text.endsWith(`  - id: "17"\n    actuals: {2023: 96}\n`)).toBe(true);
    expect(actual(r.text, "17", 2023)).toEqual({ kind: "number", n: 96 });
  });

  it.each([
    [
      "the last row first",
      [
        ["1", "26"],
        ["17", "96"],
      ],
    ],
    [
      "the appended row first",
      [
        ["17", "96"],
        ["1", "26"],
      ],
    ],
  ] as const)("a value for the last row and an appended row: each lands in its own row (%s)", (_order, entries) => {
    const text = `region: {name: x, zone: east}\nstandard: county-2024\nplan: {base_year: 2022}\nindicators:\n  - id: "1"\n    baseline: 25.5\n`;
    const r = record(
      text,
      entries.map(([id, value]) => [id, value]),
      { editionIds: ["1", "17"] },
    );
    if (!r.ok) throw new Error();
    expect(actual(r.text, "1", 2023)).toEqual({ kind: "number", n: 26 });
    expect(actual(r.text, "17", 2023)).toEqual({ kind: "number", n: 96 });
  });

  it("fills a blank `actuals:`", () => {
    const text = seed.replace("    baseline: 25.5\n", "    baseline: 25.5\n    actuals:   # 待填\n");
    const r = record(text, [["1", "26"]]);
    if (!r.ok) throw new Error();
    expect(r.text).toContain("    actuals: {2023: 26}   # 待填\n");
  });
});

describe("recordValues on layouts that once broke the file", () => {
  const text = `region: {name: x, zone: east}\nplan: {base_year: 2022}\nindicators:\n  - id: "1"\n    name: 甲\n    standard: "≥1"\n    actuals: ~\n  - id: "2"\n    name: 乙\n    standard: "≥1"\n    actuals:\n      2023:\n        value: 5\n        note: 年报\n`;

  it("fills `actuals: ~`", () => {
    const r = record(text, [["1", "5"]], { year: 2024 });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.text).toContain('    actuals: {2024: 5}\n  - id: "2"');
    expect(actual(r.text, "1", 2024)).toEqual({ kind: "number", n: 5 });
  });

  it("the same id twice with the same value is one value; with two values it is refused", () => {
    const same = record(
      text,
      [
        ["1", "5"],
        ["1", "5.0"],
      ],
      { year: 2024 },
    );
    if (!same.ok) throw new Error(JSON.stringify(same));
    expect(same.changes).toEqual([{ id: "1", kind: "added", value: "5" }]);
    expect(
      record(
        text,
        [
          ["1", "5"],
          ["1", "6"],
          ["1", "7"],
        ],
        { year: 2024 },
      ),
    ).toEqual({ ok: false, problems: [{ kind: "twice", id: "1", value: "5", other: "6" }] });
  });

  it("--force over a {value, note} year in block style replaces the whole value, keeping its note", () => {
    const r = record(text, [["2", "6"]], { year: 2023, force: true });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.text).toMatch(/ {4}actuals:\n {6}2023: \{value: 6, note: "[^"]+"\}\n$/);
    expect(actual(r.text, "2", 2023)).toEqual({ kind: "number", n: 6 });
  });

  it("extends flow collections that end with a comma", () => {
    const flow = `region: {name: x, zone: east}\nstandard: county-2024\nplan: {base_year: 2022}\nindicators: [\n  {id: "1", actuals: {2023: 26, }, },\n]\n`;
    const r = record(
      flow,
      [
        ["1", "27"],
        ["17", "96"],
      ],
      { year: 2024, editionIds: ["1", "17"] },
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.text).toContain(`  {id: "1", actuals: {2023: 26, 2024: 27 }, }, {id: "17", actuals: {2024: 96}}\n]`);
    expect(actual(r.text, "17", 2024)).toEqual({ kind: "number", n: 96 });
  });
});

describe("recordValues where a value is written once and used in several places (PyYAML's &id001 / *id001)", () => {
  const head = "region: {name: 测试区}\nplan: {base_year: 2022}\nindicators:\n";
  const shared = `${head}- id: '1'\n  name: a\n  standard: ≥20\n  actuals: &id001\n    2023: 25\n- id: '2'\n  name: b\n  standard: ≥20\n  actuals: *id001\n- id: '3'\n  name: c\n  standard: ≥20\n  baseline: 25\n`;
  it.each([
    // The anchored value is placed where it starts: its first key, below `actuals: &id001`.
    ["the row that holds the anchor", "1", "shared", "actuals", "&id001", 8, 5],
    ["a row that holds the alias", "2", "shared", "actuals", "*id001", 12, 12],
  ])(
    "%s: refused at it, nothing written (recording would change the other row too)",
    (_name, id, kind, what, mark, line, column) => {
      const r = record(shared, [[id, "30"]], { year: 2024, force: true });
      expect(r.ok ? r.text : r.problems).toEqual([{ kind, id, what, mark, at: { line, column } }]);
    },
  );

  it("a year key written as an alias (so a key could be there twice): refused at it", () => {
    const text = `${head}- id: '1'\n  name: a\n  standard: ≥20\n  actuals: {&y 2023: 25}\n- id: '2'\n  name: b\n  standard: ≥20\n  actuals: {*y : 27, 2024: 28}\n`;
    const r = record(text, [["2", "19"]], { year: 2023 });
    expect(r.ok ? r.text : r.problems).toEqual([
      { kind: "shared", id: "2", what: "actuals", mark: "*y", at: { line: 11, column: 13 } },
    ]);
  });

  it("a row sharing nothing is recorded as ever", () => {
    const r = record(shared, [["3", "30"]], { year: 2024 });
    expect(r.ok && actual(r.text, "3", 2024)).toEqual({ kind: "number", n: 30 });
  });
});
