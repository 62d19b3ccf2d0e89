/// <reference path="../types/linebreak.d.ts" />
/**
 * Terminal text: display widths (string-width: wide characters such as 𬒗 and emoji take two
 * columns, colour codes none) and line breaking at the places Unicode allows (UAX #14, the
 * `linebreak` package), so a line never starts with closing punctuation (：，。、）」).
 */
import { eastAsianWidth } from "get-east-asian-width";
import LineBreaker from "linebreak";
import stringWidth from "string-width";

/**
 * Text each character of which is a grapheme cluster of its own and no emoji: letters, digits,
 * punctuation and symbols of the Han, kana, Hangul syllable, Latin, Greek, Cyrillic and common
 * scripts, without marks, joiners, variation selectors, controls, jamo or pictographs. Its width is
 * the sum of its characters' East Asian widths — what string-width gives it, without compiling the
 * emoji and grapheme patterns string-width needs for the rest (some 40 ms of a one-file run).
 */
const SIMPLE =
  /^(?:(?![\p{Mc}\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Default_Ignorable_Code_Point}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF])(?=\p{Grapheme_Base})[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}])*$/u;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The width of simple text (above) as the sum of its characters' widths; undefined for other text. */
export function simpleWidth(text: string): number | undefined {
  // Printable ASCII, the commonest simple text: a column a character.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (!SIMPLE.test(text)) return undefined;
  let width = 0;
  for (const c of text) width += eastAsianWidth(c.codePointAt(0)!);
  return width;
}

/** Display width in terminal columns: wide characters such as 𬒗 and emoji take two, colour codes none. */
export const textWidth = (text: string): number => simpleWidth(text) ?? stringWidth(text);

/** Pads text with spaces to a display width. */
export const padEnd = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - textWidth(text)));

const DIGIT = /\p{Nd}/u;

/**
 * The places a line may end. UAX #14 allows more breaks than a number or a unit can take: it would
 * end a line after "2024" in "2024年", or after the slash of "μg/m³". A number keeps what follows
 * it (its unit or measure word), and a slash keeps what follows it, unless a space comes between.
 */
function breakOpportunities(text: string): number[] {
  const out: number[] = [];
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    const before = text[b.position - 1] ?? "";
    if (b.position < text.length && (DIGIT.test(before) || before === "/")) continue;
    out.push(b.position);
  }
  return out;
}

/** Made when first needed: a segmenter costs some 15 ms to build, and simple text needs none. */
let graphemes: Intl.Segmenter | undefined;

/** Text's grapheme clusters and where each starts: simple text's are its characters. */
function* clusters(text: string): Iterable<{ segment: string; index: number }> {
  if (SIMPLE.test(text)) {
    let index = 0;
    for (const segment of text) {
      yield { segment, index };
      index += segment.length;
    }
    return;
  }
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  yield* graphemes.segment(text);
}
/** Characters a line may not start with, for a piece cut where Unicode gives no break. */
const CLOSING = /^[\p{Pe}\p{Pf}：；，。、！？％‰:;,.!?%)\]}]/u;

/** The start of a piece wider than a whole line that fits it, cut by characters, never before closing punctuation. */
function hardCut(piece: string, room: number): string {
  const chars = [...clusters(piece)].map((s) => s.segment);
  let used = 0;
  let cut = 0;
  while (cut < chars.length && used + textWidth(chars[cut]!) <= room) used += textWidth(chars[cut++]!);
  cut = Math.max(cut, 1);
  while (cut > 1 && cut < chars.length && CLOSING.test(chars[cut]!)) cut--;
  return chars.slice(0, cut).join("");
}

/** Code units enough to hold a line of `room` columns and the break after it (a character is one unit or more, two columns or fewer). */
const windowFor = (room: number): number => 2 * room + 64;

/**
 * Text broken into lines: the first at most `first` columns wide, the others at most `rest`.
 * Spaces at a break are dropped; a word wider than a line is cut by characters. Each line is
 * found in a window of the text a little longer than a line (longer only where characters take
 * no columns), so a text of a million characters costs what its lines do, not its length for each.
 */
export function wrapLines(text: string, first: number, rest = first): string[] {
  const widthOf = widthsOf(text);
  const lines: string[] = [];
  let room = Math.max(1, first);
  let start = 0;
  for (;;) {
    let size = windowFor(room);
    let window = text.slice(start, start + size);
    while (start + window.length < text.length && widthOf(start, start + window.length) <= room) {
      size *= 2;
      window = text.slice(start, start + size);
    }
    if (widthOf(start, start + window.length) <= room) {
      lines.push(window);
      return lines;
    }
    // The width up to each break, added a piece at a time (measuring each prefix anew cost a
    // line's length for every break in it); spaces before a break take no room.
    let fit = 0;
    let full = 0;
    let trimmed = 0;
    for (const b of breakOpportunities(window)) {
      const words = window.slice(fit, b).trimEnd().length;
      if (words > 0) trimmed = full + widthOf(start + fit, start + fit + words);
      if (trimmed > room) break;
      full += widthOf(start + fit, start + b);
      fit = b;
    }
    const line = fit > 0 && window.slice(0, fit).trim() !== "" ? window.slice(0, fit) : hardCut(window, room);
    lines.push(line.trimEnd());
    start += line.length;
    while (start < text.length && /\s/.test(text[start]!)) start++;
    room = Math.max(1, rest);
    if (start >= text.length) return lines;
  }
}

/**
 * The width of `text` from one code unit to another. Simple text (above) is measured once, a
 * character at a time, and any stretch of it is then a subtraction: a long rule wrapped into a
 * narrow column measured its windows again for every line (a 2.6 MB file of long rules, a second).
 */
function widthsOf(text: string): (from: number, to: number) => number {
  if (!SIMPLE.test(text)) return (from, to) => textWidth(text.slice(from, to));
  const upTo = new Float64Array(text.length + 1);
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    if (units === 2) upTo[i + 1] = upTo[i]!;
    upTo[i + units] = upTo[i]! + eastAsianWidth(code);
    i += units;
  }
  return (from, to) => upTo[to]! - upTo[from]!;
}

export function wrap(text: string, width: number): string {
  // A line that fits, the common case, is as it is.
  if (!text.includes("\n") && textWidth(text) <= width) return text;
  return text
    .split("\n")
    .flatMap((line) => wrapLines(line, width))
    .join("\n");
}

/**
 * Cuts text to a display width, marking the cut with an ellipsis. The width is added up grapheme by
 * grapheme, and the text is measured only as far as it is kept: a name of millions of characters
 * costs what is shown of it.
 */
export function truncate(text: string, width: number): string {
  let used = 0;
  // The end of the longest start that leaves a column for the ellipsis.
  let kept = 0;
  for (const { segment, index } of clusters(text)) {
    used += textWidth(segment);
    if (used > width) return `${text.slice(0, kept)}…`;
    if (used <= width - 1) kept = index + segment.length;
  }
  return text;
}

/** How wide a name (a region's) is shown in a terminal's heading: room for any real one, not for a runaway. */
export const NAME_COLUMNS = 60;

/** A line's width on a terminal. */
export const widest = (text: string): number =>
  // Folded, not spread: a drawn table of 300,000 rows has more lines than one call takes arguments.
  text.split("\n").reduce((w, line) => Math.max(w, textWidth(line)), 0);
