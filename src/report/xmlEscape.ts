/**
 * Text and attribute values for XML 1.0. A character XML forbids anywhere — C0 controls but tab,
 * LF and CR; U+FFFE, U+FFFF; a lone surrogate — cannot be written even as a reference, so it is
 * shown visibly (`\x1b`, `\u{fffe}`), as everywhere else; then the five special characters.
 */
import { visible } from "./visible.js";

const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML, visible)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // In attributes a parser folds raw line breaks and tabs into spaces: keep them as references.
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}
