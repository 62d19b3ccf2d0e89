/**
 * Every layout the loader accepts, generated: block and flow rows in a block or flow list, each
 * field type as a row's last field, comments between and after rows, LF, CRLF and CR line ends,
 * a byte-order mark. Each file is recorded into, then read back by an independent parser
 * (js-yaml): only the named row may change, and only by gaining the named year and value.
 */
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { loadIndicatorFile } from "../../src/read.js";
import { normalizeValue } from "../../src/model/value.js";
import { recordText } from "../../src/record/recordText.js";

/** A row's last field, in block style (lines at the row's key indentation) and in flow style. */
const LAST_FIELDS: Record<string, { block?: string[]; flow?: string }> = {
  "baseline scalar": { block: ["baseline: 10"], flow: "baseline: 10" },
  "baseline series": { block: ["baseline:", "  2020: 8", "  2022: 10"], flow: "baseline: {2020: 8, 2022: 10}" },
  "baseline value and note": {
    block: ["baseline:", "  value: 10", "  note: 统计年鉴"],
    flow: "baseline: {value: 10, note: 统计年鉴}",
  },
  superior: {
    block: ["baseline: 10", "superior:", '  2022: "≥5"', '  2025: "≥6"'],
    flow: 'superior: {2022: "≥5", 2025: "≥6"}',
  },
  review: {
    block: ["baseline: 10", "review:", "  verdict: pass", "  by: 县生态环境局", "  note: 已复核"],
    flow: "review: {verdict: pass, by: 县生态环境局}",
  },
  "standard by_region": {
    block: [
      "baseline: 10",
      "standard:",
      "  by_region:",
      "    - when: {zone: east}",
      '      rule: "≥1"',
      "    - when:",
      "        zone: [central, west]",
      '      rule: "≥2"',
    ],
    flow: 'standard: {by_region: [{when: {zone: east}, rule: "≥1"}, {when: {zone: [central, west]}, rule: "≥2"}]}',
  },
  note: { block: ["baseline: 10", "note: 一段说明"], flow: "note: 一段说明" },
  "note block scalar": { block: ["baseline: 10", "note: |", "  第一行", "  第二行"] },
  "actuals block": { block: ["baseline: 10", "actuals:", "  2021: 9", "  2023: 11   # 年报"] },
  "actuals block value and note": { block: ["baseline: 10", "actuals:", "  2023:", "    value: 11", "    note: 年报"] },
  // Explicit keys, as some YAML writers put them: a year added at the `?`'s column, not its key's.
  "actuals explicit keys": { block: ["baseline: 10", "actuals:", "  ? 2021", "  : 9", "  ? 2023", "  : 11   # 年报"] },
  "actuals flow": { block: ["baseline: 10", "actuals: {2021: 9, 2023: 11}"], flow: "actuals: {2021: 9, 2023: 11}" },
  "actuals empty flow": { block: ["baseline: 10", "actuals: {}"], flow: "actuals: {}" },
  "actuals blank": { block: ["baseline: 10", "actuals:"] },
  "actuals blank with comment": { block: ["baseline: 10", "actuals:   # 待填"] },
  "actuals ~": { block: ["baseline: 10", "actuals: ~"], flow: "actuals: ~" },
  "actuals null": { block: ["baseline: 10", "actuals: null"], flow: "actuals: null" },
};

const IDS = ["1", "2", "3"];
const NAMES = ["甲", "乙", "丙"];

interface Layout {
  list: "block" | "flow";
  row: "block" | "flow";
  last: string;
  comments: boolean;
  eol: "\n" | "\r\n" | "\r";
  bom: boolean;
}

/** The standard a row has before its last field (unless that field is the standard itself). */
const head = (i: number, last: string) => [
  `id: "${IDS[i]}"`,
  `name: ${NAMES[i]}`,
  ...(last === "standard by_region" ? [] : ['standard: "≥1"']),
];

