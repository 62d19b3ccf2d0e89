/**
 * A large file js-yaml refuses has its YAML errors found a part at a time (src/load/inParts.ts):
 * the errors must be those `yaml` finds parsing the whole file, at the same lines and columns, and
 * a file of 300,000 rows must be located within a small memory (the whole file's parse held
 * 1.9 GB for one bad escape).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { InputError } from "../../src/load/errors.js";
import { cut, errorsInParts } from "../../src/load/inParts.js";
import { loadErrors } from "./paths.js";
import { writeRows } from "../support/rowsFile.js";
import { BIN, removeTempDirs, tempDir } from "../cli/run.js";
import { parseDocument, LineCounter } from "yaml";

afterAll(removeTempDirs);

type Fault = "none" | "escape" | "tag" | "duplicate" | "alias" | "aliasProps" | "aliasThen" | "aliasQuoted";

/**
 * A row in block or flow style, with one YAML fault that stays inside it, or none. The alias
 * "faults" name the region's anchor `&n`: alone (no fault), after a tag, followed by more text, or
 * inside single quotes (no fault).
 */
function row(n: number, dash: string, block: boolean, fault: Fault, eol: string): string {
  const name = {
    none: "x",
    escape: '"a\\qb"',
    tag: "!custom x",
    duplicate: "x",
    alias: "*n",
    aliasProps: "!custom *n",
    aliasThen: "*n more",
    aliasQuoted: "'a *n'",
  }[fault];
  const twice = fault === "duplicate";
  if (!block) return `${dash}- {id: "${n}", name: ${name}, ${twice ? "name: y, " : ""}standard: ≥1}${eol}`;
  const inner = " ".repeat(dash.length + 2);
  return `${dash}- id: "${n}"${eol}${inner}name: ${name}${eol}${twice ? `${inner}name: y${eol}` : ""}${inner}standard: ≥1${eol}`;
}

