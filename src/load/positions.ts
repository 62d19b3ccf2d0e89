/** Maps a path in the parsed data back to a line and column in the YAML source. */
import type { Document, LineCounter, Node, Pair } from "yaml";
import { yamlLib } from "./yamlLib.js";
import { lineStarts } from "./errors.js";

export type Path = ReadonlyArray<string | number>;

/** Where things are in the source: a line and column for a path in the parsed data. */
export interface Locator {
  /** Where the value at `path` is (or its key, `at: "key"`; or the nearest existing parent). */
  locate(path: Path, at?: "value" | "key"): { line: number; column: number };
  /** Where character `offset` of the single-line scalar at `path` is (for rule-text errors). */
  locateInScalar(path: Path, offset: number): { line: number; column: number };
  /** 1-based line where the item at `path` starts. */
  lineOf(path: Path): number;
  /** The text a plain (unquoted) scalar at `path` is written as: `5.10` where YAML reads 5.1. */
  plainSource(path: Path): string | undefined;
  /** Whether the file may write the number `n` otherwise than it prints (`01` for 1): only then is its text looked up. */
  mayRespell(n: number): boolean;
}

export class SourceMap implements Locator {
  /** A large mapping's pairs by key, the first of each (a row of 300,000 keys was searched from its start for each). */
  private readonly pairsByKey = new WeakMap<object, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly source: string,
  ) {}

  /** The node at `path` and the key node that names it; as deep as the path exists. */
  private walk(path: Path): { node?: Node; key?: Node; depth: number } {
    const { isMap, isSeq } = yamlLib();
    let node = this.doc.contents as Node | null | undefined;
    let key: Node | undefined;
    let depth = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = this.pairOf(node.items as Pair[], String(segment));
        if (!pair) break;
        key = pair.key as Node;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        key = undefined;
        node = item;
      } else break;
      depth++;
    }
    return { ...(node ? { node } : {}), ...(key ? { key } : {}), depth };
  }

  /** The first pair whose key is `key` as the data names it (yaml's toJS: a null key, `~:`, is ""). */
  private pairOf(items: Pair[], key: string): Pair | undefined {
    const { isScalar } = yamlLib();
    const name = (p: Pair): string | undefined =>
      isScalar(p.key) ? (p.key.value === null ? "" : String(p.key.value)) : undefined;
    if (items.length <= 32) return items.find((p) => name(p) === key);
    let index = this.pairsByKey.get(items);
    if (!index) {
      index = new Map();
      for (const p of items) {
        const k = name(p);
        if (k !== undefined && !index.has(k)) index.set(k, p);
      }
      this.pairsByKey.set(items, index);
    }
    return index.get(key);
  }

  private position(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** Where the value at `path` is (or its key, `at: "key"`; or the nearest existing parent). */
  locate(path: Path, at: "value" | "key" = "value"): { line: number; column: number } {
    const { node, key } = this.walk(path);
    const target = at === "key" ? (key ?? node) : (node ?? key);
    return this.position(target?.range?.[0] ?? 0);
  }

  /** Where character `offset` of the single-line scalar at `path` is (for rule-text errors). */
  locateInScalar(path: Path, offset: number): { line: number; column: number } {
    const { node } = this.walk(path);
    const start = node?.range?.[0];
    if (start === undefined || !yamlLib().isScalar(node)) return this.locate(path);
    const quote = this.source[start];
    if (quote === '"') return this.position(rawOffset(this.source, start + 1, offset));
    return this.position(start + (quote === "'" ? 1 : 0) + offset);
  }

  /** 1-based line where the item at `path` starts. */
  lineOf(path: Path): number {
    return this.locate(path).line;
  }

  /** The whole file parsed by `yaml`: any number's text is at hand. */
  mayRespell(): boolean {
    return true;
  }

  plainSource(path: Path): string | undefined {
    const { node, depth } = this.walk(path);
    if (depth < path.length || !yamlLib().isScalar(node) || node.type !== "PLAIN" || !node.range) return undefined;
    return this.source.slice(node.range[0], node.range[1]);
  }
}

