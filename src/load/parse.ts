/**
 * Text → a raw document and a locator: the first stage of reading a file. One parser for each job:
 * js-yaml reads a file (its listener notes where each row starts, so a valid file never needs
 * more); `yaml` says where a problem is — the whole file when js-yaml cannot read it, or only the
 * rows an error is in (RowLocator) when the problem is in what it read.
 */
import { placeOf, type InputError, type LoadResult } from "./errors.js";
import { loadYaml, type ParseState, unknownAliasAt } from "./jsYaml.js";
import { errorsInParts } from "./inParts.js";
import {
  ALIAS,
  capErrors,
  MAX_ALIAS_NODES,
  MAX_ALIAS_TEXT,
  MAX_ALIASES,
  MAX_DEPTH,
  mayUseAliases,
  tooDeep,
} from "./limits.js";
import { SourceMap, type Locator } from "./positions.js";
import { contentStart, RowLocator, type Rows } from "./rowLocator.js";
import { parseWhole, yamlErrors } from "./yamlErrors.js";
import { yamlLib } from "./yamlLib.js";

/** A parsed file: its data as YAML gives it, and where each part of it stands in the text. */
export interface RawDocument {
  file: string;
  data: unknown;
  locator: Locator;
}

/**
 * Classic Mac line ends (CR alone, as Excel for Mac's "CSV (Macintosh)" writes): YAML 1.2 does not
 * break lines there and would read the whole file as one comment. Such text is read with LF for
 * CR, one for one, so every position reported stays true (and `record` writes CR back).
 */
export const classicMac = (text: string): boolean => text.includes("\r") && !text.includes("\n");

/** A CR not followed by LF: a line end of its own, wherever it is (a file of CRs with one LF too). */
const LONE_CR = /\r(?!\n)/g;

/** The text a parser sees: without a byte-order mark, every lone CR a line end. */
export function parserText(source: string): string {
  const unmarked = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return unmarked.includes("\r") ? unmarked.replace(LONE_CR, "\n") : unmarked;
}

/** Parse one file's text; `file` is the name used in error locations. */
export function parseYaml(source: string, file: string): LoadResult<RawDocument> {
  const text = parserText(source);
  const refusal: Refusal = {};
  return readingParse(text, file, undefined, refusal) ?? locatingParse(text, file, refusal);
}

/** What the reading parse learnt of a text it refused: where an alias naming no anchor stands, if that was why. */
export interface Refusal {
  unknownAlias?: number;
}

/** Nesting the reading parser takes; deeper files are left to the locating parse, which refuses them with a place. */
const READ_DEPTH = 32;

/**
 * js-yaml's reading, or undefined where `yaml` must have its say: text js-yaml refuses (the
 * error's place and wording come from `yaml`), and aliases past their bounds (refused there, at their place).
 */
