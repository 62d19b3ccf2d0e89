/**
 * Where a YAML syntax error really is. The parser notices an unclosed quote at the end of the
 * file and an unclosed flow collection on the line after it; a person needs the line where the
 * quote or bracket was opened.
 */
const OPENERS = new Set(["[", "{", ",", ":", "-", "?"]);

/** The offset of the quote still open at the end of the text, if any. */
function openQuote(text: string, quote: "'" | '"'): number | undefined {
  let open: number | undefined;
  let prev = ""; // the last non-space character before, on this line
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open !== undefined) {
      if (quote === '"' && c === "\\") i++;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'")
          i++; // '' is a quote inside a single-quoted string
        else open = undefined;
      }
      continue;
    }
    if (c === "\n") {
      prev = "";
      continue;
    }
    if (c === "#" && (prev === "" || /\s/.test(text[i - 1] ?? " "))) {
      const end = text.indexOf("\n", i);
      i = (end < 0 ? text.length : end) - 1;
      continue;
    }
    if (c === quote && (prev === "" || OPENERS.has(prev))) open = i;
    if (c !== " " && c !== "\t") prev = c;
  }
  return open;
}

/**
 * The offset of the `{` or `[` left open, on the line of `pos` or the nearest line above it: a
 * closer that does not match (`[a, b}`) marks the opener it skips as the one left open.
 */
function openFlow(text: string, pos: number): number | undefined {
  let lineEnd = text.indexOf("\n", pos);
  if (lineEnd < 0) lineEnd = text.length;
  while (lineEnd > 0) {
    const start = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const stack: number[] = [];
    let culprit: number | undefined;
    for (let i = start; i < lineEnd; i++) {
      const c = text[i];
      if (c === "{" || c === "[") stack.push(i);
      else if (c === "}" || c === "]") {
        const match = c === "}" ? "{" : "[";
        while (stack.length > 0 && text[stack.at(-1)!] !== match) culprit ??= stack.pop();
        stack.pop();
      }
    }
    const open = culprit ?? stack[0];
    if (open !== undefined) return open;
    lineEnd = start - 1;
  }
  return undefined;
}

export function syntaxErrorAt(text: string, code: string, message: string, pos: number): number {
  if (code === "MISSING_CHAR" && /closing '/.test(message)) return openQuote(text, "'") ?? pos;
  if (code === "MISSING_CHAR" && /closing "/.test(message)) return openQuote(text, '"') ?? pos;
  if (/flow (map|sequence|collection)/i.test(message) && /end with/.test(message)) return openFlow(text, pos) ?? pos;
  return Math.min(pos, Math.max(0, text.length - 1));
}
