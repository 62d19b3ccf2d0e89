/**
 * Where a lint finding stands: the model keeps each row's line, and a finding names a field of it,
 * so the file's text is parsed once more by `yaml` (as the locating loader does) for line and column.
 */
import { SourceMap } from "../load/positions.js";
import { yamlLib } from "../load/yamlLib.js";
import type { LintLocator, Position } from "./types.js";

export function lintLocator(source: string): LintLocator {
  // As the loader reads the text: no BOM, a lone CR a line end (positions stay one for one).
  const text = source.replace(/^\uFEFF/, "").replace(/\r(?!\n)/g, "\n");
  const { LineCounter, parseDocument } = yamlLib();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, logLevel: "silent" });
  const map = new SourceMap(doc, lines, text);
  const data = doc.toJS({ maxAliasCount: 100 }) as { indicators?: unknown; projects?: { items?: unknown } } | null;
  const indexOf = (items: unknown): Map<string, number> => {
    const found = new Map<string, number>();
    if (Array.isArray(items)) items.forEach((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if ((typeof id === "string" || typeof id === "number") && !found.has(String(id).trim())) found.set(String(id).trim(), i);
    });
    return found;
  };
  const rows = indexOf(data?.indicators);
  const projects = indexOf(data?.projects?.items);
  const at = (prefix: ReadonlyArray<string | number>, index: number | undefined, path: ReadonlyArray<string | number>, fallbackLine: number): Position =>
    index === undefined ? { line: fallbackLine, column: 1 } : map.locate([...prefix, index, ...path]);
  return {
    row: (id, path, fallbackLine) => at(["indicators"], rows.get(id), path, fallbackLine),
    project: (id, path, fallbackLine) => at(["projects", "items"], projects.get(id), path, fallbackLine),
    path: (path, fallbackLine) => (path.length === 0 ? { line: fallbackLine, column: 1 } : map.locate(path)),
  };
}
