/**
 * Refuses hostile YAML before the parser sees it: a file nested deeper than any indicator file
 * needs would exhaust the parser's stack. The scan is one pass over the text.
 */
export const MAX_DEPTH = 64;

/** The offset where nesting first exceeds MAX_DEPTH (flow brackets, or `- - -` on one line), if it does. */
export function tooDeep(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  let dashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      lineStart = true;
      dashes = 0;
      quote = undefined;
      continue;
    }
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      // A comment runs to the end of the line.
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
      continue;
    }
    if (lineStart && c === "-" && (text[i + 1] === " " || text[i + 1] === "\t")) {
      if (++dashes > MAX_DEPTH) return i;
      continue;
    }
    if (c !== " " && c !== "\t") lineStart = false;
    if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return undefined;
}
