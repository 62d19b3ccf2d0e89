/**
 * The corpus of malformed indicator files: mistakes analysts make with Excel exports, Windows
 * editors and text pasted from Word, plus hostile input. Every file is read as bytes, as the CLI
 * reads it, and must give exactly the located errors in `expected.yaml` — never an exception, never
 * a message that is missing from a catalogue or leaves a `{placeholder}` unfilled.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LANGS } from "../../src/i18n/lang.js";
import { t } from "../../src/i18n/translate.js";
import type { InputError } from "../../src/load/errors.js";
import { loadIndicatorBytes, loadIndicatorFile } from "../../src/read.js";
import { messageProblems, referencedIdProblems } from "../fuzz/messages.js";

const here = dirname(fileURLToPath(import.meta.url));
const FILES = join(here, "files");
const ROOT = resolve(here, "..", "..");
const BIN = join(ROOT, "bin", "lingling-check.js");

interface Expected {
  code: string;
  line: number;
  column?: number;
  id?: string;
  /** What the tool does instead: a known defect, reported rather than asserted. */
  defect?: string;
}

const manifest = parse(readFileSync(join(here, "expected.yaml"), "utf8")) as Record<string, Expected[]>;
const names = readdirSync(FILES).sort();

/** Asserts that a message exists in every catalogue and renders completely in every language. */
function expectRenders(e: InputError): void {
  expect(messageProblems(e.message)).toEqual([]);
  // Every reference in the data is a message of its own: it must exist too.
  expect(referencedIdProblems(e.message)).toEqual([]);
  for (const lang of LANGS) {
    const text = t(lang, e.message.id, e.message.data);
    expect(text, `${lang}: ${text}`).not.toMatch(/\{\w+\}|\[\[|\]\]|\bundefined\b|\bNaN\b|@expected\./);
    expect(text.trim().length).toBeGreaterThan(4);
  }
}

/** The errors of a load, checked to be located inside the file and to render in both languages. */
function located(errors: InputError[], file: string, text: string | undefined): InputError[] {
  const lines = text === undefined ? 1 : Math.max(1, text.split(/\r\n|\r|\n/).length);
  for (const e of errors) {
    expect(e.file).toBe(file);
    expect(Number.isInteger(e.line) && e.line >= 1, `line of ${e.code}`).toBe(true);
    expect(Number.isInteger(e.column) && e.column >= 1, `column of ${e.code}`).toBe(true);
    expect(e.line, `line of ${e.code} within the file's ${lines} lines`).toBeLessThanOrEqual(lines);
    expectRenders(e);
  }
  return errors;
}

const order = (a: Expected, b: Expected) =>
  a.line - b.line || a.code.localeCompare(b.code) || (a.column ?? 0) - (b.column ?? 0);

/** The actual errors, keeping only the fields an expectation names (column and id are optional). */
function project(actual: InputError[], expected: Expected[]): Expected[] {
  const sortedActual = actual
    .map((e) => ({ code: e.code, line: e.line, column: e.column, id: e.message.id }))
    .sort(order);
  const sortedExpected = [...expected].sort(order);
  return sortedActual.map((a, i) => {
    const want = sortedExpected[i];
    return {
      code: a.code,
      line: a.line,
      ...(want?.column !== undefined ? { column: a.column } : {}),
      ...(want?.id !== undefined ? { id: a.id } : {}),
    };
  });
}

