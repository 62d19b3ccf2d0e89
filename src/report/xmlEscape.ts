/**
 * Text and attribute values for XML 1.0. A character XML forbids anywhere — C0 controls but tab,
 * LF and CR; U+FFFE, U+FFFF; a lone surrogate — cannot be written even as a reference, so it is
 * shown visibly (`\x1b`, `\u{fffe}`), as everywhere else; then the five special characters.
 */
import { visible } from "./visible.js";

export const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any character the passes below change (a surrogate, even in a valid pair, takes the long way). */
const CHANGED = /[&<>"'\r\n\t\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

export function xmlEscape(s: string): string {
  // Most texts (ids, names, numbers, verdicts) have nothing to escape: returned as they are.
  if (!CHANGED.test(s)) return s;
  return (
    s
      .replace(NOT_XML, visible)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // In attributes a parser folds raw line breaks and tabs into spaces: keep them as references.
      .replace(/\r/g, "&#13;")
      .replace(/\n/g, "&#10;")
      .replace(/\t/g, "&#9;")
  );
}
