/** How alike two contents are: the Dice coefficient of their character pairs, after the text is reduced to what it says. */

/** Letters, digits and Chinese only, lower case: punctuation, spaces and 110KV/110kV do not tell contents apart. */
export const normalizeContent = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** A text's character pairs, made once per content and compared with every other. */
export interface Pairs {
  text: string;
  /** Each pair of neighbouring UTF-16 units as one number (first << 16 | second), in ascending order. */
  codes: Uint32Array;
  /** How many pairs the text has (its length less one). */
  size: number;
}

export function pairsOf(text: string): Pairs {
  const size = Math.max(0, text.length - 1);
  const codes = new Uint32Array(size);
  for (let i = 0; i < size; i++) codes[i] = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  // Sorted, two texts' shared pairs (each counted as often as both have it) are one merge apart.
  return { text, codes: codes.sort(), size };
}

/** The Dice coefficient of two texts' pairs: 2 × shared ÷ (pairs of one + pairs of the other). */
export function pairSimilarity(a: Pairs, b: Pairs): number {
  if (a.text === b.text) return 1;
  if (a.size < 1 || b.size < 1) return 0;
  const x = a.codes;
  const y = b.codes;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.size + b.size);
}

/**
 * At most this alike, whatever the texts say, for texts of `a` and `b` pairs: two texts of very
 * different lengths cannot be near the same.
 */
export const similarityBound = (a: number, b: number): number => (a + b === 0 ? 1 : (2 * Math.min(a, b)) / (a + b));
