/**
 * Where each indicator row starts, found by scanning lines rather than by a locating parser: the
 * fast path for valid files. It knows only block-style rows; anything else returns undefined and
 * the file takes the locating path.
 */
import type { Locator, Path } from "./positions.js";

const KEY = /^indicators[ \t]*:[ \t]*(#.*)?\r?$/m;

export function rowLines(text: string, rows: number): Locator | undefined {
  const key = KEY.exec(text);
  if (!key) return undefined;
  const keyLine = lineNumberAt(text, key.index);
  let dash = -1;
  const starts: number[] = [];
  let line = keyLine;
  for (let at = text.indexOf("\n", key.index) + 1; at > 0 && at < text.length; at = text.indexOf("\n", at) + 1) {
    line++;
    let i = at;
    while (text.charCodeAt(i) === 32) i++;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 35 /* # */ || i >= text.length) continue; // blank or comment
    const indent = i - at;
    const item = c === 45 /* - */ && (i + 1 >= text.length || [32, 9, 10, 13].includes(text.charCodeAt(i + 1)));
    if (dash < 0) {
      if (!item) return undefined;
      dash = indent;
    }
    if (indent < dash || (indent === dash && !item)) break;
    if (indent === dash) starts.push(line);
  }
  if (starts.length !== rows) return undefined;
  const keyAt = { line: keyLine, column: 1 };
  const locate = (path: Path) => {
    const row = path[0] === "indicators" && typeof path[1] === "number" ? starts[path[1]] : undefined;
    return row !== undefined ? { line: row, column: dash + 1 } : path[0] === "indicators" ? keyAt : { line: 1, column: 1 };
  };
  return { locate, locateInScalar: locate, lineOf: (path) => locate(path).line };
}

function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