/** How many characters of a double-quoted scalar's text each escape stands for (`\U` and an astral `\u` pair aside). */
const ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 4, u: 6, U: 10 };

/**
 * Where character `offset` of a double-quoted scalar's value stands in the text, its content starting
 * at `from`: escapes (`\u2265`, as Python's json.dump writes every Chinese character) are longer in
 * the text than in the value.
 */
function rawOffset(source: string, from: number, offset: number): number {
  let at = from;
  for (let n = 0; n < offset && at < source.length; n++) {
    if (source[at] !== "\\") at++;
    else {
      const length = ESCAPE_LENGTH[source[at + 1] ?? ""] ?? 2;
      // \U beyond the Basic Plane is two characters of the value (a surrogate pair).
      if (source[at + 1] === "U" && Number.parseInt(source.slice(at + 2, at + 10), 16) > 0xffff) n++;
      at += length;
    }
  }
  return at;
}

/**
 * Where something ends as well as where it starts: 1-based lines and columns, the end column the
 * one after the last character (as SARIF counts), in UTF-16 code units like every column here.
 */
export interface Extent {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The extents of what a finding or an error points at, measured in the text only when asked: a
 * valid file without findings never indexes its lines or parses anything here, and one with
 * findings parses only the few lines each one spans.
 */
export class Extents {
  private starts: Uint32Array | undefined;
  private read: string | undefined;
  private readonly items = new Map<number, Extent>();

  /** The text as the parsers saw it (load/parse's parserText), made only when a position is asked. */
  constructor(private readonly source: () => string) {}

  private get text(): string {
    return (this.read ??= this.source());
  }

  private lineStarts(): Uint32Array {
    this.starts ??= lineStarts(this.text);
    return this.starts;
  }

  private lineText(n: number): string {
    const starts = this.lineStarts();
    const start = starts[n - 1] ?? this.text.length;
    const next = starts[n];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, "");
  }

  /**
   * A sequence item whose content starts on `line` (an indicator row, a project): from its first
   * key to the end of its last value, the lines below it as long as they are indented past its
   * dash. A line that is no item's (a key whose rows are elsewhere) is measured as {@link at} does.
   */
  item(line: number): Extent {
    // A row with several findings (its checks) is measured once.
    let found = this.items.get(line);
    if (!found) {
      found = this.measureItem(line);
      this.items.set(line, found);
    }
    return found;
  }

  private measureItem(line: number): Extent {
    const text = this.lineText(line);
    const dash = /^(\s*)-(\s+)/.exec(text);
    if (!dash) return this.at(line, text.length - text.trimStart().length + 1);
    let content = dash[0].length;
    // `- - a`: the innermost item.
    for (let more = /^-(\s+)/.exec(text.slice(content)); more; more = /^-(\s+)/.exec(text.slice(content)))
      content += more[0].length;
    return this.measure(line, content + 1, dash[1]!.length, true);
  }

  /**
   * What starts at `line`:`column`: a value to its end (over the lines indented past it), a key
   * whose value is below it as the key alone; where the text there cannot be read (a syntax
   * error), the rest of that line's content.
   */
  at(line: number, column: number): Extent {
    // The first thing after an item's dash is the item: an error at a row covers the row.
    const before = this.lineText(line).slice(0, column - 1);
    if (/^\s*(-\s+)+$/.test(before)) return this.measure(line, column, before.indexOf("-"));
    return this.measure(line, column, column - 1);
  }

  /** The rest of a line's content, from `column` (at least one character). */
  private firstLine(line: number, column: number): Extent {
    const content = this.lineText(line).trimEnd();
    return { line, column, endLine: line, endColumn: Math.max(content.length + 1, column + 1) };
  }

