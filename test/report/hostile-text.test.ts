/**
 * Property: control characters and markup in every text a file holds (region name, indicator
 * names, units, notes, values, the file's name) never break a format's own parser — XML, CSV,
 * Markdown tables, GitHub's workflow-command lines, JSON — and never reach a terminal raw.
 */
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { parse as parseJunit } from "junit2json";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { history } from "../../src/assess/history.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { loadIndicatorFile } from "../../src/read.js";
import { historyTable } from "../../src/report/history.js";
import { loadFormatter, type FormatName } from "../../src/report/index.js";

/** Pieces that mean something to a terminal, XML, HTML, Markdown, CSV or GitHub's runner. */
const PIECES = [
  "\u001b[2J",
  "\u001b[31m",
  "\u001b]0;title\u0007",
  "\u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\",
  "\r",
  "\n",
  "\r\n",
  "\u0000",
  "\u0007",
  "\u0008",
  "\t",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u202e",
  "\u2066",
  "\u2028",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "\ufeff",
  "<script>alert(1)</script>",
  "<b>",
  "</td>",
  "&amp;",
  "&",
  "|",
  "`",
  "``",
  "*",
  "_",
  "[x](y)",
  "#",
  "~~",
  ">",
  "-",
  "=cmd",
  "@SUM",
  "+1",
  "%",
  "%0A",
  ":",
  "::",
  "::error file=x,line=1::boom",
  ",",
  '"',
  "'",
  "]]>",
  "<![CDATA[",
  "\\",
  "{file}",
  "&#1;",
  "零陵",
  "ΔEQI>-1",
  // What a spreadsheet runs as a formula when a CSV cell starts with it.
  "-1",
  "=1+1",
  "+1",
  "@A1",
  " ",
  "a",
];
const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));

/** A YAML double-quoted scalar holding exactly `s` (every character outside printable ASCII as \u). */
const q = (s: string) =>
  JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

interface Texts {
  region: string;
  name: string;
  unit: string;
  note: string;
  value: string;
  file: string;
}

function fileText(x: Texts): string {
  return `region: {name: ${q(x.region)}}
plan: {base_year: 2022, near_term: 2025}
indicators:
  - id: "1"
    name: ${q(x.name)}
    unit: ${q(x.unit)}
    standard: {rule: "≥1", note: ${q(x.note)}}
    baseline: ${q(x.value)}
    note: ${q(x.note)}
  - id: "2"
    name: ${q(x.name)}
    unit: ${q(x.unit)}
    standard: "≥1"
    baseline: {value: 0, note: ${q(x.note)}, source: ${q(x.value)}}
    near_term: "≥2"
    actuals: {2023: {value: ${q(x.value)}, note: ${q(x.note)}}}
  - id: "R1"
    name: ${q(x.name)}
    binding: false
    standard: "≥1"
    baseline: 0
`;
}

/** A name has something to show (the loader refuses one of spaces alone). */
const nameArb = textArb.filter((s) => /\S/.test(s));

const textsArb = fc.record({
  region: nameArb,
  name: nameArb,
  unit: textArb,
  note: textArb,
  value: textArb,
  file: textArb,
});
const RUNS = { numRuns: 60, seed: 20_240_601 };

async function render(format: FormatName, x: Texts): Promise<string> {
  const loaded = loadIndicatorFile(fileText(x), x.file);
  if (!loaded.ok) throw new Error(`does not load: ${JSON.stringify(loaded.errors)}`);
  return (await loadFormatter(format))(summarizeRun([assess(loaded.value)]), {
    lang: "en",
    color: false,
    quiet: false,
  });
}

/** What a terminal acts on rather than shows: C0 but LF, DEL, C1, and the bidi controls. */
const RAW_FOR_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** XML 1.0's Char production: what a document may contain at all. */
const NOT_XML_CHAR = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

