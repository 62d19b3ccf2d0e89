/**
 * Where a lint finding stands: a finding names a row or project by id and a field of it; the
 * parsed document's own locator (the one every input error uses) says where that is.
 */
import type { RawDocument } from "../load/parse.js";
import type { LintLocator, Position } from "./types.js";

export function lintLocator(doc: RawDocument): LintLocator {
  const { locator } = doc;
  const data = doc.data as { indicators?: unknown; projects?: { items?: unknown } } | null;
  const indexOf = (items: unknown): Map<string, number> => {
    const found = new Map<string, number>();
    if (Array.isArray(items))
      items.forEach((item, i) => {
        const id = (item as { id?: unknown } | null)?.id;
        if ((typeof id === "string" || typeof id === "number") && !found.has(String(id).trim()))
          found.set(String(id).trim(), i);
      });
    return found;
  };
  const rows = indexOf(data?.indicators);
  const projects = indexOf(data?.projects?.items);
  const at = (
    prefix: ReadonlyArray<string | number>,
    index: number | undefined,
    path: ReadonlyArray<string | number>,
    fallbackLine: number,
  ): Position =>
    index === undefined ? { line: fallbackLine, column: 1 } : locator.locate([...prefix, index, ...path]);
  return {
    row: (id, path, fallbackLine) => at(["indicators"], rows.get(id), path, fallbackLine),
    project: (id, path, fallbackLine) => at(["projects", "items"], projects.get(id), path, fallbackLine),
    path: (path, fallbackLine) => (path.length === 0 ? { line: fallbackLine, column: 1 } : locator.locate(path)),
  };
}