  /**
   * The node starting at `line`:`column`, with the lines after it that are indented more than
   * `indent`; `parsed`: the text there is known to read (a row of a loaded file).
   */
  private measure(line: number, column: number, indent: number, parsed = false): Extent {
    const starts = this.lineStarts();
    if (line < 1 || line > starts.length) return { line, column, endLine: line, endColumn: column };
    const first = this.lineText(line);
    let last = line;
    // A key with nothing after it on its line stands alone (its value, maybe the whole file, is below).
    const bare = /^[^\s#][^#]*:\s*(#.*)?$/.test(first.slice(column - 1)) && indent === column - 1;
    if (!bare)
      for (let n = line + 1; n <= starts.length; n++) {
        const next = this.lineText(n);
        const content = next.trimStart();
        if (content === "" || content.startsWith("#")) continue;
        if (next.length - content.length <= indent) break;
        last = n;
        // A node of thousands of lines (the rows' whole sequence) is not parsed again for its end: its first line stands for it.
        if (last - line >= LONGEST_EXTENT) return this.firstLine(line, column);
      }
    const lines: string[] = [" ".repeat(column - 1) + first.slice(column - 1)];
    for (let n = line + 1; n <= last; n++) lines.push(this.lineText(n));
    // Without a `#` nothing on these lines is a comment: a parsed file's node ends where its last line's text does.
    if (parsed && !lines.some((l) => l.includes("#")))
      return { line, column, endLine: last, endColumn: lines.at(-1)!.trimEnd().length + 1 };
    const slice = lines.join("\n");
    // Nor is a node of more text than any row holds (a line of a million brackets, refused as too
    // deep: parsing it for its end took 10 s and 1 GB, five million ran out of memory).
    if (slice.length > LONGEST_EXTENT_TEXT) return this.firstLine(line, column);
    const end = endOf(slice);
    if (end === undefined) return this.firstLine(line, column);
    // The end offset within the slice → a line and column of the file.
    const before = slice.slice(0, end);
    const breaks = before.split("\n").length - 1;
    return { line, column, endLine: line + breaks, endColumn: end - (before.lastIndexOf("\n") + 1) + 1 };
  }
}

/** Lines an extent is measured over at most (a row, a value: a few dozen). */
const LONGEST_EXTENT = 2000;
/** Characters an extent is measured over at most (the seed's longest row holds about 1,000). */
const LONGEST_EXTENT_TEXT = 100_000;

/** Where the value of a YAML text ends (after its last character, comments left out), or undefined where it cannot be read. */
function endOf(slice: string): number | undefined {
  const { parseDocument, isMap, isSeq, isPair, isScalar } = yamlLib();
  const doc = parseDocument(slice, { prettyErrors: false, logLevel: "silent", uniqueKeys: false });
  if (doc.errors.length > 0 || !doc.contents) return undefined;
  // A block collection's own range runs over the comments after it: its last value's end does not.
  let node: unknown = doc.contents;
  for (;;) {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
      const lastItem = node.items.at(-1);
      node = isPair(lastItem) ? (lastItem.value ?? lastItem.key) : lastItem;
      continue;
    }
    break;
  }
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) return undefined;
  let end = range[1];
  while (end > 0 && /\s/.test(slice[end - 1]!)) end--;
  // A key with no value (`key:`) ends after its colon.
  if (isScalar(node) && node.value === null && slice[end] === ":") end++;
  return end;
}

/** The texts of the files read, by their model: what a report measures a finding's extent in. */
const extentsOf = new WeakMap<object, Extents>();

/** Remember `text` as where `model`'s positions are (the model holds no text: a valid file without findings never uses it). */
export function rememberText(model: object, text: () => string): void {
  extentsOf.set(model, new Extents(text));
}

/** The extents of a model's positions, where its text was remembered. */
export function extentsFor(model: object): Extents | undefined {
  return extentsOf.get(model);
}
