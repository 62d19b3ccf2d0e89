/**
 * A large file js-yaml could not read: its YAML errors found a part at a time. `yaml` parsing a
 * whole file to place its errors costs about a microsecond a byte and holds every node at once (a
 * file of 300,000 rows with one bad escape: 22 s and 1.9 GB). A file whose root is a mapping of
 * plain keys is cut at its lines into the frame (the file with the items of its block sequences
 * left out, a blank line where they were, its lines mapped to the file's) and runs of those items, each
 * starting at a line start, so every column holds too. js-yaml reads each run; only a run it
 * refuses is parsed by `yaml`, in the order of the file, until more errors are known than a report
 * lists. A file that cannot be cut so is left to the whole file's parse. One in which no part
 * shows an error has none found here: what js-yaml refused lies between parts, or is an alias
 * naming no anchor, which js-yaml's own error places (see locatingParse). An alias may name an anchor in another
 * part: js-yaml reads a part with its aliases written as quoted scalars where that reads as `yaml`
 * reads the alias (see unaliased).
 */
import type { InputError } from "./errors.js";
import { loadYaml } from "./jsYaml.js";
import { MAX_DEPTH, MAX_ERRORS, mayUseAliases } from "./limits.js";
import { parseWhole, yamlErrors } from "./yamlErrors.js";

/** From this size on a file is looked at in parts (`yaml` takes about a second a megabyte). */
const PARTS_FROM = 256 * 1024;

/** About how much of the file one run holds: small enough that `yaml` places a run's errors at once. */
const RUN_BYTES = 32 * 1024;

/** A root key: plain, alone before its colon. Anything else at a line's start leaves the file whole. */
const ROOT_KEY = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|\r?\n|$)/;

const DOCUMENT_START = /^---[ \t]*(?:#.*)?\r?$/;

/** A run of consecutive sequence items: where it starts and ends in the text, and its first line. */
interface Run {
  start: number;
  end: number;
  line: number;
}

/**
 * The file cut into its frame and its runs of items, or undefined where its shape does not allow
 * it. The frame holds one blank line where items were; `frameLine` gives a frame line's line in the file.
 */
export function cut(text: string): { frame: string; frameLine(line: number): number; runs: Run[] } | undefined {
  const frame: string[] = [];
  /** Where the frame's lines jump: from this frame line on, add this many to reach the file's line. */
  const jumps: Array<{ from: number; add: number }> = [];
  const runs: Run[] = [];
  /** The open block sequence's dash column, or -1 outside one. */
  let dash = -1;
  /** A root key with nothing after it: its value starts on a later line, and may be a sequence. */
  let pending = false;
  /** Nothing but blank lines and comments so far. */
  let first = true;
  let run: Run | undefined;
  let line = 0;
  /** Whether the frame's last line stands for items left out. */
  let inItems = false;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline + 1;
    line++;
    let content = start;
    while (text.charCodeAt(content) === 32) content++;
    const c = text.charCodeAt(content);
    const lineEnd = newline < 0 ? text.length : newline;
    const blank = content >= lineEnd || c === 35 /* # */ || (c === 13 && content === lineEnd - 1);
    const indent = content - start;
    let item = false;
    if (!blank) {
      const isDash = c === 45 /* - */ && " \t\r\n".includes(text[content + 1] ?? "\n");
      if (pending && isDash) dash = indent;
      pending = false;
      if (dash >= 0 && indent === dash && isDash) {
        item = true;
        if (run === undefined || run.end - run.start >= RUN_BYTES) {
          run = { start, end, line };
          runs.push(run);
        }
      } else if (dash >= 0 && indent > dash) item = true;
      else {
        dash = -1;
        run = undefined;
        // The document's start marker may come before anything else.
        if (indent === 0 && !(first && DOCUMENT_START.test(text.slice(start, lineEnd)))) {
          const key = ROOT_KEY.exec(text.slice(start, Math.min(end, start + 200)));
          if (key === null) return undefined;
          const rest = text.slice(start + key[0].length, end).trim();
          pending = rest === "" || rest.startsWith("#");
        }
      }
      first = false;
    } else item = run !== undefined;
    if (item) {
      run!.end = end;
      if (!inItems) frame.push("");
      inItems = true;
    } else {
      if (inItems) jumps.push({ from: frame.length + 1, add: line - frame.length - 1 });
      inItems = false;
      frame.push(text.slice(start, lineEnd));
    }
    start = end;
  }
  // The text's last line end, kept: a lone CR at the end would read as a stray character.
  if (text.endsWith("\n")) frame.push("");
  const frameLine = (n: number): number => n + (jumps.findLast((j) => j.from <= n)?.add ?? 0);
  return { frame: frame.join("\n"), frameLine, runs };
}

/**
 * The YAML errors of a file js-yaml refused, found a part at a time, in order of place (at most one
 * more than a report lists), none where every part reads; undefined where the file must be parsed
 * whole to find them. (`from`: the
 * size from which it is tried; the tests try smaller files.)
 */
export function errorsInParts(text: string, file: string, from = PARTS_FROM): InputError[] | undefined {
  if (text.length < from) return undefined;
  const aliasing = mayUseAliases(text);
  const parts = cut(text);
  if (parts === undefined || parts.runs.length === 0) return undefined;
  const errors = errorsOf(parts.frame, file, parts.frameLine);
  for (const run of parts.runs) {
    // Enough are known once more than a report lists stand before this run (the frame's included).
    if (errors.length > MAX_ERRORS && errors.filter((e) => e.line < run.line).length > MAX_ERRORS) break;
    const piece = text.slice(run.start, run.end);
    if (reads(aliasing ? unaliased(piece) : piece)) continue;
    for (const e of errorsOf(piece, file, (line) => line + run.line - 1)) errors.push(e);
  }
  return errors.sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_ERRORS + 1);
}

function errorsOf(text: string, file: string, fileLine: (line: number) => number): InputError[] {
  const { doc, lineCounter } = parseWhole(text);
  return yamlErrors(doc, lineCounter, text, file, fileLine);
}

/**
 * An alias that ends where a node does (before a space, a line end, `,`, `]` or `}`; not before `:`,
 * where it would be a key): its name is its group 2.
 */
const ALIAS_NODE = /(^|[ \t,[{])\*([^\s,[\]{}']+)(?=[ \t]*(?:[,\]}\r\n]|#|$))/gm;

/** An anchor or a tag where a node may start: an alias after one is an error to `yaml`. */
const PROPERTY = /(?:^|[\s,[{])[&!]/;

/**
 * A part with each alias that ends where a node does written as a quoted scalar of its name, which
 * js-yaml reads as `yaml` reads the alias: as one node, refused where more text follows on its line
 * or below it. A part with an anchor or a tag is left as it is (an alias may not follow either), as
 * is an alias written otherwise: js-yaml refuses an alias whose anchor is in another part, and
 * `yaml` then parses the part. (An alias inside single quotes is rewritten too, which breaks the
 * quotes: that part, too, goes to `yaml`.)
 */
function unaliased(part: string): string {
  return PROPERTY.test(part) ? part : part.replace(ALIAS_NODE, "$1'$2'");
}

/** Whether js-yaml reads a part without an error (it then has none `yaml` would report, as for a whole file). */
function reads(text: string): boolean {
  try {
    loadYaml(text, () => {}, MAX_DEPTH);
    return true;
  } catch {
    return false;
  }
}