export function readingParse(
  text: string,
  file: string,
  work?: ReadingWork,
  refusal?: Refusal,
): LoadResult<RawDocument> | undefined {
  // Every open node, by depth, in fixed stacks of numbers (no object per node): where it opened, the
  // line of its first child (a collection starts there; 0 before it has one), how many children have
  // closed in it, its first child's value, and whether a child in a key's place could not be a key.
  const size = READ_DEPTH + 2;
  const lines = new Int32Array(size);
  const columns = new Int32Array(size);
  const positions = new Int32Array(size);
  const firsts = new Int32Array(size);
  const counts = new Int32Array(size);
  const badKeys = new Uint8Array(size);
  const firstChild: unknown[] = new Array(size);
  // Outside the rows, what each collection holds and where (a row's or a project's line is asked for
  // every valid file). What is inside a row is not kept: a valid file never asks, and an error there
  // is placed by parsing that row alone (RowLocator).
  const insides: Array<unknown[] | undefined> = new Array(size);
  const kept: Array<Node[] | undefined> = new Array(size);
  const places = new Map<object, Node>();
  let depth = 0;
  /** How deep the rows' sequence is open (the root's `indicators:`), or -1 (-2 once it has closed). */
  let rowsDepth = -1;
  /** Each row's line, and where the first row opened. */
  const rowLines: number[] = [];
  let firstRow: number | undefined;
  /** Where each row starts and ends in the text, where the rows are a flow sequence's (a JSON file's). */
  let spans: { starts: number[]; ends: number[] } | undefined;
  let agreed = true;
  let last: ParseState | undefined;
  let data: unknown;
  /** What each alias stood for, in order; and the objects more than one place holds. Only where the text may hold an alias. */
  const aliasing = mayUseAliases(text);
  // A document that is one flow collection (a JSON file): js-yaml reads its root one node deeper,
  // and it holds no block collection for a flow one to be indented past.
  const flowDocument = "{[".includes(text[contentStart(text)] ?? " ");
  const rootDepth = flowDocument ? 1 : 0;
  const aliased: unknown[] = [];
  const shared = new Set<object>();
  const respelled = new Set<number>();
  /** What is noted of the node at depth `at`, which closed on `line`. */
  const noteOf = (line: number, at: number): Node => ({
    line,
    column: columns[at]!,
    position: positions[at]!,
    inside: insides[at],
    places: kept[at],
  });
  try {
    // Called twice for every node of the file.
    data = loadYaml(
      text,
      (event, s) => {
        last = s;
        if (event === "open") {
          // The value of the root's `indicators` key opens here, one below the root (a flow root is
          // read inside a node js-yaml first tried as a block mapping's key).
          if (depth === rootDepth + 1 && rowsDepth < 0) {
            const keys = insides[rootDepth];
            if (keys !== undefined && keys.length % 2 === 1 && keys.at(-1) === "indicators") rowsDepth = depth;
          }
          lines[depth] = s.line + 1;
          columns[depth] = s.position - s.lineStart + 1;
          positions[depth] = s.position;
          firsts[depth] = 0;
          counts[depth] = 0;
          badKeys[depth] = 0;
          firstChild[depth] = undefined;
          insides[depth] = undefined;
          kept[depth] = undefined;
          depth++;
          return;
        }
        const at = --depth;
        const result = s.result;
        // A block collection starts where its first item or key does, as `yaml` places it (the node
        // opened right after the key's colon); a flow collection, at its bracket.
        const bracket = result !== null && typeof result === "object" ? flowBracket(text, positions[at]!) : undefined;
        const line =
          bracket !== undefined && firsts[at]! > 0
            ? lines[at]! + linesBetween(text, positions[at]!, bracket)
            : firsts[at]! > 0
              ? firsts[at]!
              : lines[at]!;
        const count = counts[at]!;
        /** A node js-yaml first tried as a block mapping's key holds the collection it read, as it is. */
        const wraps = count === 1 && firstChild[at] === result;
        // An alias on its key's line (or its dash's) stands for what its anchor holds: both parsers read it so.
        const alias = aliasing && isAlias(text, positions[at]!);
        if (alias) {
          aliased.push(result);
          if (result !== null && typeof result === "object") shared.add(result);
        } else if (
          agreed &&
          (!yamlReadsAlike(line, lines[at]!, count, wraps, badKeys[at] === 1, s, text, positions[at]!) ||
            (bracket !== undefined && !flowDocument && at > 0 && !flowIndented(text, bracket, s.position)))
        )
          agreed = false;
        if (rowsDepth === at) rowsDepth = -2;
        // Inside a row (deeper than the rows' sequence's items), nothing is kept, and no node is made.
        const inRow = rowsDepth >= 0 && at > rowsDepth + 1;
        const parent = at - 1;
        // What is noted of this node, made at most once (for its parent's list, for its collection, or
        // both), and only there: no closure is made for it, as every node of every row closes here.
        let node: Node | undefined;
        if (at > 0) {
          const index = counts[parent]!++;
          if (index === 0) {
            firsts[parent] = line;
            firstChild[parent] = result;
          }
          if (index % 2 === 0 && !keyLike(result)) badKeys[parent] = 1;
          if (parent === rowsDepth) {
            // A row is asked for its line only: a number.
            if (rowLines.push(line) === 1) {
              firstRow = positions[at];
              if (inFlowSequence(text, firstRow!)) spans = { starts: [], ends: [] };
            }
            if (spans) {
              spans.starts.push(positions[at]!);
              spans.ends.push(s.position);
            }
            if (work) work.kept++;
          } else if (!(rowsDepth >= 0 && parent > rowsDepth)) {
            (insides[parent] ??= []).push(result);
            (kept[parent] ??= []).push((node ??= noteOf(line, at)));
            if (work) work.kept++;
          }
        }
        // The innermost node that holds a collection is the collection itself.
        if (
          !inRow &&
          result !== null &&
          typeof result === "object" &&
          !(rowsDepth >= 0 && at === rowsDepth + 1) &&
          !places.has(result) &&
          !wraps
        )
          places.set(result, node ?? noteOf(line, at));
      },
      READ_DEPTH,
      respelled,
    );
  } catch (e) {
    if (refusal) refusal.unknownAlias = unknownAliasAt(e);
    return undefined;
  }
  // Two anchors on one node are an error to `yaml`, which js-yaml lets pass; aliases past the
  // bounds are refused by the locating parse, at their place.
  // A key named __proto__ is refused at its place, which the locating parse finds. A tag that ends
  // its line (`binding: !`) is read apart: js-yaml gave true where `yaml` reads "".
  if (!agreed || text.includes("__proto__") || (text.includes("!") && TAG_AT_LINE_END.test(text))) return undefined;
  if (last && Object.keys(last.anchorMap).length > 0) {
    if (TWO_ANCHORS.test(text)) return undefined;
    if (aliasing && (pastMaxAliases(text) !== undefined || pastAliasBounds(aliased))) return undefined;
  }
  return {
    ok: true,
    value: {
      file,
      data,
      locator: new RowLocator(text, data, places, rowsOf(text, data, rowLines, firstRow, spans), shared, respelled),
    },
  };
}