describe("hostile text in every field", () => {
  it("the table and the history reach the terminal with no control character but line ends", async () => {
    await fc.assert(
      fc.asyncProperty(textsArb, async (x) => {
        const table = await render("table", x);
        expect(table).not.toMatch(RAW_FOR_TERMINAL);
        const loaded = loadIndicatorFile(fileText(x), x.file);
        if (!loaded.ok) throw new Error("does not load");
        expect(historyTable(history(loaded.value), { lang: "en", color: false })).not.toMatch(RAW_FOR_TERMINAL);
      }),
      RUNS,
    );
  });

  it("JUnit is well-formed XML: every character allowed, read back by a parser, one suite, every case", async () => {
    await fc.assert(
      fc.asyncProperty(textsArb, async (x) => {
        const xml = await render("junit", x);
        expect(xml).not.toMatch(NOT_XML_CHAR);
        const parsed = await parseJunit(xml);
        if (!parsed || !("testsuite" in parsed)) throw new Error("no <testsuites>");
        expect(parsed.testsuite).toHaveLength(1);
        expect(parsed.testsuite![0]!.testcase!.length).toBeGreaterThanOrEqual(3);
      }),
      RUNS,
    );
  });

  it("markdown: one heading line, every table row as wide as the header, no HTML of the file's", async () => {
    const md = new MarkdownIt({ html: true });
    await fc.assert(
      fc.asyncProperty(textsArb, async (x) => {
        const out = await render("markdown", x);
        expect(out).not.toMatch(RAW_FOR_TERMINAL);
        const tokens = md.parse(out, {});
        expect(tokens.filter((t) => t.type === "heading_open").map((t) => t.tag)).toEqual(["h2", "h3"]);
        expect(tokens.filter((t) => t.type === "table_open")).toHaveLength(1);
        const inline = tokens.flatMap((t) => t.children ?? []);
        expect(inline.filter((t) => t.type === "html_inline")).toEqual([]);
        expect(tokens.filter((t) => t.type === "html_block")).toEqual([]);
        let width = 0;
        let cells = 0;
        for (const t of tokens) {
          if (t.type === "tr_open") cells = 0;
          if (t.type === "th_open" || t.type === "td_open") cells++;
          if (t.type === "tr_close") {
            width ||= cells;
            expect(cells).toBe(width);
          }
        }
        expect(tokens.filter((t) => t.type === "tr_open")).toHaveLength(4);
      }),
      RUNS,
    );
  });

  it("CSV parses into records as wide as the header, and keeps the name as written", async () => {
    await fc.assert(
      fc.asyncProperty(textsArb, async (x) => {
        const records = parseCsv(await render("csv", x), { relaxQuotes: false }) as string[][];
        const [header, ...rows] = records;
        for (const r of rows) expect(r).toHaveLength(header!.length);
        const name = rows[0]![header!.indexOf("name")]!;
        // As written, but as UTF-8 can hold it: a lone surrogate is U+FFFD once written.
        const written = Buffer.from(x.name).toString();
        // Text a spreadsheet would run as a formula gets a leading apostrophe, and only that.
        expect(name).toBe(/^[=+\-@\t\r]/.test(written) ? `'${written}` : written);
      }),
      RUNS,
    );
  });

  it("GitHub: one line per annotation, properties and data escaped as the runner reads them", async () => {
    const LINE =
      /^::(error|warning|notice) file=([^,:\r\n]*),line=\d+,(?:col=\d+,endLine=\d+,endColumn=\d+|endLine=\d+),title=([^,:\r\n]*)::([^\r\n]*)$/;
    await fc.assert(
      fc.asyncProperty(textsArb, async (x) => {
        const out = await render("github", x);
        expect(out.endsWith("\n")).toBe(true);
        const lines = out.slice(0, -1).split("\n");
        // The last line is the run's verdict, a notice of its own: no file, nothing of the file's text.
        expect(lines.pop()).toMatch(
          /^::notice title=lingling-check::1 file: 1 (FAIL|INCOMPLETE) — overall (FAIL|INCOMPLETE)$/,
        );
        // Row 2 fails and R1, a reference row, fails too: at least one annotation each.
        expect(lines.length).toBeGreaterThanOrEqual(2);
        for (const line of lines) {
          const m = LINE.exec(line);
          expect(m, line).not.toBeNull();
          for (const part of m!.slice(2)) {
            expect(part).not.toMatch(/%(?![0-9A-F]{2})/);
            expect(decodeURIComponent(part.replace(/%(?!25|0D|0A|3A|2C)/g, "%25"))).not.toMatch(RAW_FOR_TERMINAL);
          }
        }
      }),
      RUNS,
    );
  });

  it("JSON keeps every text exactly as written", async () => {
    await fc.assert(
      fc.asyncProperty(textsArb, async (x) => {
        const json = JSON.parse(await render("json", x)) as {
          files: Array<{ file: string; region: { name: string }; indicators: Array<{ name: string }> }>;
        };
        expect(json.files[0]!.file).toBe(x.file);
        expect(json.files[0]!.region.name).toBe(x.region);
        expect(json.files[0]!.indicators[0]!.name).toBe(x.name);
      }),
      RUNS,
    );
  });
});
