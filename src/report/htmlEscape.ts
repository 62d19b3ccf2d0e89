/**
 * Text for HTML (element content and quoted attributes): markup characters as entities; control
 * characters, and the bidirectional marks, embeddings, overrides and isolates that would reorder
 * what a reader sees (a name ending in U+202E), and the noncharacters HTML calls a parse error
 * (U+FFFE, U+FFFF, U+FDD0–U+FDEF), shown visibly as the terminal shows them (visible.ts):
 * `\x1b`, `\u{202e}`, `\u{fffe}`.
 */
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// eslint-disable-next-line no-control-regex
const SPECIAL =
  /[&<>"']|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]/;
const SPECIALS = new RegExp(SPECIAL.source, "g");

const shown = (c: string): string => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
};

/** Most texts (names, numbers, reasons) have nothing to escape: they are returned as they are, without a copy. */
export const escapeHtml = (s: string): string =>
  SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ENTITY[c] ?? shown(c)) : s;