/** Whether the node that opened at `position` is an alias: `*` first, past spaces on its line. */
function isAlias(text: string, position: number): boolean {
  let i = position;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return text.charCodeAt(i) === 42;
}

/**
 * Whether the aliases stand for more than their bounds together (as badAlias counts them in
 * `yaml`'s nodes): each what it names written out in full, a mapping counting itself, its keys and
 * its values, and its text values' characters. One that holds itself never ends.
 */
function pastAliasBounds(values: readonly unknown[]): boolean {
  const sizes = new Map<object, { nodes: number; text: number }>();
  const ENDLESS = { nodes: Number.POSITIVE_INFINITY, text: Number.POSITIVE_INFINITY };
  const size = (value: unknown): { nodes: number; text: number } => {
    if (value === null || typeof value !== "object")
      return { nodes: 1, text: typeof value === "string" ? value.length : 0 };
    let n = sizes.get(value);
    if (n === undefined) {
      sizes.set(value, ENDLESS);
      n = { nodes: 1, text: 0 };
      for (const item of Object.values(value)) {
        const inner = size(item);
        n.nodes += inner.nodes + (Array.isArray(value) ? 0 : 1);
        n.text += inner.text;
      }
      sizes.set(value, n);
    }
    return n;
  };
  let nodes = 0;
  let text = 0;
  for (const value of values) {
    const n = size(value);
    nodes += n.nodes;
    text += n.text;
    if (nodes > MAX_ALIAS_NODES || text > MAX_ALIAS_TEXT) return true;
  }
  return false;
}

