/**
 * Rule text as typed into a table, read once into the one spelling the grammar knows: full-width
 * forms (２０％, ＞＝, （）) as half-width, look-alike signs (△ ∆ δ for Δ; ≧ ⩾ for ≥; − for -) as the
 * sign, and stray spaces dropped (`保持 稳定`, `≥ 20`). Spaces between English words stay. Every
 * character keeps the offset it had in the original, so an error points at what the user wrote.
 */
import { toHalfWidth } from "../model/value.js";

export interface NormalizedText {
  text: string;
  /** `at[i]` is the offset in the original of `text[i]`; `at[text.length]` is the original's length. */
  at: number[];
}

const LOOK_ALIKE: Record<string, string> = {
  "△": "Δ",
  "∆": "Δ",
  δ: "Δ",
  "▵": "Δ",
  "≧": "≥",
  "⩾": "≥",
  "≦": "≤",
  "⩽": "≤",
  "﹥": ">",
  "﹤": "<",
  "﹦": "=",
  "−": "-",
  "﹣": "-",
};

const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;

const SPACE = /\s/;

/**
 * One character at a time: a character maps to one (or is dropped), never to several. Nothing is
 * made per character but the text and its offsets (a rule of a thousand characters is read often).
 */
export function normalizeRuleText(original: string): NormalizedText {
  let text = "";
  const at: number[] = [];
  // The last character kept, and where a run of spaces not yet decided on started (-1: none).
  let before = "";
  let spaces = -1;
  // Offsets by UTF-16 unit (the original's own indexing): full-width and look-alike forms are one unit, as their half-width ones.
  let offset = 0;
  for (const folded of toHalfWidth(original)) {
    const c = LOOK_ALIKE[folded] ?? folded;
    const from = offset;
    offset += c.length;
    if (SPACE.test(c)) {
      if (spaces < 0) spaces = from;
      continue;
    }
    // A run of spaces: kept as one only between English words, or between two digits (`1 2` is not 12).
    if (spaces >= 0 && before && (LATIN.test(before) || LATIN.test(c) || (DIGIT.test(before) && DIGIT.test(c)))) {
      text += " ";
      at.push(spaces);
    }
    spaces = -1;
    text += c;
    for (let k = 0; k < c.length; k++) at.push(from + k);
    before = c;
  }
  at.push(original.length);
  return { text, at };
}
