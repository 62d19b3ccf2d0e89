/** Maps a path in the parsed data back to a line and column in the YAML source. */
import type { Document, LineCounter, Node } from "yaml";
import { yamlLib } from "./yamlLib.js";

export type Path = ReadonlyArray<string | number>;

/** Where things are in the source: a line and column for a path in the parsed data. */
export interface Locator {
  /** Where the value at `path` is (or its key, `at: "key"`; or the nearest existing parent). */
  locate(path: Path, at?: "value" | "key"): { line: number; column: number };
  /** Where character `offset` of the single-line scalar at `path` is (for rule-text errors). */
  locateInScalar(path: Path, offset: number): { line: number; column: number };
  /** 1-based line where the item at `path` starts. */
  lineOf(path: Path): number;
}

export class SourceMap implements Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly source: string,
  ) {}

  /** The node at `path` and the key node that names it; as deep as the path exists. */
  private walk(path: Path): { node?: Node; key?: Node; depth: number } {
    const { isMap, isScalar, isSeq } = yamlLib();
    let node = this.doc.contents as Node | null | undefined;
    let key: Node | undefined;
    let depth = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
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
    const quoted = this.source[start] === '"' || this.source[start] === "'";
    return this.position(start + (quoted ? 1 : 0) + offset);
  }

  /** 1-based line where the item at `path` starts. */
  lineOf(path: Path): number {
    return this.locate(path).line;
  }
}