/** An anchor, then another before any node: anything that looks so (a comment between counts). */
const TWO_ANCHORS = /&[^\s,[\]{}]+(?:\s|#[^\n]*)*&/;

/** A tag (`!`, `!x`, `!!str`) with nothing after it on its line but a comment. */
const TAG_AT_LINE_END = /(?:^|[ \t,[{])![^\s,[\]{}]*[ \t]*(?:#[^\n]*)?\r?$/m;

/** Counts the places the reading parse keeps (tests hold it to the rows, not what is inside them). */
export interface ReadingWork {
  kept: number;
}

/** Where a node opened (1-based line and column, 0-based position) and, for a collection, what is inside it. */
interface Node {
  line: number;
  column: number;
  position: number;
  /** The values of the nodes directly inside, in order (a mapping's keys and values alternating); undefined when none. */
  inside: unknown[] | undefined;
  /** Those nodes themselves, in the same order. */
  places: Node[] | undefined;
}

/** What RowLocator needs of the rows: their lines and their dash's column, or where each stands in a flow sequence. */
function rowsOf(
  text: string,
  data: unknown,
  lines: number[],
  firstRow: number | undefined,
  spans: Rows["spans"],
): Rows | undefined {
  const rows = data !== null && typeof data === "object" ? (data as { indicators?: unknown }).indicators : undefined;
  return Array.isArray(rows) && rows.length === lines.length
    ? { lines, dashColumn: dashColumn(text, firstRow), ...(spans ? { spans } : {}) }
    : undefined;
}

/** Whether the node that opened at `position` is a flow sequence's first item: `[` before it, past spaces and line breaks. */
function inFlowSequence(text: string, position: number): boolean {
  let i = position - 1;
  while (i >= 0 && " \t\r\n".includes(text[i]!)) i--;
  return text[i] === "[";
}

/** Longer implicit keys are refused by YAML (1,024 characters; the margin covers quotes). */
const LONGEST_KEY = 1000;

/** Whether `yaml` reads a value as the key js-yaml makes of it: plain text not too long, a number or a boolean. */
const keyLike = (key: unknown): boolean =>
  typeof key === "string" ? key.length <= LONGEST_KEY : typeof key === "number" || typeof key === "boolean";

/**
 * Whether `yaml` reads a closed node (its line; how many nodes were directly inside it) as js-yaml
 * did. Where the two are known to part, the file is left to `yaml` (test/fuzz/parsers-agree.test.ts
 * finds such places): a scalar not on one line (a value below its key, which the listener would
 * place on the key's line), a text scalar over several lines (js-yaml takes a quoted one that runs
 * into the next keys) unless it is a block scalar (`|`, `>`) whose header stands on its key's line
 * (`block`: both parsers read those alike), a sequence with an item js-yaml did not read (it reads `- -` and a line
 * further left as one sequence), and mapping keys that are not plain text, numbers or booleans
 * (null, a collection: js-yaml writes "null" and "[object Object]", `yaml` "" and the collection's
 * YAML) or too long to be a key (`badKey`: one node in a key's place was such).
 */
function yamlReadsAlike(
  line: number,
  openLine: number,
  count: number,
  wraps: boolean,
  badKey: boolean,
  s: ParseState,
  text: string,
  opened: number,
): boolean {
  // A scalar on the line after its key is placed there by `yaml`, on the key's line by the listener;
  // a block scalar whose header is on the key's line starts there for both, and so does a plain one
  // continued on lines indented past its key.
  if (s.result === null) return true;
  if (typeof s.result !== "object")
    return (
      s.line + 1 === line ||
      onItsLine(text, opened, s.position) ||
      blockHeader(text, opened, s.position) ||
      continuedAlike(text, opened, s.position)
    );
  // A node js-yaml first tried as a block mapping's key: it holds the collection it read, as it is.
  if (wraps) return true;
  // An item js-yaml took as empty without reading it (`- -` then a line further left).
  if (Array.isArray(s.result)) return count === s.result.length;
  // A mapping whose first key follows an anchor or a tag on its parent key's line (`a: &x e: 1`):
  // js-yaml reads it, `yaml` refuses a block mapping there.
  if (line === openLine && propertyAfterKey(text, opened)) return false;
  return count % 2 === 0 && !badKey;
}

/**
 * Where the bracket of a flow collection that opened at `position` stands, past spaces and line
 * breaks; undefined where a block collection opened there.
 */
function flowBracket(text: string, position: number): number | undefined {
  for (let i = position; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) return i;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
  }
  return undefined;
}

/** The line breaks from `from` up to `to`. */
function linesBetween(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) breaks++;
  return breaks;
}

/**
 * Whether a flow collection whose bracket stands at `open` and which closed at `end` continues only
 * on lines indented past the line it opens on, its closing bracket at least as far: `yaml` refuses
 * one inside a block collection that does not (`baseline: {2020: 1,` then `2021: 2}` under it at the
 * key's column), js-yaml reads it.
 */
function flowIndented(text: string, open: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", open - 1) + 1;
  let indent = 0;
  while (text.charCodeAt(lineStart + indent) === 32) indent++;
  for (let lineBreak = text.indexOf("\n", open); lineBreak >= 0 && lineBreak < end; ) {
    let i = lineBreak + 1;
    while (text[i] === " " || text[i] === "\t") i++;
    const column = i - lineBreak - 1;
    const c = text[i];
    if (c !== undefined && c !== "\n" && c !== "\r") {
      if (c === "]" || c === "}" ? column < indent : column <= indent) return false;
    }
    lineBreak = text.indexOf("\n", lineBreak + 1);
  }
  return true;
}

/**
 * Whether a scalar that opened at `opened` and was read to `end` stands on the line it opened on:
 * its text starts there and holds no line break. (js-yaml reads past the line break after a plain
 * scalar in a flow collection, looking for more of it, so the line it stops on may be the next:
 * `{"a": 1\n}`, as every indented JSON file ends its mappings.)
 */
function onItsLine(text: string, opened: number, end: number): boolean {
  let first = opened;
  while (text[first] === " " || text[first] === "\t") first++;
  // A block scalar's text is on the lines after its header (blockHeader says when both read it
  // alike); a scalar after a tag or an anchor is left to the line js-yaml stopped on.
  if ("|>!&".includes(text[first] ?? "|")) return false;
  let last = end;
  while (last > first && " \t\r\n".includes(text[last - 1]!)) last--;
  const lineBreak = text.indexOf("\n", first);
  return lineBreak < 0 || lineBreak >= last;
}

/** Whether a node that opened at `position`, right after a key's colon, is a block mapping after an anchor or a tag on that line. */
function propertyAfterKey(text: string, position: number): boolean {
  let i = position;
  while (text[i] === " " || text[i] === "\t") i++;
  if (text[i] !== "&" && text[i] !== "!") return false;
  // Past the anchors and tags: a flow mapping may stand there.
  while (text[i] === "&" || text[i] === "!") {
    while (i < text.length && !" \t\r\n".includes(text[i]!)) i++;
    while (text[i] === " " || text[i] === "\t") i++;
  }
  if (text[i] === "{") return false;
  let j = position - 1;
  while (text[j] === " " || text[j] === "\t") j--;
  return text[j] === ":";
}

/**
 * Whether a plain scalar that opened at `opened`, as a block mapping's value on its key's line, and
 * ends at `end`, is continued only on lines indented past its key and holding no `: ` or ` #`
 * (nothing either parser could read as a key or a comment): both parsers then fold it alike.
 */
function continuedAlike(text: string, opened: number, end: number): boolean {
  let first = opened;
  while (text[first] === " ") first++;
  if (PLAIN_FIRST.test(text[first] ?? "\n")) return false;
  const lineStart = text.lastIndexOf("\n", opened - 1) + 1;
  // The key's column: past the line's indentation and any "- " before it.
  let key = lineStart;
  for (;;) {
    while (text[key] === " ") key++;
    if (text[key] === "-" && text[key + 1] === " ") key++;
    else break;
  }
  const head = text.slice(key, opened);
  if (!PLAIN_KEY.test(head)) return false;
  const indent = key - lineStart;
  const lineEnd = text.indexOf("\n", opened);
  if (lineEnd < 0 || lineEnd >= end) return false;
  const rest = text.slice(first, lineEnd);
  if (rest.includes(": ") || rest.includes(" #")) return false;
  for (const next of text.slice(lineEnd + 1, end).split("\n")) {
    const content = next.trimStart();
    if (content === "" || content === "\r") return false;
    if (next.length - content.length <= indent || !next.startsWith(" ".repeat(next.length - content.length)))
      return false;
    if (content.includes(": ") || content.includes(" #") || content.startsWith("#") || content.endsWith(":"))
      return false;
  }
  return true;
}

/** A key and its colon, plain: what a block mapping's line holds before a plain value. */
const PLAIN_KEY = /^[^\s"'{}[\],#&*!|>%@`?-][^:{}[\],#]*:[ ]*$/;
/** What cannot start a plain scalar that is text: a quote, a flow bracket, an indicator. */
const PLAIN_FIRST = /["'{}[\],#&*!|>%@`\n\r\t]/;

/**
 * Whether a block scalar's header follows on the line where a node opened (`|` or `>`, with a
 * chomping indicator or not), and its lines (to `end`) hold no line of spaces alone. The parsers
 * read a line of spaces, and an indentation indicator (`|2`), differently; such a scalar is left
 * to `yaml`.
 */
function blockHeader(text: string, position: number, end: number): boolean {
  let i = position;
  while (text[i] === " " || text[i] === "\t") i++;
  if (text[i] !== "|" && text[i] !== ">") return false;
  i++;
  if (text[i] === "-" || text[i] === "+") i++;
  if (!(text[i] === "\n" || text[i] === "\r" || text[i] === " " || text[i] === "\t" || i >= text.length)) return false;
  // Its lines, and the lines of spaces after them (js-yaml may end it before those, `yaml` after).
  // Line by line, as contentStart goes: one pattern repeated over millions of lines overflows the stack.
  let at = text.lastIndexOf("\n", end - 1) + 1;
  for (BLANK_LINE.lastIndex = at; at < text.length && BLANK_LINE.test(text); ) at = BLANK_LINE.lastIndex;
  return !SPACES_LINE.test(`${text.slice(position, at)}\n`);
}

const SPACES_LINE = /\n[ \t]+\r?\n/;
const BLANK_LINE = /[ \t]*(?:\r?\n|$)/y;

/** The column (0-based) of the dash before a block sequence item's content, or undefined for a flow item. */
function dashColumn(text: string, position: number | undefined): number | undefined {
  if (position === undefined) return undefined;
  let i = position - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\n")) i--;
  if (text[i] !== "-") return undefined;
  return i - (text.lastIndexOf("\n", i) + 1);
}

/** A file refused by one error at `offset`, found before any parser has positions to give. */
function refusedAt(
  text: string,
  file: string,
  offset: number,
  code: string,
  message: InputError["message"],
): LoadResult<RawDocument> {
  return { ok: false, errors: [{ file, ...placeOf(text, offset), code, message }] };
}

/** Refuses a hostile nesting depth in one pass, before the locating parser would exhaust its stack. */
function refuseDeep(text: string, file: string): LoadResult<RawDocument> | undefined {
  const deep = tooDeep(text);
  return deep === undefined
    ? undefined
    : refusedAt(text, file, deep, "too-deep", { id: "error.tooDeep", data: { max: MAX_DEPTH } });
}

/**
 * The first alias that cannot be read, if one cannot: one that names no anchor before it, or one
 * that takes what the aliases stand for together past MAX_ALIAS_NODES (each counts every node of
 * what it names, as written out in full; one inside the node it names never ends). One walk in
 * order, each named node's size counted once: `yaml`'s own bound (maxAliasCount) refused 150 rows
 * sharing one rule, unlocated, and its lookup of an alias's anchor walks the whole document each time.
 */
function badAlias(
  doc: import("yaml").Document.Parsed,
): { at: number; code: "unknown-alias" | "alias-limit" } | undefined {
  const { visit, isAlias, isCollection, isPair } = yamlLib();
  const named = new Map<string, import("yaml").Node>();
  const targets = new Map<unknown, import("yaml").Node>();
  const sizes = new Map<unknown, { nodes: number; text: number }>();
  const NONE = { nodes: 0, text: 0 };
  const size = (node: unknown): { nodes: number; text: number } => {
    if (node === null || typeof node !== "object") return NONE;
    let n = sizes.get(node);
    if (n === undefined) {
      if (isAlias(node)) n = size(targets.get(node));
      else if (isPair(node)) {
        // A key's nodes count, its text does not (js-yaml's keys are all text: years too).
        const key = size(node.key);
        const value = size(node.value);
        n = { nodes: key.nodes + value.nodes, text: value.text };
      } else if (isCollection(node)) {
        n = { nodes: 1, text: 0 };
        for (const item of node.items as unknown[]) {
          const inner = size(item);
          n.nodes += inner.nodes;
          n.text += inner.text;
        }
      } else {
        const value = (node as { value?: unknown }).value;
        n = { nodes: 1, text: typeof value === "string" ? value.length : 0 };
      }
      sizes.set(node, n);
    }
    return n;
  };
  let nodes = 0;
  let text = 0;
  let bad: { at: number; code: "unknown-alias" | "alias-limit" } | undefined;
  visit(doc, {
    Node(_, node) {
      if (node.anchor !== undefined) named.set(node.anchor, node);
      if (!isAlias(node)) return undefined;
      const target = named.get(node.source);
      const at = node.range?.[0] ?? 0;
      if (target === undefined) bad = { at, code: "unknown-alias" };
      else {
        targets.set(node, target);
        // Inside what it names: the node it names has not closed.
        const range = target.range;
        const inside = range != null && range[0] <= at && at < range[1];
        const n = inside ? { nodes: Number.POSITIVE_INFINITY, text: 0 } : size(target);
        nodes += n.nodes;
        text += n.text;
        if (nodes > MAX_ALIAS_NODES || text > MAX_ALIAS_TEXT) bad = { at, code: "alias-limit" };
      }
      return bad ? visit.BREAK : undefined;
    },
  });
  return bad;
}

/** Where the first alias past MAX_ALIASES stands, if one does: anything that looks like an alias counts. */
function pastMaxAliases(text: string): number | undefined {
  if (!text.includes("*")) return undefined;
  ALIAS.lastIndex = 0;
  let count = 0;
  for (let m = ALIAS.exec(text); m !== null; m = ALIAS.exec(text))
    if (++count > MAX_ALIASES) return text.indexOf("*", m.index);
  return undefined;
}

/** Refuses a file with more than MAX_ALIASES aliases, at the first past that, before `yaml` builds its nodes. */
function refuseAliases(text: string, file: string): LoadResult<RawDocument> | undefined {
  const at = pastMaxAliases(text);
  return at === undefined ? undefined : refusedAt(text, file, at, "alias-limit", { id: "error.aliasLimit" });
}

/** The locating parse: `yaml` keeps every node's position, so each error says where it is. */
export function locatingParse(text: string, file: string, refusal?: Refusal): LoadResult<RawDocument> {
  const deep = refuseDeep(text, file) ?? refuseAliases(text, file);
  if (deep) return deep;
  // A large file is looked at a part at a time where it can be: the errors are the same, found at a fraction of the cost.
  const inParts = errorsInParts(text, file);
  if (inParts !== undefined && inParts.length > 0) return { ok: false, errors: capErrors(inParts) };
  // Every part read, and js-yaml refused the whole for an alias naming no anchor before it: the
  // error the whole file's parse would find, found without it.
  if (inParts !== undefined && refusal?.unknownAlias !== undefined)
    return refusedAt(text, file, refusal.unknownAlias, "unknown-alias", { id: "error.unknownAlias" });
  const { doc, lineCounter } = parseWhole(text);
  const errors = yamlErrors(doc, lineCounter, text, file);
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  // An alias must name an anchor set before it (yaml finds one that does not only when it builds
  // the data), and what aliases stand for is bounded.
  const alias = mayUseAliases(text) ? badAlias(doc) : undefined;
  if (alias !== undefined) {
    const { line, col } = lineCounter.linePos(alias.at);
    const id = alias.code === "unknown-alias" ? "error.unknownAlias" : "error.aliasLimit";
    return { ok: false, errors: [{ file, line, column: col, code: alias.code, message: { id } }] };
  }
  // Bounded above: an alias's data is its anchor's, shared, not copied.
  const data = doc.toJS({ maxAliasCount: -1 });
  return { ok: true, value: { file, data, locator: new SourceMap(doc, lineCounter, text) } };
}