function fileText({ list, row, last, comments, eol, bom }: Layout): string {
  const lines = ["# 生成的布局", "region: {name: 测试县, zone: east}", "plan: {base_year: 2022, near_term: 2025}"];
  const flowRow = (i: number) => `{${[...head(i, last), LAST_FIELDS[last]!.flow!].join(", ")}}`;
  if (list === "flow") {
    lines.push("indicators: [");
    for (let i = 0; i < IDS.length; i++)
      lines.push(`  ${flowRow(i)}${i < IDS.length - 1 ? "," : ""}${comments ? "   # 行注释" : ""}`);
    lines.push("]");
  } else {
    lines.push("indicators:");
    IDS.forEach((_, i) => {
      if (comments && i > 0) lines.push("", "  # ── 下一组 ──");
      if (row === "flow") lines.push(`  - ${flowRow(i)}${comments ? "   # 行注释" : ""}`);
      else {
        const fields = [...head(i, last), ...LAST_FIELDS[last]!.block!];
        lines.push(`  - ${fields[0]}`, ...fields.slice(1).map((f) => `    ${f}`));
        if (comments) lines.push("      # 行末的注释", "    # 另一条");
      }
    });
    if (comments) lines.push("# 文件末尾的注释");
  }
  return (bom ? "\uFEFF" : "") + lines.join(eol) + eol;
}

function* layouts(): Generator<Layout> {
  for (const last of Object.keys(LAST_FIELDS))
    for (const [list, row] of [
      ["block", "block"],
      ["block", "flow"],
      ["flow", "flow"],
    ] as const) {
      if (row === "block" ? !LAST_FIELDS[last]!.block : !LAST_FIELDS[last]!.flow) continue;
      for (const comments of [false, true])
        for (const eol of ["\n", "\r\n", "\r"] as const)
          for (const bom of [false, true]) yield { list, row, last, comments, eol, bom };
    }
}

