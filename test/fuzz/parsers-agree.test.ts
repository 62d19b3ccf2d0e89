/**
 * The two parsers read a file as one: whatever js-yaml (the reading path) accepts, `yaml` (the
 * locating path, and `record`'s editor) accepts as the same data. The texts are written raw — plain,
 * quoted, flow and block — never through a YAML writer, which would quote exactly the forms on
 * which parsers differ (`True`, `0o7`, `1_000`, `1e3`, a key of 1,100 characters).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locatingParse, readingParse } from "../../src/load/parse.js";
import { params, timeoutFor } from "./budget.js";

/** Data as both parsers give it, comparable: NaN stays NaN, -0 is -0. */
const same = (a: unknown, b: unknown) =>
  expect(
    Object.is(a, b) || JSON.stringify(a, replacer) === JSON.stringify(b, replacer),
    `${JSON.stringify(a, replacer)} ≠ ${JSON.stringify(b, replacer)}`,
  ).toBe(true);
const replacer = (_k: string, v: unknown) =>
  typeof v === "number" && !Number.isFinite(v) ? `#${v}` : Object.is(v, -0) ? "#-0" : v;

function agree(text: string): "read" | "left" {
  const reading = readingParse(text, "x.yaml");
  if (!reading) return "left";
  const locating = locatingParse(text, "x.yaml");
  expect(
    locating.ok,
    `js-yaml reads ${JSON.stringify(text)}; yaml says ${JSON.stringify(locating.ok ? "" : locating.errors)}`,
  ).toBe(true);
  if (reading.ok && locating.ok) same(reading.value.data, locating.value.data);
  return "read";
}

/** Scalars on which YAML 1.1, 1.2 and parsers differ. */
const TRICKY = [
  "-",
  "- -",
  "-\n-",
  "True",
  "TRUE",
  "tRUE",
  "yes",
  "No",
  "on",
  "OFF",
  "y",
  "n",
  "~",
  "null",
  "Null",
  "NULL",
  "nULL",
  "",
  "0o7",
  "0o8",
  "07",
  "0x1F",
  "0X1F",
  "-0x1",
  "+0x1",
  "0b101",
  "84.99999999999999999",
  "8499999999999999999e-17",
  "12345678901234567890",
  "85.000000000000000000",
  "-0.0000000000000000012345678901234567",
  "1_000",
  "1,000",
  "1e3",
  "1E-3",
  "1.",
  ".5",
  "-.5",
  "+1",
  "-0",
  "+0.0",
  "1e",
  "e3",
  ".inf",
  "-.Inf",
  "+.INF",
  ".NaN",
  ".nan",
  ".NAN",
  "nan",
  "inf",
  "2022-01-05",
  "2022-1-5 10:00",
  "12:30",
  "1:20:30",
  "0.1.2",
  "≥85",
  "100%",
  "'",
  '"',
  "a: b",
  "a #b",
  "a#b",
  "- x",
  "? x",
  "!x",
  "!!str 1",
  "!!int 1",
  "!!float 1",
  "!!bool yes",
  "@x",
  "`x",
  "%x",
  "|",
  ">",
  "*x",
  "&x y",
  "{}",
  "[]",
  "x]",
  "x}",
  ",x",
  "中文",
  "全角１２３",
  "\u00a0x",
  "x\u3000",
  "\u2028",
  "\uFEFFx",
];

const plainScalar = fc.oneof(fc.constantFrom(...TRICKY), fc.stringMatching(/^[-+.0-9a-zA-Z_:~eoxb%≥≤ ]{1,8}$/));
const quoted = fc.oneof(
  plainScalar.map((s) => `'${s.replaceAll("'", "''")}'`),
  fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
);
const scalar = fc.oneof(plainScalar, quoted);
const key = fc.oneof(
  fc.constantFrom("a", "name", "1", "2022", "true", "~", "0o7", "1e3", "x y"),
  quoted,
  fc.constant(`"${"k".repeat(1100)}"`),
  fc.constant(`${"k".repeat(1100)}`),
);

