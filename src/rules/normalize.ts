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

/** One character at a time: a character maps to one (or is dropped), never to several. */
export function normalizeRuleText(original: string): NormalizedText {
  const folded = [...toHalfWidth(original)].map((c) => LOOK_ALIKE[c] ?? c);
  // Offsets by UTF-16 unit: the original's own indexing.
  const chars: Array<{ c: string; at: number }> = [];
  let offset = 0;
  for (const c of folded) {
    chars.push({ c, at: offset });
    offset += c.length;
  }
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const { c, at: from } = chars[i]!;
    if (!/\s/.test(c)) {
      text += c;
      for (let k = 0; k < c.length; k++) at.push(from + k);
      continue;
    }
    // A run of spaces: kept as one only between English words, or between two digits (`1 2` is not 12).
    let j = i;
    while (j + 1 < chars.length && /\s/.test(chars[j + 1]!.c)) j++;
    const before = text.at(-1) ?? "";
    const after = chars[j + 1]?.c ?? "";
    if (before && after && (LATIN.test(before) || LATIN.test(after) || (DIGIT.test(before) && DIGIT.test(after)))) {
      text += " ";
      at.push(from);
    }
    i = j;
  }
  at.push(original.length);
  return { text, at };
}
