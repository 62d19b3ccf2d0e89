/** How alike two contents are: the Dice coefficient of their character pairs, after the text is reduced to what it says. */

/** Letters, digits and Chinese only, lower case: punctuation, spaces and 110KV/110kV do not tell contents apart. */
export const normalizeContent = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** A text's character pairs with their counts: made once per content, compared with every other. */
export interface Pairs {
  text: string;
  counts: Map<string, number>;
  /** How many pairs the text has (its length less one). */
  size: number;
}

export function pairsOf(text: string): Pairs {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return { text, counts, size: Math.max(0, text.length - 1) };
}

/** The Dice coefficient of two texts' pairs: 2 × shared ÷ (pairs of one + pairs of the other). */
export function pairSimilarity(a: Pairs, b: Pairs): number {
  if (a.text === b.text) return 1;
  if (a.size < 1 || b.size < 1) return 0;
  let shared = 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  for (const [pair, n] of small.counts) shared += Math.min(n, large.counts.get(pair) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** At most this alike, whatever the texts say: two texts of very different lengths cannot be near the same. */
export const similarityBound = (a: Pairs, b: Pairs): number => (a.size + b.size === 0 ? 1 : (2 * Math.min(a.size, b.size)) / (a.size + b.size));