describe("js-yaml and yaml read a file as one", () => {
  it.each(TRICKY.map((s) => [s]))("the scalar %j, plain, quoted and as a key", (s) => {
    for (const text of [
      `v: ${s}\n`,
      `v: [${s}]\n`,
      `v: {k: ${s}}\n`,
      `- ${s}\n`,
      `${s}: v\n`,
      `{${s}: v}\n`,
      `v: '${s.replaceAll("'", "''")}'\n`,
    ])
      agree(text);
  });

  it("a key over 1,024 characters is refused by both, or read by both alike", () => {
    for (const k of [`"${"k".repeat(1100)}"`, `'${"k".repeat(1100)}'`, "k".repeat(1100)]) {
      agree(`${k}: v\n`);
      agree(`{${k}: v}\n`);
    }
  });

  it(
    "random scalars in every position",
    () => {
      let read = 0;
      fc.assert(
        fc.property(
          fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 4 }),
          fc.constantFrom("block", "flow", "list"),
          (pairs, layout) => {
            const text =
              layout === "block"
                ? `${pairs.map(([k, v]) => `${k}: ${v}`).join("\n")}\n`
                : layout === "flow"
                  ? `{${pairs.map(([k, v]) => `${k}: ${v}`).join(", ")}}\n`
                  : `${pairs.map(([, v]) => `- ${v}`).join("\n")}\n`;
            if (agree(text) === "read") read++;
          },
        ),
        params("parsersAgreeScalars"),
      );
      console.log(
        `fuzz: parsers agree: ${read} of ${params("parsersAgreeScalars").numRuns} texts read by js-yaml, each as yaml reads it`,
      );
    },
    timeoutFor("parsersAgreeScalars", 5),
  );

  it("block scalars, read by js-yaml, are read alike by yaml: headers, indentation, blank lines, chomping", () => {
    let read = 0;
    const header = fc.constantFrom("|", ">", "|-", ">-", "|+", ">+", "|2", ">1", "|1-", ">2+", "| # c", ">- #c");
    const line = fc.oneof(
      fc.constantFrom("", " ", "a", "a b", "  more", "   deeper", "# not a comment", "- x", "k: v", "\t", "中文"),
      plainScalar,
    );
    fc.assert(
      fc.property(
        fc.tuple(
          header,
          fc.array(line, { maxLength: 5 }),
          fc.constantFrom("", "\n", "\n\n"),
          fc.integer({ min: 0, max: 4 }),
        ),
        ([h, lines, trailing, indent]) => {
          const pad = " ".repeat(indent + 2);
          const body = lines.map((l) => (l === "" ? "" : `${pad}${l}`)).join("\n");
          for (const text of [
            `note: ${h}\n${body}\n${trailing}next: 1\n`,
            `indicators:\n  - id: '1'\n    note: ${h}\n  ${body.replaceAll("\n", "\n  ")}\n${trailing}    name: x\n`,
            `- ${h}\n${body}\n${trailing}`,
          ])
            if (agree(text) === "read") read++;
        },
      ),
      { numRuns: 3000, seed: Number(process.env.BLOCK_SEED ?? 20_261_207) },
    );
    // Most are read by js-yaml: the property is not held only by leaving everything to `yaml`.
    expect(read).toBeGreaterThan(2000);
  });

  it("plain scalars continued over lines, read by js-yaml, are read alike by yaml", () => {
    let read = 0;
    const word = fc.oneof(
      fc.constantFrom(
        "x",
        "a b",
        "- x",
        "# c",
        "x # c",
        "x: y",
        "x:",
        "x :y",
        "'q'",
        '"q"',
        "[a]",
        "{a}",
        "a]",
        "a}",
        "a,b",
      ),
      fc.constantFrom(
        "&a",
        "*a",
        "!t",
        "|",
        ">",
        "%",
        "@",
        "?",
        "? x",
        "x\t",
        "\tx",
        "中文",
        "",
        " ",
        "…",
        "-",
        "--- x",
        "...",
      ),
      plainScalar,
    );
    fc.assert(
      fc.property(
        fc.tuple(word, fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), word), { minLength: 1, maxLength: 3 })),
        ([first, more]) => {
          const lines = (pad: number) => more.map(([indent, w]) => `${" ".repeat(indent + pad)}${w}`).join("\n");
          for (const text of [
            `k: ${first}\n${lines(0)}\nnext: 1\n`,
            `a:\n  b: ${first}\n${lines(0)}\n  c: 1\n`,
            `indicators:\n  - id: '1'\n    name: ${first}\n${lines(2)}\n    standard: x\n`,
            `- name: ${first}\n${lines(0)}\n  x: 1\n`,
          ])
            if (agree(text) === "read") read++;
        },
      ),
      { numRuns: 3000, seed: Number(process.env.PLAIN_SEED ?? 20_261_207) },
    );
    // Many are read by js-yaml: the property is not held only by leaving everything to `yaml`.
    expect(read).toBeGreaterThan(300);
  });

  it("anchors and aliases, read by js-yaml, are read alike by yaml: on scalars and collections, as keys, items and values", () => {
    let read = 0;
    const name = fc.constantFrom("a", "b", "id001");
    // Keys seldom written twice: a file with a key twice is refused by both, and says nothing of aliases.
    const plainKey = fc.stringMatching(/^[a-z]{1,6}$/);
    const value = fc.oneof(
      scalar,
      fc.constantFrom("[1, x]", "{k: v}", "[]", "{}", "[*a]", "{k: *b}", "[&a x, *a]", "&b [1]"),
      name.map((n) => `*${n}`),
      fc.tuple(name, scalar).map(([n, v]) => `&${n} ${v}`),
      fc.tuple(name, fc.constantFrom("[1, 2]", "{k: v, j: [1]}", "[*a, *b]")).map(([n, v]) => `&${n} ${v}`),
    );
    const entry = fc.oneof(
      fc.tuple(plainKey, value).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(plainKey, value).map(([k, v]) => `${k}:   ${v}  # c`),
      fc.tuple(name, value).map(([n, v]) => `*${n} : ${v}`),
      fc.tuple(plainKey, name).map(([k, n]) => `${k}: &${n}\n  x: 1\n  y: [2]`),
      fc.tuple(plainKey, name).map(([k, n]) => `${k}: &${n}\n  - 1\n  - *${n === "a" ? "b" : "a"}`),
      fc.tuple(plainKey, name).map(([k, n]) => `${k}:\n  *${n}`),
      fc.tuple(plainKey, value, value).map(([k, v, w]) => `${k}:\n  - ${v}\n  - ${w}`),
    );
    fc.assert(
      fc.property(
        // Anchors set first, or not: an alias that names no anchor is refused by both.
        fc.constantFrom(
          "",
          "x1: &a [1, 2]\nx2: &b v\nx3: &id001 {k: v}\n",
          "x1: &a 1\nx2: &b\n  k: [v]\nx3: &id001 x\n",
        ),
        fc.array(entry, { minLength: 1, maxLength: 6 }),
        (anchors, entries) => {
          const text = `${anchors}${entries.join("\n")}\n`;
          if (agree(text) === "read" && text.includes("*")) read++;
        },
      ),
      { numRuns: 3000, seed: Number(process.env.ALIAS_SEED ?? 20_261_207) },
    );
    // Many with an alias are read by js-yaml: the property is not held only by leaving them to `yaml`.
    expect(read).toBeGreaterThan(300);
  });

  it(
    "whole indicator files with tricky values, in block and flow rows",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(scalar, scalar, scalar), { minLength: 1, maxLength: 5 }),
          fc.boolean(),
          (rows, flow) => {
            const head = "region: {name: 测试区}\nplan: {base_year: 2022}\nindicators:\n";
            const body = rows
              .map(([id, standard, baseline]) =>
                flow
                  ? `  - {id: ${id}, name: x, standard: ${standard}, baseline: ${baseline}}`
                  : `  - id: ${id}\n    name: x\n    standard: ${standard}\n    baseline: ${baseline}`,
              )
              .join("\n");
            agree(`${head}${body}\n`);
          },
        ),
        params("parsersAgreeDocuments"),
      );
    },
    timeoutFor("parsersAgreeDocuments", 5),
  );
});
