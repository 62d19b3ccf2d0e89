/** Hard-wraps text to a display width, counting East Asian wide characters as two columns. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

export const charWidth = (c: string) => (WIDE.test(c) ? 2 : 1);

export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const c of text) {
    const w = charWidth(c);
    if (used + w > width && line) {
      lines.push(line);
      [line, used] = ["", 0];
    }
    line += c;
    used += w;
  }
  lines.push(line);
  return lines.join("\n");
}

/** Cuts text to a display width, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  let used = 0;
  let out = "";
  for (const c of text) {
    if (used + charWidth(c) > width - 1) return `${out}…`;
    out += c;
    used += charWidth(c);
  }
  return out;
}
