/**
 * Locating errors in a file js-yaml has read, at the cost of what they are in. `yaml`
 * parsing a whole file to place one error costs many times the reading (superlinear in the rows:
 * a 300,000-row file took 20 s and 1.6 GB for one bad rule); here each row with an error is parsed
 * alone, and the rest of the file (without its rows) once, by the same `yaml` and SourceMap as
 * the locating path, so every line and column is the one that path gives.
 */
import type { LineCounter } from "yaml";
import { lineStarts, placeOf } from "./errors.js";
import { SourceMap, type Locator, type Path } from "./positions.js";
import { parseWhole } from "./yamlErrors.js";

type Position = { line: number; column: number };

/** A line before a document's content: blank, a comment, a directive or `---` alone. */
const LEADING_LINE = /[ \t]*(?:#[^\n]*)?\r?\n|%[^\n]*\n|---(?:[ \t]+#[^\n]*)?\r?\n/y;
/** After those lines: a `---` the content follows on its line, and the spaces before the content. */
const LEADING_SPACE = /(?:---[ \t]+)?[ \t]*/y;

/**
 * Where a document's content starts: past blank lines, comments, directives and a `---`. Line by
 * line: one pattern repeated over the lines backtracks through all of them, and millions of blank
 * lines overflowed the stack.
 */
export function contentStart(text: string): number {
  let at = 0;
  for (LEADING_LINE.lastIndex = 0; LEADING_LINE.test(text); ) at = LEADING_LINE.lastIndex;
  LEADING_SPACE.lastIndex = at;
  LEADING_SPACE.test(text);
  return LEADING_SPACE.lastIndex;
}

/** A part of the file parsed on its own: its map, and how its lines sit in the file. */
interface Part {
  map: SourceMap;
  /** A line of the part → the line of the file. */
  fileLine(line: number): number;
}

/** What the reading parse noted of the rows: each one's first line and its dash's column. */
export interface Rows {
  lines: readonly number[];
  /** 0-based; undefined where the rows are not a block sequence (a flow sequence). */
  dashColumn: number | undefined;
  /** Where the rows of a flow sequence (a JSON file's) start and end in the text: offsets, each row's own. */
  spans?: { starts: readonly number[]; ends: readonly number[] };
}

export class RowLocator implements Locator {
  private readonly parts = new Map<number | "frame" | "whole", Part>();
  private readonly keyIndex = new WeakMap<object, Map<string, number>>();
  // Found on the first error only: a valid file costs nothing here but its rows' lines.
  private lineStarts: Uint32Array = new Uint32Array(0);
  /** The line each row's dash stands on, 1-based, and the line after the last row. */
  private rowStarts: number[] = [];
  private rowsEnd = 0;
  private readonly rowLines: readonly number[];

  /**
   * `items`: where the reading parse saw each sequence's items, for the lines asked of valid files.
   * Without rows in a block sequence, an error is located by parsing the whole file, once.
   */
  constructor(
    private readonly text: string,
    private readonly data: unknown,
    private readonly nodes: ReadonlyMap<
      object,
      { inside: readonly unknown[] | undefined; places: ReadonlyArray<{ line: number; column: number }> | undefined }
    >,
    private readonly rows: Rows | undefined,
    /** Collections aliases stand for: more than one place holds them, so what the reading parse noted of them names one only. */
    private readonly shared: ReadonlySet<object> = new Set(),
    /** The numbers the reading parse saw written otherwise than they print. */
    private readonly respelled: ReadonlySet<number> = new Set(),
  ) {
    this.rowLines = rows?.lines ?? [];
  }

  private index(): void {
    if (this.lineStarts.length > 0) return;
    const { text, rowLines } = this;
    const dashColumn = this.rows!.dashColumn!;
    this.lineStarts = lineStarts(text);
    // A row's dash is at most a few lines above its content (a dash alone on its line), never above the row before.
    this.rowStarts = rowLines.map((line, i) => this.dashLine(line, dashColumn, i === 0 ? 1 : rowLines[i - 1]! + 1));
    this.rowsEnd = this.endOfRows(rowLines.at(-1)!, dashColumn);
  }

  private line(n: number): string {
    const start = this.lineStarts[n - 1] ?? this.text.length;
    const next = this.lineStarts[n];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, "");
  }

  /** Where a block row's content starts: past its dash and the spaces after it, or its line's indentation. */
  private rowContent(row: number): Position {
    this.index();
    const line = this.rowLines[row]!;
    const text = this.line(line);
    const dash = this.rows!.dashColumn!;
    let column = text[dash] === "-" && text.slice(0, dash).trim() === "" ? dash + 1 : 0;
    while (text[column] === " " || text[column] === "\t") column++;
    return { line, column: column + 1 };
  }

  /** The line of a row's dash: its content's line, or above it for a dash alone on its line. */
  private dashLine(contentLine: number, dashColumn: number, earliest: number): number {
    for (let n = contentLine; n >= earliest; n--) {
      const line = this.line(n);
      if (line[dashColumn] === "-" && line.slice(0, dashColumn).trim() === "") return n;
    }
    return contentLine;
  }

  /** The first line after the last row: the next content less indented than the row's content. */
  private endOfRows(lastRow: number, dashColumn: number): number {
    const lines = this.lineStarts.length;
    for (let n = lastRow + 1; n <= lines; n++) {
      const line = this.line(n);
      const content = line.trimStart();
      if (content === "" || content.startsWith("#")) continue;
      if (line.length - content.length <= dashColumn) return n;
    }
    return lines + 1;
  }

  private slice(fromLine: number, toLine: number): string {
    const start = this.lineStarts[fromLine - 1] ?? this.text.length;
    const end = this.lineStarts[toLine - 1] ?? this.text.length;
    return this.text.slice(start, end);
  }

  private parse(text: string): { map: SourceMap; lines: LineCounter } {
    // Read as the locating parse reads a file, so that a key is the key the data holds (a numeral of
    // 24 digits stays text, not 2.024e+23).
    const { doc, lineCounter: lines } = parseWhole(text);
    return { map: new SourceMap(doc, lines, text), lines };
  }

  /** A part, parsed the first time it is asked for. */
  private part(key: number | "frame" | "whole", make: () => Part): Part {
    let part = this.parts.get(key);
    if (!part) {
      part = make();
      this.parts.set(key, part);
    }
    return part;
  }

  private row(i: number): Part {
    return this.part(i, () => {
      const first = this.rowStarts[i]!;
      const { map } = this.parse(this.slice(first, this.rowStarts[i + 1] ?? this.rowsEnd));
      return { map, fileLine: (line) => line + first - 1 };
    });
  }

  /** The file without its rows: what comes before them and after, lines counted as in the file. */
  private frame(): Part {
    return this.part("frame", () => {
      const first = this.rowStarts[0]!;
      const removed = this.rowsEnd - first;
      const head = this.slice(1, first);
      const { map } = this.parse(head + this.slice(this.rowsEnd, this.lineStarts.length + 1));
      return { map, fileLine: (line) => (line < first ? line : line + removed) };
    });
  }

  private whole(): Part {
    return this.part("whole", () => ({ map: this.parse(this.text).map, fileLine: (line) => line }));
  }

  /** The column (0-based) of an offset: how far it stands from its line's start. */
  private columnOf(offset: number): number {
    return offset - (this.text.lastIndexOf("\n", offset - 1) + 1);
  }

  /**
   * A row of a flow sequence parsed alone, a flow mapping: its text, after spaces standing for what
   * comes before it on its line, so that every line and column is the file's (its line is the
   * reading parse's: where its bracket stands).
   */
  private flowRow(i: number): Part | undefined {
    const { starts, ends } = this.rows!.spans!;
    const start = starts[i]!;
    if (this.text[start] !== "{") return undefined;
    return this.part(i, () => {
      const line = this.rowLines[i]!;
      const { map } = this.parse(" ".repeat(this.columnOf(start)) + this.text.slice(start, ends[i]));
      return { map, fileLine: (n) => n + line - 1 };
    });
  }

  /**
   * The file without the rows of its flow sequence: what comes before the first row, then on a line
   * of its own, after spaces to the column it stood at, what comes after the last (`]` and on).
   */
  private flowFrame(): Part {
    return this.part("frame", () => {
      const { starts, ends } = this.rows!.spans!;
      const first = this.rowLines[0]!;
      const end = ends.at(-1)!;
      // The last row's end: its line, counted on from the line the row starts on.
      const last = this.rowLines.at(-1)! + (this.text.slice(starts.at(-1), end).split("\n").length - 1);
      const { map } = this.parse(
        `${this.text.slice(0, starts[0])}\n${" ".repeat(this.columnOf(end))}${this.text.slice(end)}`,
      );
      return { map, fileLine: (n) => (n <= first ? n : n - first - 1 + last) };
    });
  }

  /** Which part a path is in, and the path within it. */
  private route(path: Path): { part: Part; path: Path } {
    if (this.rowLines.length === 0) return { part: this.whole(), path };
    const i = path[1];
    const inRows = path[0] === "indicators" && typeof i === "number" && i >= 0 && i < this.rowLines.length;
    if (this.rows?.dashColumn === undefined) {
      if (this.rows?.spans === undefined) return { part: this.whole(), path };
      const row = inRows ? this.flowRow(i) : undefined;
      if (row) return { part: row, path: path.slice(2) };
      return inRows ? { part: this.whole(), path } : { part: this.flowFrame(), path };
    }
    this.index();
    if (inRows) return { part: this.row(i), path: [0, ...path.slice(2)] };
    return { part: this.frame(), path };
  }

  private inFile(part: Part, at: Position): Position {
    return { line: part.fileLine(at.line), column: at.column };
  }

  locate(path: Path, at: "value" | "key" = "value"): Position {
    // The document itself (a file that is no mapping): where its content starts, without parsing it again.
    if (path.length === 0) return this.root();
    if (at === "key") {
      const key = this.noted(path, "key");
      if (key) return { line: key.line, column: key.column };
      const row = path[1];
      // A block row as a whole (it has no key of its own): where its content starts, on the line the
      // reading parse noted, without parsing it (a row of 300,000 unknown keys is 4 MB of YAML).
      if (
        path.length === 2 &&
        path[0] === "indicators" &&
        typeof row === "number" &&
        this.rows?.dashColumn !== undefined
      )
        if (row >= 0 && row < this.rowLines.length) return this.rowContent(row);
    }
    const { part, path: inner } = this.route(path);
    return this.inFile(part, part.map.locate(inner, at));
  }

  /** Where the document's content starts: past blank lines, comments, directives and a `---` line alone */
  private root(): Position {
    return placeOf(this.text, contentStart(this.text));
  }

  locateInScalar(path: Path, offset: number): Position {
    const { part, path: inner } = this.route(path);
    return this.inFile(part, part.map.locateInScalar(inner, offset));
  }

  mayRespell(n: number): boolean {
    return this.respelled.has(n);
  }

  plainSource(path: Path): string | undefined {
    const { part, path: inner } = this.route(path);
    return part.map.plainSource(inner);
  }

  /** An item's line, as the reading parse noted it: no parsing for the lines every row reports. */
  lineOf(path: Path): number {
    const i = path[1];
    if (path.length === 2 && path[0] === "indicators" && typeof i === "number" && i >= 0 && i < this.rowLines.length)
      return this.rowLines[i]!;
    return this.noted(path, "value")?.line ?? this.locate(path).line;
  }

  /**
   * Where the reading parse saw the item or value at `path` (or its key): a sequence's items in
   * order, a mapping's keys and values alternating. A key's place is exactly `yaml`'s; a value's
   * line is (a value below its key is left to `yaml` altogether).
   */
  private noted(path: Path, at: "value" | "key"): { line: number; column: number } | undefined {
    const last = path.at(-1);
    if (last === undefined) return undefined;
    let parent = this.data;
    for (const segment of path.slice(0, -1)) {
      parent =
        parent !== null && typeof parent === "object"
          ? (parent as Record<string | number, unknown>)[segment]
          : undefined;
      if (this.shared.has(parent as object)) return undefined;
    }
    const node = parent !== null && typeof parent === "object" ? this.nodes.get(parent) : undefined;
    if (!node) return undefined;
    if (Array.isArray(parent)) return at === "value" && typeof last === "number" ? node.places?.[last] : undefined;
    const key = this.keysOf(node).get(String(last)) ?? -1;
    return key < 0 ? undefined : node.places?.[at === "key" ? key : key + 1];
  }

  /** A mapping's keys → where each (its first use) stands among what is inside: made once a mapping, not searched each time. */
  private keysOf(node: { inside: readonly unknown[] | undefined }): Map<string, number> {
    let keys = this.keyIndex.get(node);
    if (!keys) {
      keys = new Map();
      const inside = node.inside ?? [];
      for (let i = 0; i < inside.length; i += 2) if (!keys.has(String(inside[i]))) keys.set(String(inside[i]), i);
      this.keyIndex.set(node, keys);
    }
    return keys;
  }
}