/** The file's data as an independent parser reads it. */
const data = (text: string) =>
  jsYaml.load(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")) as { indicators: Array<Record<string, unknown>> };

const name = (l: Layout) =>
  `${l.last}, ${l.row} rows in a ${l.list} list${l.comments ? ", comments" : ""}, ${JSON.stringify(l.eol)}${l.bom ? ", BOM" : ""}`;

describe("record places a value in the named row, whatever the layout", () => {
  const all = [...layouts()];

  it("generates every layout, and each one loads", () => {
    expect(all.length).toBeGreaterThan(300);
    for (const l of all) expect(loadIndicatorFile(fileText(l), "x.yaml").ok, name(l)).toBe(true);
  });

  for (const [year, force] of [
    [2024, false],
    [2023, true],
    [2022, true],
  ] as const) {
    it(`${year}${force ? " with --force" : ""}: only the named row gains only the named year, in every layout`, () => {
      for (const l of all)
        for (const target of [0, 1, 2]) {
          const text = fileText(l);
          const id = IDS[target]!;
          const result = recordText(text, [{ id, value: "12.5" }], { year, force }, "x.yaml");
          const where = `${name(l)}, row ${id}`;
          if (!result.ok) throw new Error(`${where}: refused ${JSON.stringify(result.problems)}`);
          const expected = data(text);
          const row = expected.indicators[target]!;
          // A replaced {value, note} keeps its note (--force changes the figure, not its source).
          const held = (row.actuals as Record<number, unknown> | null)?.[year];
          const note =
            held !== null && typeof held === "object" && "note" in held ? (held as { note: unknown }).note : undefined;
          row.actuals = {
            ...((row.actuals as object | null) ?? {}),
            [year]: note === undefined ? 12.5 : { value: 12.5, note },
          };
          expect(data(result.text), where).toEqual(expected);
          // The line ends and the byte-order mark stay as they were.
          expect(result.text.startsWith("\uFEFF"), where).toBe(l.bom);
          if (l.eol !== "\n") expect(result.text, where).not.toMatch(/\n(?<!\r\n)/);
          if (l.eol === "\r\n") expect(result.text.replaceAll("\r\n", ""), where).not.toContain("\r");
          // And the tool itself reads the value where it was put.
          const loaded = loadIndicatorFile(result.text, "x.yaml");
          if (!loaded.ok) throw new Error(`${where}: ${JSON.stringify(loaded.errors)}`);
          expect(
            loaded.value.indicators.find((i) => i.id === id)!.actuals.find((o) => o.year === year)?.value,
            where,
          ).toEqual(normalizeValue("12.5"));
        }
    });
  }

  it("with a note, a value replaces a {value, note} year in block style and the next row keeps its own", () => {
    for (const l of all.filter((x) => x.last === "actuals block value and note")) {
      const text = fileText(l);
      const result = recordText(text, [{ id: "1", value: "13" }], { year: 2023, force: true, note: "修订" }, "x.yaml");
      if (!result.ok) throw new Error(`${name(l)}: ${JSON.stringify(result.problems)}`);
      const expected = data(text);
      expected.indicators[0]!.actuals = { 2023: { value: 13, note: "修订" } };
      expect(data(result.text), name(l)).toEqual(expected);
    }
  });

  it("appends a row the file lacks but its edition has, to a block or a flow list, after any last field", () => {
    const region =
      "region: {name: 测试区, zone: central, urban_district: true}\nstandard: county-2024\nplan: {base_year: 2022}\n";
    const lists = {
      block: (last: string) => `indicators:\n  - id: "1"\n    ${last.replaceAll("\n", "\n    ")}\n`,
      flow: (last: string) => `indicators: [{id: "1", ${last}}]\n`,
      "flow, on lines": (last: string) => `indicators: [\n  {id: "1", ${last}}   # 注释\n]\n`,
    };
    const lasts = {
      block: [
        "baseline: 25.5",
        "baseline:\n  2021: 24\n  2022: 25.5",
        'superior:\n  2022: "≥20"',
        "note: |\n  说明\n",
        "actuals:\n  2023:\n    value: 26\n    note: 年报",
      ],
      flow: [
        "baseline: 25.5",
        "baseline: {2021: 24, 2022: 25.5}",
        'superior: {2022: "≥20"}',
        "actuals: ~",
        "actuals: {}",
      ],
    };
    for (const [list, make] of Object.entries(lists))
      for (const last of list === "block" ? lasts.block : lasts.flow)
        for (const eol of ["\n", "\r\n", "\r"]) {
          const text = (region + make(last)).replaceAll("\n", eol);
          const where = `${list} list, last field ${JSON.stringify(last)}, ${JSON.stringify(eol)}`;
          expect(loadIndicatorFile(text, "x.yaml").ok, where).toBe(true);
          const result = recordText(
            text,
            [
              { id: "17", value: "96" },
              { id: "1", value: "27" },
            ],
            { year: 2024, force: false },
            "x.yaml",
          );
          if (!result.ok) throw new Error(`${where}: ${JSON.stringify(result.problems)}`);
          const expected = data(text);
          const rows = expected.indicators;
          if (rows[0]) rows[0].actuals = { ...((rows[0].actuals as object | null) ?? {}), 2024: 27 };
          rows.push({ id: "17", actuals: { 2024: 96 } });
          expect(data(result.text), where).toEqual(expected);
        }
  });
});

describe("a percentage recorded for a row of another unit", () => {
  const text = `region: {name: x}
plan: {base_year: 2022}
indicators:
  - {id: "3", name: 死亡率, unit: "‰", standard: "≤20", baseline: 10}
  - {id: "4", name: 比例, unit: "%", standard: "≥20", baseline: 25}
`;
  it("is refused where the unit is ‰ (15 % is 150 ‰), and written as a number where it is %", () => {
    expect(recordText(text, [{ id: "3", value: "15%" }], { year: 2023, force: false }, "x.yaml")).toEqual({
      ok: false,
      problems: [{ kind: "unreadable-value", id: "3", value: "15%" }],
    });
    const written = recordText(text, [{ id: "4", value: "15%" }], { year: 2023, force: false }, "x.yaml");
    expect(written.ok && written.text).toContain(`baseline: 25, actuals: {2023: 15}}`);
  });
});
