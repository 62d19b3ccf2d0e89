/**
 * Refuses hostile YAML before the parser sees it: a file nested deeper than any indicator file
 * needs would exhaust the parser's stack. The scan is one pass over the text.
 */
import type { InputError } from "./errors.js";

export const MAX_DEPTH = 64;

/**
 * The most aliases (`*name`) a file may use: `yaml` makes a node of each before it can count their
 * expansion (1,200,000 of them, in 8 MB: 21 s and 1.6 GB). Anything that looks like one counts — a
 * word starting with * in a comment too — which no indicator file comes near.
 */
export const MAX_ALIASES = 10_000;
export const ALIAS = /(?:^|[\s,[{])\*[^\s,[\]{}]/gm;

/**
 * The most nodes the aliases of a file may stand for together, each counted as written out in full
 * (an alias of a 10-item list: 11). A million is past any indicator file's need; a "billion
 * laughs" stands for billions.
 */
export const MAX_ALIAS_NODES = 1_000_000;

/**
 * The most characters of text the aliases of a file may stand for together: more than a 10 MB file
 * of Chinese text holds. A rule of 753 characters aliased by 9,999 rows stood for 7.5 million and
 * cost 5 s and 700 MB (its text written out would be 17.6 MB, past the size cap).
 */
export const MAX_ALIAS_TEXT = 4_000_000;

/** Whether a text may hold an alias: anything that looks like one. */
const ALIAS_ANYWHERE = new RegExp(ALIAS.source, "m");
export const mayUseAliases = (text: string): boolean => text.includes("*") && ALIAS_ANYWHERE.test(text);

/**
 * The most rows a table of values may have, a CSV's or a workbook sheet's (record --from, import):
 * a year's values for a county are a few dozen, our template about 1,100 cells. Past it the table
 * is refused, not read: 5 million blank CSV rows took 44 s and 4 GB.
 */
export const TABLE_ROWS = 20_000;

/**
 * The most cells with something in them a workbook read back may hold (our template has about
 * 1,100; 49,000 took 7 s and 140 MB on two busy cores). A workbook the tool writes to be filled in
 * keeps within it, or is not written.
 */
export const TABLE_CELLS = 50_000;

/** The size cap of every input file, unless --max-file-size says otherwise. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The most errors a file's report lists, whatever finds them (the YAML parser, the schema, the
 * rules, the ids): the first by their place in the file, then one saying that the rest of the file
 * was not looked at (each error costs a fraction of a millisecond to word and locate: a file whose
 * 300,000 rows each had one took 40 s and 1.8 GB).
 */
export const MAX_ERRORS = 1000;

/**
 * What a report lists of a file's errors, given in order of place: the first MAX_ERRORS, then one at the first not
 * listed — or at `notLookedAt`, where looking stopped once the errors had reached MAX_ERRORS.
 */
export function capErrors(errors: InputError[], notLookedAt?: InputError): InputError[] {
  const next = errors[MAX_ERRORS] ?? notLookedAt;
  if (next === undefined) return errors;
  const listed = errors.slice(0, MAX_ERRORS);
  listed.push({
    file: next.file,
    line: next.line,
    column: next.column,
    code: "too-many-errors",
    message: { id: "error.tooManyErrors", data: { max: MAX_ERRORS } },
  });
  return listed;
}

/** The offset where nesting first exceeds MAX_DEPTH (flow brackets, or `- - -` on one line), if it does. */
export function tooDeep(text: string): number | undefined {
  // Nesting that deep needs more brackets or dashes than a whole indicator file has.
  if (text.length < MAX_DEPTH * 2) return undefined;
  let depth = 0;
  let quote = 0;
  let lineStart = true;
  let dashes = 0;
  /** The last character that is not a space on this line (0 at its start). */
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lineStart = true;
      dashes = 0;
      quote = 0;
      prev = 0;
      continue;
    }
    if (quote !== 0) {
      if (quote === 34 && c === 92 /* \\ */) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    const space = c === 32 || c === 9;
    if (c === 35 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      // A comment runs to the end of the line.
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
      continue;
    }
    if (lineStart && c === 45 /* - */ && isSpace(text.charCodeAt(i + 1))) {
      if (++dashes > MAX_DEPTH) return i;
      continue;
    }
    if (!space) lineStart = false;
    // A quote opens a string only where a scalar starts: Xi'an is plain text, not a quote.
    if ((c === 34 || c === 39) && (prev === 0 || OPENERS.includes(prev))) quote = c;
    else if (c === 91 || c === 123 /* [ { */) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    if (!space) prev = c;
  }
  return undefined;
}

/** [ { , : - ? */
const OPENERS = [91, 123, 44, 58, 45, 63];

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
