/**
 * Text from a file, made safe to show: control characters (C0, DEL, C1 — escape sequences, CR,
 * NUL, BEL), the bidirectional overrides and isolates that reorder what a reader sees, line and
 * paragraph separators, and characters no text may hold (U+FFFE, U+FFFF, lone surrogates) are
 * shown visibly as escapes, e.g. `\x1b`, `\r`, `\u{202e}`, instead of acting on the terminal or
 * breaking a report. Every human format and standard error pass file text through here.
 */
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

const shown = (c: string): string => {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`);
};

/** Every character HIDDEN can match, surrogates whole: most text has none, and is given back as it is. */
const MAYBE_HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/;

export function visible(text: string): string {
  return MAYBE_HIDDEN.test(text) ? text.replace(HIDDEN, shown) : text;
}

/**
 * A machine format's text (CSV, JSON, JUnit …) shown on a terminal: what would act on it is shown
 * as an escape instead — what {@link visible} shows, but the line breaks (LF, CR LF) and tabs that
 * lay the text out. In JSON an escape of its own (`\u202e`), so the text stays JSON with the same
 * data. To a file or a pipe the text goes as it is.
 */
export function onTerminal(text: string, json: boolean): string {
  if (!MAYBE_HIDDEN.test(text)) return text;
  return text.replace(HIDDEN, (c, at: number) =>
    c === "\n" || c === "\t" || (c === "\r" && text[at + 1] === "\n")
      ? c
      : json
        ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
        : shown(c),
  );
}
