/** How alike two contents are: the Dice coefficient of their character pairs, after the text is reduced to what it says. */

/** Letters, digits and Chinese only, lower case: punctuation, spaces and 110KV/110kV do not tell contents apart. */
export const normalizeContent = (text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

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

/** The text before another that is at least the threshold alike to it, and how alike. */
export interface AlikeEarlier {
  index: number;
  similarity: number;
}

/** What the search did: the texts compared in full (tests hold the search to doing little), and where it stopped. */
export interface SimilarityWork {
  comparisons: number;
  /**
   * The first text not searched for near ones, where the search reached its limit of work (see
   * WORK_LIMIT); that text and those after it were matched with identical earlier ones only.
   */
  stoppedAt?: number;
}

/**
 * The work a search may do before it stops looking for near texts: steps, each an earlier text read
 * in an index list or a character pair read in a full comparison. 10,000 contents as plans write
 * them take some 40 million (the same works in other places, some repeated) to 74 million (near
 * copies, each nearest a far earlier one): under a second here; texts drawn from a handful of characters, alike in every pair, would take thousands of
 * millions (10,000 of them took 18 s), and are searched as far as the limit goes.
 */
const WORK_LIMIT = 100_000_000;

/** Below this many texts, comparing each with every earlier one costs less than indexing them all. */
const INDEX_FROM = 64;

/**
 * For each text, the first text before it (in the same group) at least `threshold` alike, as
 * comparing it with every earlier one in order finds: a plan's few dozen contents are compared so,
 * a longer list through an index of its rarest character pairs ({@link indexedFirstAlike}).
 */
export function firstAlike(
  texts: readonly string[],
  groups: readonly string[],
  threshold: number,
  work?: SimilarityWork,
): Array<AlikeEarlier | undefined> {
  return (texts.length < INDEX_FROM ? everyEarlier : indexedFirstAlike)(texts, groups, threshold, work);
}

/** {@link firstAlike} by comparing each text with every earlier one of its group, in order. */
export function everyEarlier(
  texts: readonly string[],
  groups: readonly string[],
  threshold: number,
  work?: SimilarityWork,
): Array<AlikeEarlier | undefined> {
  const pairs = texts.map(pairsOf);
  let left = WORK_LIMIT;
  let stoppedAt: number | undefined;
  const found = pairs.map((own, i) => {
    for (let j = 0; j < i; j++) {
      if (groups[j] !== groups[i] || similarityBound(own.size, pairs[j]!.size) < threshold) continue;
      if (stoppedAt === undefined && left <= 0) stoppedAt = i;
      if (stoppedAt !== undefined) return identicalFrom(j, i, texts, groups);
      if (work) work.comparisons++;
      left -= own.size + pairs[j]!.size;
      const alike = pairSimilarity(own, pairs[j]!);
      if (alike >= threshold) return { index: j, similarity: alike };
    }
    return undefined;
  });
  if (work && stoppedAt !== undefined) work.stoppedAt = stoppedAt;
  return found;
}

/** The first text from `from` before `i` identical to it, in its group: where the search stopped comparing. */
function identicalFrom(
  from: number,
  i: number,
  texts: readonly string[],
  groups: readonly string[],
): AlikeEarlier | undefined {
  for (let j = from; j < i; j++)
    if (texts[j] === texts[i] && groups[j] === groups[i]) return { index: j, similarity: 1 };
  return undefined;
}

/**
 * {@link firstAlike} without comparing every pair.
 *
 * Character pairs become a set by counting repeats (the second 水处 is its own element), so the
 * Dice coefficient is a set overlap. Once every set is sorted rarest element first, two sets that
 * alike must share several elements among the first few of each (prefix filtering, as in set
 * similarity joins): a text of n pairs can only reach the threshold with a text sharing at least
 * ⌈t·n/(2−t)⌉ of its pairs, so only its first elements are looked up, and only texts sharing
 * enough of them, with enough left after the last, are compared in full — earliest first, a window
 * of earlier texts at a time, until one is alike enough. Identical texts are one entry: only the
 * first of them can be the earliest match of a later text. The answers are those of comparing every
 * pair (test/projects/similarity.test.ts holds it to that).
 */
export function indexedFirstAlike(
  texts: readonly string[],
  groups: readonly string[],
  threshold: number,
  work?: SimilarityWork,
): Array<AlikeEarlier | undefined> {
  const firstOf = new Map<string, number>();
  const pairs: Pairs[] = [];
  const elements: Float64Array[] = [];
  texts.forEach((text, i) => {
    pairs.push(pairsOf(text));
    elements.push(setOf(pairs[i]!.codes));
  });
  // The rarest elements first: their lists of texts are short.
  const counted: number[] = [];
  texts.forEach((text, i) => {
    const key = `${groups[i]}\u0000${text}`;
    if (firstOf.has(key)) return;
    firstOf.set(key, i);
    counted.push(i);
  });
  const { rarity, singles } = rarityOf(counted.map((i) => elements[i]!));
  /** By group, each prefix element's texts (first of identical texts only, in order) and where it stands in each. */
  const lists = new Map<string, Map<number, Postings>>();
  // What each earlier text shares with the one looked up among its rarest elements; -1 once it cannot reach the threshold.
  const shared = new Int32Array(texts.length);
  /** Where the last element found shared stands in each earlier text. */
  const lastThere = new Int32Array(texts.length);
  const lastHere = new Int32Array(texts.length);
  const sizes = Int32Array.from(pairs, (p) => p.size);
  const least = sizes.map((size) => leastShared(size, threshold));
  let left = WORK_LIMIT;
  let stoppedAt: number | undefined;
  const answers = texts.map((text, i) => {
    const own = pairs[i]!;
    const same = firstOf.get(`${groups[i]}\u0000${text}`)!;
    // An identical text before this one is alike (1), unless a text before that one is alike enough: the first wins.
    const identical: AlikeEarlier | undefined = same < i ? { index: same, similarity: 1 } : undefined;
    if (stoppedAt !== undefined) return identical;
    let found: AlikeEarlier | undefined;
    const ownLeast = least[i]!;
    const prefix = rarity(elements[i]!).subarray(0, prefixLength(own.size, threshold));
    const inGroup = lists.get(groups[i]!) ?? new Map<number, Postings>();
    lists.set(groups[i]!, inGroup);
    const limit = identical?.index ?? i;
    // An element of one text alone (a place below `singles`) is shared with none: never looked up nor listed.
    const heads = Array.from(prefix, (e) => (e < singles ? undefined : inGroup.get(e)));
    const at = new Int32Array(heads.length);
    // Earlier texts a window at a time, in order, so the search stops at the first alike enough.
    for (let from = nextText(heads, at); from < limit && found === undefined; from = nextText(heads, at)) {
      if (left <= 0) {
        stoppedAt = i;
        break;
      }
      const to = Math.min(limit, from + WINDOW);
      for (let k = 0; k < heads.length; k++) {
        const list = heads[k];
        if (!list) continue;
        const { texts: listed, at: there } = list;
        let n = at[k]!;
        for (; n < listed.length && listed[n]! < to; n++) {
          const j = listed[n]!;
          if (shared[j] === -1) continue;
          if (shared[j] === 0 && similarityBound(own.size, sizes[j]!) < threshold) {
            shared[j] = -1;
            continue;
          }
          shared[j]!++;
          lastHere[j] = k;
          lastThere[j] = there[n]!;
        }
        left -= n - at[k]!;
        at[k] = n;
      }
      // The texts found, in order: the window's, each found at least once.
      for (let j = from; j < to; j++) {
        const count = shared[j]!;
        shared[j] = 0;
        if (count <= 0 || found !== undefined || count < Math.min(SHARED_FIRST, ownLeast, least[j]!)) continue;
        // Both texts are sorted alike: every element they share up to the last one found was found,
        // and what follows that one in either text bounds the rest.
        const size = sizes[j]!;
        const needed = Math.ceil((threshold * (own.size + size)) / 2 - 1e-9);
        if (count + Math.min(own.size - lastHere[j]! - 1, size - lastThere[j]! - 1) < needed) continue;
        if (work) work.comparisons++;
        left -= own.size + size;
        const alike = pairSimilarity(own, pairs[j]!);
        if (alike >= threshold) found = { index: j, similarity: alike };
      }
    }
    if (same === i) {
      prefix.forEach((e, k) => {
        if (e < singles) return;
        const list = inGroup.get(e) ?? inGroup.set(e, { texts: [], at: [] }).get(e)!;
        list.texts.push(i);
        list.at.push(k);
      });
    }
    return found ?? identical;
  });
  if (work && stoppedAt !== undefined) work.stoppedAt = stoppedAt;
  return answers;
}

/**
 * Each element's place among all of them, rarest first (fewest texts having it, then the smaller):
 * a text's elements become those places, in order. Found once for all the texts, so that putting
 * a text's elements in order sorts plain integers (elements keyed by their place stand for
 * themselves); comparing by frequency looked up in a map, per text, was most of the search's time.
 * Every text's elements are those of its first identical text, so all of them are counted.
 */
function rarityOf(sets: readonly Float64Array[]): {
  rarity: (own: Float64Array) => Uint32Array;
  /** How many elements only one text has: the first places, as they are the rarest. */
  singles: number;
} {
  const all = new Float64Array(sets.reduce((n, set) => n + set.length, 0));
  let filled = 0;
  for (const set of sets) {
    all.set(set, filled);
    filled += set.length;
  }
  all.sort();
  const distinctAll = new Float64Array(all.length);
  const countAll = new Uint32Array(all.length);
  let kinds = 0;
  let most = 0;
  for (let i = 0; i < all.length; i++) {
    if (i > 0 && all[i] === all[i - 1]) countAll[kinds - 1]!++;
    else {
      distinctAll[kinds] = all[i]!;
      countAll[kinds++] = 1;
    }
    most = Math.max(most, countAll[kinds - 1]!);
  }
  const distinct = distinctAll.subarray(0, kinds);
  // `distinct` ascends, so ranking its indices by count then index is by count then element: a
  // counting sort, as counts are small integers (a comparison sort of millions of elements took seconds).
  const start = new Uint32Array(most + 2);
  for (let d = 0; d < kinds; d++) start[countAll[d]! + 1]!++;
  for (let c = 1; c < start.length; c++) start[c]! += start[c - 1]!;
  const place = new Uint32Array(kinds);
  const singles = start[2]!;
  for (let d = 0; d < kinds; d++) place[d] = start[countAll[d]!]!++;
  const rarity = (own: Float64Array) => {
    // A text's elements ascend too: each is found after the one before it.
    const places = new Uint32Array(own.length);
    for (let k = 0, d = 0; k < own.length; k++) {
      let lo = d;
      let hi = distinct.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (distinct[mid]! < own[k]!) lo = mid + 1;
        else hi = mid;
      }
      d = lo;
      places[k] = place[d]!;
    }
    return places.sort();
  };
  return { rarity, singles };
}

