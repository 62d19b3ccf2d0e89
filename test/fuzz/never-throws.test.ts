/**
 * Whatever an analyst does to the seed file, the loader answers with a result or with located
 * errors — never an exception — and a file that loads is assessed and rendered in every format and
 * language without throwing. The loader has two paths (a fast parser for valid files, a locating
 * parser for the rest): a file the fast path accepts, the locating path accepts as the same model.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../src/assess/assess.js";
import { summarizeRun } from "../../src/assess/summarize.js";
import { LANGS } from "../../src/i18n/lang.js";
import type { InputError } from "../../src/load/errors.js";
import { loadIndicatorBytes, loadIndicatorFile } from "../../src/read.js";
import { fastLoad, locatingLoad } from "../load/paths.js";
import { FORMAT_NAMES, loadFormatter, type Formatter, type FormatName } from "../../src/report/index.js";
import { params, timeoutFor } from "./budget.js";
import { messageProblems, referencedIdProblems } from "./messages.js";
import { mutatedSeed, SEED_TEXT } from "./mutate.js";

const formatters = new Map<FormatName, Formatter>();
beforeAll(async () => {
  for (const name of FORMAT_NAMES) formatters.set(name, await loadFormatter(name));
});

/** Lines as a YAML parser may count them: any of \r\n, \r, \n ends a line. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

function expectLocated(errors: InputError[], text: string, file: string): void {
  expect(errors.length).toBeGreaterThan(0);
  const lines = lineCount(text);
  for (const e of errors) {
    expect(e.file).toBe(file);
    expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines, `${e.code} at line ${e.line} of ${lines}`).toBe(
      true,
    );
    expect(Number.isInteger(e.column) && e.column >= 1, `${e.code} at column ${e.column}`).toBe(true);
    expect(messageProblems(e.message)).toEqual([]);
    expect(referencedIdProblems(e.message)).toEqual([]);
  }
}

/** Plain data, as a report would carry it (-0 and 0 alike). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** Both loader paths; where the fast path accepts the file, the locating path must agree. */
function loadBothWays(text: string, file: string) {
  const fast = fastLoad(text, file);
  // The patterns the two parsers read differently go to the locating path, so they always agree.
  if (fast?.ok) {
    const locating = locatingLoad(text, file);
    expect(
      locating.ok,
      `the fast path loads it, the locating path says ${JSON.stringify(locating.ok ? "" : locating.errors.slice(0, 3))}`,
    ).toBe(true);
    if (locating.ok) expect(plain(fast.value)).toEqual(plain(locating.value));
  }
  // Errors in a file the fast path reads are located by parsing only their rows: at the very
  // lines and columns the locating path gives, with the same messages.
  if (fast && !fast.ok) {
    const located = locatingLoad(text, file);
    expect(fast.errors).toEqual(located.ok ? [] : located.errors);
  }
  return fast ?? locatingLoad(text, file);
}

/** Load, and if it loads, assess and render every format in every language. */
function loadAndReport(text: string, file: string): boolean {
  const result = loadBothWays(text, file);
  if (!result.ok) {
    expectLocated(result.errors, text, file);
    return false;
  }
  const assessment = assess(result.value);
  expect(["PASS", "WARN", "INCOMPLETE", "FAIL"]).toContain(assessment.summary.overall);
  const run = summarizeRun([assessment]);
  for (const [name, format] of formatters) {
    for (const lang of LANGS) {
      const out = format(run, { lang, color: lang === "zh", quiet: false });
      expect(typeof out, name).toBe("string");
    }
  }
  return true;
}

describe("mutations of the seed never throw", () => {
  it("the seed itself loads, is assessed and renders", () => {
    expect(loadIndicatorFile(SEED_TEXT, "seeds/lingling.yaml").ok).toBe(true);
    loadAndReport(SEED_TEXT, "seeds/lingling.yaml");
  });

  it(
    "deleted, duplicated, swapped lines; punctuation; indentation; truncation; replaced scalars",
    () => {
      let loaded = 0;
      let refused = 0;
      fc.assert(
        fc.property(mutatedSeed(), (text) => {
          if (loadAndReport(text, "seed.yaml")) loaded++;
          else refused++;
        }),
        params("seedMutations"),
      );
      console.log(`fuzz: seed mutations: ${loaded} loaded and were reported, ${refused} refused with located errors`);
    },
    timeoutFor("seedMutations", 40),
  );

  it(
    "random bytes, and the seed's bytes damaged, never throw through loadIndicatorBytes",
    () => {
      const seedBytes = new TextEncoder().encode(SEED_TEXT);
      const damaged = fc
        .tuple(fc.nat({ max: seedBytes.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 8 }))
        .map(([at, bytes]) => {
          const out = Uint8Array.from(seedBytes);
          out.set(bytes.subarray(0, out.length - at), at);
          return out;
        });
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 256 }), damaged), (bytes) => {
          const result = loadIndicatorBytes(bytes, "bytes.yaml");
          if (result.ok) return;
          for (const e of result.errors) {
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.column).toBeGreaterThanOrEqual(1);
            expect(messageProblems(e.message)).toEqual([]);
          }
        }),
        params("randomBytes"),
      );
    },
    timeoutFor("randomBytes", 10),
  );
});