/** `yaml`'s own findings over the whole text, as 1-based line and column: the oracle. */
function yamlFindings(text: string): Array<{ line: number; column: number }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, logLevel: "silent" });
  const found = [...doc.errors, ...doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")];
  return found
    .map((e) => lineCounter.linePos(e.pos[0]))
    .map(({ line, col }) => ({ line, column: col }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

const places = (errors: InputError[] | undefined) => (errors ?? []).map(({ line, column }) => ({ line, column }));

describe("a file's YAML errors found a part at a time", () => {
  it("are those `yaml` finds in the whole file, at the same places (random files with faults inside rows)", () => {
    const fault = fc.constantFrom<Fault>(
      ...(["none", "none", "none", "escape", "tag", "duplicate"] as const),
      ...(["alias", "alias", "aliasProps", "aliasThen", "aliasQuoted"] as const),
    );
    const rows = fc.array(fc.record({ block: fc.boolean(), fault, comment: fc.boolean() }), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        fc.record({
          crlf: fc.boolean(),
          start: fc.boolean(),
          dash: fc.constantFrom("", "  "),
          rows,
          projects: fc.array(fc.record({ block: fc.boolean(), fault, comment: fc.boolean() }), { maxLength: 5 }),
          regionFault: fc.boolean(),
          planTwice: fc.boolean(),
          anchor: fc.boolean(),
        }),
        (f) => {
          const eol = f.crlf ? "\r\n" : "\n";
          const items = (list: typeof f.rows) =>
            list
              .map(
                (r, i) =>
                  (r.comment ? `${f.dash}# row ${i + 1}${eol}` : "") + row(i + 1, f.dash, r.block, r.fault, eol),
              )
              .join("");
          const text = [
            f.start ? `---${eol}` : "",
            `region: {name: ${f.anchor ? "&n " : ""}${f.regionFault ? '"\\q"' : "x"}}${eol}`,
            `plan: {base_year: 2022}${eol}`,
            `indicators:${eol}`,
            items(f.rows),
            f.projects.length > 0 ? `projects: # key projects${eol}${items(f.projects)}` : "",
            f.planTwice ? `plan: {base_year: 2023}${eol}` : "",
          ].join("");
          const expected = yamlFindings(text);
          const found = errorsInParts(text, "f.yaml", 0);
          expect(places(found)).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 20_261_207 },
    );
  });

  it("are listed with their lines and columns in a file of 10,000 rows", () => {
    const dir = tempDir();
    const faults: Record<number, string> = {
      10: '{id: 10, name: "a\\qb", standard: ≥1}',
      5000: "{id: 5000, name: !custom x, standard: ≥1}",
      9999: "{id: 9999, name: x, name: y, standard: ≥1}",
    };
    writeRows(dir, "big.yaml", 10_000, (n) => faults[n] ?? `{id: ${n}, name: x, standard: ≥1}`);
    const result = spawnSync(process.execPath, [BIN, "big.yaml", "-f", "json", "--lang", "en"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    const errors = JSON.parse(result.stdout).errors as InputError[];
    // Row n is on line n + 3; the place is the backslash, the tag, the second key.
    expect(errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 13, column: 22, code: "yaml-syntax" },
      { line: 5003, column: 22, code: "custom-tag" },
      { line: 10002, column: 25, code: "duplicate-key" },
    ]);
  });

  it("stop once more are found than a report lists: every row of 300,000 wrong", () => {
    const text = `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n${'  - {id: 1, name: "\\q"}\n'.repeat(300_000)}`;
    const errors = loadErrors(text);
    expect(errors).toHaveLength(1001);
    expect(errors[0]).toMatchObject({ line: 4, column: 20, code: "yaml-syntax" });
    expect(errors[999]).toMatchObject({ line: 1003, column: 20, code: "yaml-syntax" });
    expect(errors[1000]).toMatchObject({ line: 1004, code: "too-many-errors" });
  });

  it.each([
    ["one bad escape", "x", '"a\\qb"', 26, "yaml-syntax"],
    // The region's name anchored, and every hundredth row naming it: the file's aliases are in many parts.
    ["one bad escape (aliases in many parts)", "&n x", '"a\\qb"', 26, "yaml-syntax"],
    ["an alias naming no anchor", "&n x", "*m", 24, "unknown-alias"],
  ])(
    "locate %s among 300,000 rows within 256 MB of heap",
    (_what, region, bad, column, code) => {
      const dir = tempDir();
      const name = (n: number) => (region !== "x" && n % 100 === 0 ? "*n" : "x");
      writeRows(
        dir,
        "big.yaml",
        300_000,
        (n) => `{id: ${n}, name: ${n === 150_000 ? bad : name(n)}, standard: ≥1}`,
        region,
      );
      const result = spawnSync(
        process.execPath,
        ["--max-old-space-size=256", BIN, "big.yaml", "--max-file-size", "20MB", "--lang", "en"],
        { cwd: join(dir), encoding: "utf8" },
      );
      expect(result.stderr).toMatch(new RegExp(`^big\\.yaml:150003:${column}: error\\[${code}\\]`, "m"));
      expect(result.status).toBe(2);
    },
    120_000,
  );
});

describe("a JSON file's errors", () => {
  it("one bad rule among 150,000 rows of indented JSON is placed within 256 MB of heap (the row parsed alone)", () => {
    const dir = tempDir();
    const rows = Array.from({ length: 150_000 }, (_, i) => ({
      id: String(i + 1),
      name: "x",
      standard: i === 99_999 ? "≥1 foo" : "≥1",
    }));
    writeFileSync(
      join(dir, "big.json.yaml"),
      JSON.stringify({ region: { name: "x" }, plan: { base_year: 2022 }, indicators: rows }, null, 2),
    );
    const result = spawnSync(
      process.execPath,
      ["--max-old-space-size=256", BIN, "big.json.yaml", "--max-file-size", "20MB", "--lang", "en"],
      { cwd: dir, encoding: "utf8" },
    );
    // Row n's `{` is on line 5n + 4 (after eight lines of frame), its "standard" three lines below,
    // its value's `"` at column 19 after six spaces and `"standard": `; "foo" four further.
    expect(result.stderr).toMatch(/^big\.json\.yaml:500007:23: error\[rule-syntax\]/m);
    expect(result.status).toBe(2);
  }, 120_000);
});

describe("a line of five million brackets", () => {
  it("is refused as too deep at once, within 256 MB of heap (measuring the error's extent parsed it: out of memory)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "deep.yaml"), "[".repeat(5_000_000));
    const result = spawnSync(process.execPath, ["--max-old-space-size=256", BIN, "deep.yaml", "--lang", "en"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(result.stderr).toMatch(/^deep\.yaml:1:65: error\[too-deep\]: nested deeper than 64 levels/);
    expect(result.status).toBe(2);
  }, 120_000);
});

describe("cutting a file", () => {
  it("leaves the items out of the frame, one blank line where they were, and maps its lines to the file's", () => {
    const text =
      "---\nregion: {name: x}\nindicators: # rows\n- a: 1\n  b: 2\n# between\n- c: 3\nplan:\n  base_year: 2022\n";
    const parts = cut(text)!;
    expect(parts.frame).toBe("---\nregion: {name: x}\nindicators: # rows\n\nplan:\n  base_year: 2022\n");
    expect(parts.runs).toEqual([{ start: 41, end: 72, line: 4 }]);
    expect([1, 2, 3, 5, 6].map(parts.frameLine)).toEqual([1, 2, 3, 8, 9]);
  });

  it.each([
    ["a flow mapping at the root", "{region: x}\n"],
    ["a quoted root key", '"region": x\n'],
    ["a second document", "region: x\n---\nplan: y\n"],
    ["a tab before a root key", "\tregion: x\n"],
  ])("leaves a file whole: %s", (_what, text) => {
    expect(cut(text)).toBeUndefined();
  });
});