/** How many earlier texts are gathered before the ones found are compared. */
const WINDOW = 256;

/** The first text not yet read in any of the lists. */
function nextText(lists: ReadonlyArray<Postings | undefined>, at: Int32Array): number {
  let next = Number.POSITIVE_INFINITY;
  lists.forEach((list, k) => {
    if (list && at[k]! < list.texts.length) next = Math.min(next, list.texts[at[k]!]!);
  });
  return next;
}

/** The earlier texts having one element: which, in order, and where the element stands in each. */
interface Postings {
  texts: number[];
  at: number[];
}

/** Sorted pair codes → one number per element: the code, and which repeat of it this is. */
function setOf(codes: Uint32Array): Float64Array {
  const out = new Float64Array(codes.length);
  for (let i = 0, repeat = 0; i < codes.length; i++) {
    repeat = i > 0 && codes[i] === codes[i - 1] ? repeat + 1 : 0;
    out[i] = codes[i]! * 2 ** 21 + repeat;
  }
  return out;
}

/** Texts this alike must share at least so many of their first elements (fewer only where they need fewer in all). */
const SHARED_FIRST = 3;

/** The fewest elements a text of `size` pairs shares with any text `threshold` alike (kept low: a float must not raise it). */
const leastShared = (size: number, threshold: number) =>
  Math.max(0, Math.floor((threshold * size) / (2 - threshold) - 1e-9));

/**
 * How many of its rarest elements a text of `size` pairs has looked up: two texts sharing α
 * elements share their first m among the first n − α + m of each (all α − m others follow them).
 */
function prefixLength(size: number, threshold: number): number {
  const least = leastShared(size, threshold);
  return Math.min(size, size - least + Math.min(SHARED_FIRST, least));
}