/** The file's text as the loader reads it (UTF-8, else GB18030; else UTF-8 read leniently, where an encoding error is placed), to count its lines. */
function decodedText(bytes: Buffer): string | undefined {
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

describe("corpus manifest", () => {
  it("has at least 60 files, each with an expectation, and no expectation without a file", () => {
    expect(names.length).toBeGreaterThanOrEqual(60);
    expect(names.filter((n) => !(n in manifest))).toEqual([]);
    expect(Object.keys(manifest).filter((n) => !names.includes(n))).toEqual([]);
    for (const [name, list] of Object.entries(manifest)) expect(list.length, name).toBeGreaterThan(0);
  });
});

const defects = names.filter((n) => (manifest[n] ?? []).some((e) => e.defect !== undefined));
const strict = names.filter((n) => !defects.includes(n));

function load(name: string): { bytes: Buffer; result: ReturnType<typeof loadIndicatorBytes> } {
  const bytes = readFileSync(join(FILES, name));
  let result: ReturnType<typeof loadIndicatorBytes> | undefined;
  expect(() => {
    result = loadIndicatorBytes(bytes, name);
  }).not.toThrow();
  if (!result) throw new Error(`no result for ${name}`);
  return { bytes, result };
}

const describeErrors = (errors: InputError[]) =>
  errors.map((e) => `${e.line}:${e.column} ${e.code} ${t("en", e.message.id, e.message.data)}`).join("\n");

describe("malformed files give exactly the expected located errors", () => {
  it.each(strict)("%s", (name) => {
    const { bytes, result } = load(name);
    expect(result.ok, `${name} should not load`).toBe(false);
    if (result.ok) return;
    const errors = located(result.errors, name, decodedText(bytes));
    const expected = (manifest[name] ?? []).sort(order);
    expect(project(errors, expected), describeErrors(errors)).toEqual(expected);
  });
});

describe("known defects: never thrown on; any errors located and rendered", () => {
  it.each(defects)("%s", (name) => {
    const { bytes, result } = load(name);
    const expected = (manifest[name] ?? []).map(({ defect: _, ...e }) => e).sort(order);
    const note = (manifest[name] ?? []).flatMap((e) => e.defect ?? []).join("; ");
    if (result.ok) {
      console.log(`corpus defect ${name}: ${note}`);
      return;
    }
    const errors = located(result.errors, name, decodedText(bytes));
    const fixed = JSON.stringify(project(errors, expected)) === JSON.stringify(expected);
    console.log(
      fixed
        ? `corpus: ${name} now gives the expected errors: remove its defect marker`
        : `corpus defect ${name}: ${note}\n${describeErrors(errors)}`,
    );
  });
});

/** Hostile input too large to commit: generated here. */
describe("generated hostile input is refused, not thrown on", () => {
  const time = (label: string, f: () => ReturnType<typeof loadIndicatorFile>) => {
    const start = performance.now();
    let result: ReturnType<typeof loadIndicatorFile> | undefined;
    expect(() => {
      result = f();
    }).not.toThrow();
    const ms = performance.now() - start;
    expect(result?.ok).toBe(false);
    const errors = result && !result.ok ? result.errors : [];
    console.log(`corpus: ${label} refused in ${ms.toFixed(0)} ms with ${errors.length} error(s)`);
    return errors;
  };
  const deep = (label: string, text: string, codes: string[] = ["too-deep"]) => {
    const errors = located(
      time(label, () => loadIndicatorFile(text, "deep.yaml")),
      "deep.yaml",
      text,
    );
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(codes).toContain(e.code);
  };

  it("100,000 nested flow sequences", () => deep("100000 × [", `region: ${"[".repeat(100_000)}\n`));
  it("100,000 nested flow mappings", () => deep("100000 × {a:", `region: ${"{a: ".repeat(100_000)}\n`));
  it("100,000 nested block sequences on one line", () => deep("100000 × '- '", `${"- ".repeat(100_000)}x\n`));
  it("1,000 nested block mappings by indentation", () =>
    deep(
      "1000-deep indentation",
      `${Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n")} 1\n`,
      ["too-deep", "not-a-mapping", "unknown-field", "missing-field", "invalid-value"],
    ));
  it("deep nesting after an apostrophe in a plain scalar", () =>
    // The pre-parse depth scan takes the apostrophe for an opening quote and skips the rest of the
    // line, so the parser itself meets the nesting (slowly, with hundreds of errors): see the report.
    deep("20000 × [ after a'", `region: [Xi'an, ${"[".repeat(20_000)}\n`, ["too-deep", "yaml-syntax"]));

  it("a file over the size limit is refused before it is read", () => {
    const seed = readFileSync(join(ROOT, "seeds", "lingling.yaml"));
    const result = loadIndicatorBytes(seed, "seed.yaml", 1024);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.line, e.column])).toEqual([["file-too-large", 1, 1]]);
    located(result.errors, "seed.yaml", undefined);
  });

  it("the alias bomb is refused", () => {
    const text = readFileSync(join(FILES, "alias-bomb.yaml"), "utf8");
    const errors = time("alias bomb", () => loadIndicatorFile(text, "alias-bomb.yaml"));
    expect(errors.map((e) => e.code)).toEqual(["alias-limit"]);
  });

  it("a flood of aliases, each small, is refused at the first past 10,000, before any is expanded", () => {
    const text = `region: {name: x}\nplan: {base_year: 2022}\nindicators:\n  - &n {id: "1"}\n${"  - *n\n".repeat(200_000)}`;
    const errors = time("200,000 aliases", () => loadIndicatorFile(text, "aliases.yaml"));
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([["alias-limit", 10_005, 5]]);
  });
});

describe("the CLI on corpus files", () => {
  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      encoding: "utf8",
      cwd: FILES,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, LINGLING_LANG: undefined },
      timeout: 120_000,
    });
    if (result.error) throw result.error;
    return result;
  };

  const CASES = [
    "duplicate-id.yaml",
    "rule-unknown.yaml",
    "utf16le-no-bom.yaml",
    "crlf-bom-unclosed-quote.yaml",
    "gbk-chinese-field.yaml",
    "missing-dash.yaml",
    "empty.yaml",
  ];
  it.each(CASES)("%s: exit 2, file:line:column for every error, no stack trace", (name) => {
    for (const lang of ["en", "zh"]) {
      const result = cli(["--lang", lang, name]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).not.toMatch(/\n\s+at /);
      for (const e of manifest[name] ?? []) {
        const at = e.column === undefined ? `${name}:${e.line}:` : `${name}:${e.line}:${e.column}:`;
        expect(result.stderr, `${lang}: ${at} in\n${result.stderr}`).toContain(at);
      }
    }
  });

  it("a malformed file on standard input is located as <stdin>", () => {
    for (const name of ["utf16le-no-bom.yaml", "rule-unknown.yaml"]) {
      const result = spawnSync(process.execPath, [BIN, "--lang", "en", "-"], {
        input: readFileSync(join(FILES, name)),
        env: { ...process.env, NO_COLOR: "1", LINGLING_LANG: undefined },
        timeout: 120_000,
      });
      const stderr = result.stderr.toString("utf8");
      expect(result.status).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
      const first = manifest[name]?.[0];
      expect(stderr).toContain(`<stdin>:${first?.line}:${first?.column}:`);
    }
  });

  it("several malformed files at once: every one reported, exit 2", () => {
    const result = cli(["--lang", "en", "alias-bomb.yaml", "rule-english-typo.yaml", "edition-misspelt.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toContain("alias-bomb.yaml:8:14:");
    expect(result.stderr).toContain("rule-english-typo.yaml:20:26:");
    expect(result.stderr).toMatch(/edition-misspelt\.yaml:12:11:.*county-2024/);
  });
});
