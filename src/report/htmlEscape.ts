/** Text for HTML (element content and quoted attributes): markup characters as entities, control characters shown visibly. */
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"']|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const SPECIALS = new RegExp(SPECIAL.source, "g");

/** Most texts (names, numbers, reasons) have nothing to escape: they are returned as they are, without a copy. */
export const escapeHtml = (s: string): string =>
  SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ENTITY[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`) : s;
