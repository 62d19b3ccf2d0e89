/**
 * Where each indicator row starts, found by scanning lines rather than by a locating parser: the
 * fast path for valid files. It knows only block-style rows; anything else returns undefined and
 * the file takes the locating path.
 */
import type { Locator, Path } from "./positions.js";

export function rowLines(text: string, rows: number): Locator | undefined {
  const lines = text.split("\n");
  const keyLine = lines.findIndex((l) => /^indicators\s*:\s*(#.*)?\r?$/.test(l));
  if (keyLine < 0) return undefined;
  let dash: number | undefined;
  const starts: number[] = [];
  for (let i = keyLine + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(#.*)?\r?$/.test(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (dash === undefined) {
      if (!/^\s*-(\s|$)/.test(line)) return undefined;
      dash = indent;
    }
    if (indent < dash || (indent === dash && !/^\s*-(\s|$)/.test(line))) break;
    if (indent === dash) starts.push(i + 1);
  }
  if (starts.length !== rows) return undefined;
  const key = { line: keyLine + 1, column: 1 };
  const locate = (path: Path) => {
    const row = path[0] === "indicators" && typeof path[1] === "number" ? starts[path[1]] : undefined;
    return row !== undefined ? { line: row, column: dash! + 1 } : path[0] === "indicators" ? key : { line: 1, column: 1 };
  };
  return { locate, locateInScalar: locate, lineOf: (path) => locate(path).line };
}
