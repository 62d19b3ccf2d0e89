/**
 * A reader for the YAML that indicator files are written in: block mappings and sequences,
 * one-line plain and quoted scalars, one-line flow collections and comments, each read as the
 * YAML 1.2 core schema reads it (what the `yaml` library gives). Knowing only this much makes it
 * several times faster than a general parser, which matters when a province checks every county.
 *
 * Whatever it does not know — anchors, aliases, tags, block and multi-line scalars, escapes,
 * tabs, document markers, duplicate keys, anything malformed — makes it return undefined, and
 * the caller reads the file with the general, locating parser. It never guesses.
 */

export interface PlainDocument {
  value: Record<string, unknown>;
  /** Where each block collection was introduced: its key, or its dash in a sequence. */
  introducedAt: Map<object, Position>;
  /** The line of each item of a block sequence, and the column of its dashes. */
  items: Map<unknown[], { lines: number[]; column: number }>;
}

export interface Position {
  line: number;
  column: number;
}

/** Characters YAML forbids or reads in ways this reader does not follow; CRs and surrogates are looked at again. */
const SUSPECT_CHARS = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
const UNSUPPORTED_CHARS = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Thrown inside the reader when the text leaves what it knows; caught at the top. */
const UNSUPPORTED = Symbol("unsupported");

/**
 * Keys a caller expects often (field names), so the reader can use these very strings instead of
 * cutting each key out of the text and having it looked up: the costliest step of reading.
 */
export class KeyTable {
  private readonly byShape = new Map<number, string[]>();

  constructor(keys: Iterable<string>) {
    for (const key of new Set(keys)) {
      // Only keys a plain scalar reads as itself (not "true", "null", "1.5", "-x" …).
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) || resolvePlain(key) !== key) continue;
      const shape = KeyTable.shape(key, 0, key.length);
      this.byShape.set(shape, [...(this.byShape.get(shape) ?? []), key]);
    }
  }

  private static shape(text: string, start: number, end: number): number {
    return (end - start) | (text.charCodeAt(start) << 10) | ((text.charCodeAt(start + 1) & 0x7f) << 17);
  }

  /** The table's string equal to `text.slice(start, end)`, if it has one. */
  find(text: string, start: number, end: number): string | undefined {
    const candidates = this.byShape.get(KeyTable.shape(text, start, end));
    if (candidates) for (const key of candidates) if (text.startsWith(key, start)) return key;
    return undefined;
  }
}

export function readPlainYaml(text: string, keys?: KeyTable): PlainDocument | undefined {
  // One scan for the common file; a second, exact one only when something suspect is there.
  if (SUSPECT_CHARS.test(text) && UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    return new Reader(text, keys).document();
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

function unsupported(): never {
  throw UNSUPPORTED;
}

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** First characters of a plain scalar that mean something else to YAML (or need a space after them to be plain). */
const INDICATOR = new Set("-?:,[]{}#&*!|>'\"%@`".split("").map((c) => c.charCodeAt(0)));
/** Characters that end a plain scalar inside a flow collection. */
const FLOW_END = new Set([COMMA, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE]);

const MAX_DEPTH = 32;

/** YAML limits an implicit key to 1024 characters; longer ones are an error the locating parser reports. */
const MAX_KEY = 1000;

class Reader {
  /** The lines that hold content (not blank, not only a comment). */
  private readonly starts: number[] = []; // offset of the first character after the indentation
  private readonly ends: number[] = []; // offset of the line's end, without CR
  private readonly indents: number[] = [];
  private readonly numbers: number[] = []; // 1-based line numbers
  private at = 0; // the content line being read
  private depth = 0; // collections open around the one being read
  // Plain Maps, not WeakMaps: they live as long as the document, and weak entries cost the GC.
  private readonly introducedAt = new Map<object, Position>();
  private readonly items = new Map<unknown[], { lines: number[]; column: number }>();

  constructor(
    private readonly text: string,
    private readonly keys: KeyTable | undefined,
  ) {
    let number = 0;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      const next = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
      number++;
      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i < end && text.charCodeAt(i) !== HASH) {
        // Document markers and directives belong to the general parser.
        if (i === start && (text.startsWith("---", i) || text.startsWith("...", i) || text.charCodeAt(i) === 0x25)) {
          const after = text.charCodeAt(i + 3);
          if (text.charCodeAt(i) === 0x25 || i + 3 === end || after === SPACE) unsupported();
        }
        this.starts.push(i);
        this.ends.push(end);
        this.indents.push(i - start);
        this.numbers.push(number);
      }
      start = next;
    }
  }

  document(): PlainDocument {
    if (this.starts.length === 0) unsupported();
    const value = this.block(-1, false);
    if (this.at < this.starts.length || value === null || typeof value !== "object" || Array.isArray(value)) unsupported();
    return { value: value as Record<string, unknown>, introducedAt: this.introducedAt, items: this.items };
  }

  /** The block collection under a key or dash of indentation `parent`, or null when none follows. */
  private block(parent: number, underKey: boolean): unknown {
    if (this.at >= this.starts.length) return null;
    this.enter();
    const indent = this.indents[this.at]!;
    const dash = this.isDash(this.at);
    // A sequence may stand at its key's own indentation; nothing else may.
    const value = indent > parent || (underKey && dash && indent === parent) ? (dash ? this.sequence(indent) : this.mapping(indent)) : null;
    this.depth--;
    return value;
  }

  /** Real files nest a few levels; deep nesting is refused by the locating path, which explains why. */
  private enter(): void {
    if (++this.depth > MAX_DEPTH) unsupported();
  }

  private isDash(line: number): boolean {
    const i = this.starts[line]!;
    return this.text.charCodeAt(i) === DASH && (i + 1 === this.ends[line] || this.text.charCodeAt(i + 1) === SPACE);
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const { text } = this;
    let entries = 0;
    while (this.at < this.starts.length && this.indents[this.at] === indent) {
      const line = this.at;
      const end = this.ends[line]!;
      if (this.isDash(line)) unsupported();
      const { key, after } = this.key(this.starts[line]!, end);
      if (key === "__proto__" || key === "<<") unsupported();
      entries++;
      const p = this.skipSpaces(after, end);
      if (p === end || text.charCodeAt(p) === HASH) {
        this.at++;
        const value = this.block(indent, true);
        if (value !== null) this.introducedAt.set(value as object, { line: this.numbers[line]!, column: indent + 1 });
        map[key] = value;
      } else {
        const value = this.inline(p, end);
        if (value !== null && typeof value === "object") this.introducedAt.set(value, { line: this.numbers[line]!, column: p - this.starts[line]! + indent + 1 });
        map[key] = value;
        this.at++;
      }
    }
    if (this.at < this.starts.length && this.indents[this.at]! > indent) unsupported();
    // A key written twice leaves fewer keys than entries: one look at the end, not one per key.
    if (Object.keys(map).length !== entries) unsupported();
    return map;
  }

  private sequence(indent: number): unknown[] {
    const list: unknown[] = [];
    const lines: number[] = [];
    const { text } = this;
    while (this.at < this.starts.length && this.indents[this.at] === indent && this.isDash(this.at)) {
      const line = this.at;
      const end = this.ends[line]!;
      const p = this.skipSpaces(this.starts[line]! + 1, end);
      if (p === end || text.charCodeAt(p) === HASH) {
        // A lone dash: the item is where its content starts, as the general parser places it.
        this.at++;
        const value = this.block(indent, false);
        lines.push(this.numbers[value === null ? line : line + 1]!);
        list.push(value);
        continue;
      }
      lines.push(this.numbers[line]!);
      if (this.isKeyAt(p, end)) {
        // A mapping that starts on the dash's line: its keys stand at the column of the first.
        const column = indent + (p - this.starts[line]!);
        this.starts[line] = p;
        this.indents[line] = column;
        list.push(this.mapping(column));
      } else {
        if (text.charCodeAt(p) === DASH && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) unsupported();
        list.push(this.inline(p, end));
        this.at++;
      }
    }
    if (this.at < this.starts.length && this.indents[this.at]! > indent) unsupported();
    this.items.set(list, { lines, column: indent + 1 });
    return list;
  }

  private skipSpaces(i: number, end: number): number {
    while (i < end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** Whether a block mapping key starts at `p`. */
  private isKeyAt(p: number, end: number): boolean {
    const c = this.text.charCodeAt(p);
    if (c === QUOTE || c === APOSTROPHE) {
      const close = this.closingQuote(p, end);
      if (close < 0) return false;
      const q = this.skipSpaces(close + 1, end);
      return this.text.charCodeAt(q) === COLON && (q + 1 === end || this.text.charCodeAt(q + 1) === SPACE);
    }
    return c !== OPEN_BRACKET && c !== OPEN_BRACE && this.plainKeyColon(p, end) >= 0;
  }

  /** The offset of the `:` that ends a plain key starting at `p`, or -1. */
  private plainKeyColon(p: number, end: number): number {
    const { text } = this;
    for (let j = p; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === COLON && (j + 1 === end || text.charCodeAt(j + 1) === SPACE)) return j;
      if (c === SPACE && text.charCodeAt(j + 1) === HASH) return -1;
    }
    return -1;
  }

  /** A block mapping key at `p` and the offset just after its `:`. */
  private key(p: number, end: number): { key: string | number; after: number } {
    const c = this.text.charCodeAt(p);
    if (c === QUOTE || c === APOSTROPHE) {
      const close = this.closingQuote(p, end);
      const index = close < 0 ? -1 : this.index(p + 1, close);
      const { value, next } = index >= 0 ? { value: index, next: close + 1 } : this.quoted(p, end);
      const colon = this.skipSpaces(next, end);
      if (this.text.charCodeAt(colon) !== COLON || (colon + 1 < end && this.text.charCodeAt(colon + 1) !== SPACE)) unsupported();
      return { key: value, after: colon + 1 };
    }
    if (!this.plainStarts(p, end, false)) unsupported();
    const colon = this.plainKeyColon(p, end);
    if (colon < 0 || colon - p > MAX_KEY) unsupported();
    let last = colon;
    while (last > p && this.text.charCodeAt(last - 1) === SPACE) last--;
    const index = this.index(p, last);
    const key = index >= 0 ? index : (this.keys?.find(this.text, p, last) ?? keyString(resolvePlain(this.text.slice(p, last))));
    return { key, after: colon + 1 };
  }

  /**
   * A key that is a whole number written plainly (a year) as that number: the same property as
   * its text, stored without making a string and looking it up. -1 for anything else.
   */
  private index(start: number, end: number): number {
    if (end - start < 1 || end - start > 9 || this.text.charCodeAt(start) === 0x30) return -1;
    let n = 0;
    for (let i = start; i < end; i++) {
      const d = this.text.charCodeAt(i) - 0x30;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** A value written on the key's or dash's line: a quoted or plain scalar, or a flow collection. */
  private inline(p: number, end: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(p);
    let value: unknown;
    let next: number;
    if (c === QUOTE || c === APOSTROPHE) ({ value, next } = this.quoted(p, end));
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) ({ value, next } = this.flow(p, end));
    else {
      if (!this.plainStarts(p, end, false)) unsupported();
      let stop = end;
      for (let j = p; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d === COLON && (j + 1 === end || text.charCodeAt(j + 1) === SPACE)) unsupported(); // a mapping where a value belongs
        if (d === SPACE && text.charCodeAt(j + 1) === HASH) {
          stop = j;
          break;
        }
      }
      return resolvePlain(this.trimEnd(p, stop));
    }
    const rest = this.skipSpaces(next, end);
    if (rest < end && !(rest > next && text.charCodeAt(rest) === HASH)) unsupported();
    return value;
  }

  /** The offset of the quote closing the one at `p` on this line, or -1. */
  private closingQuote(p: number, end: number): number {
    const { text } = this;
    const quote = text.charCodeAt(p);
    for (let j = p + 1; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === quote) {
        if (quote === APOSTROPHE && text.charCodeAt(j + 1) === APOSTROPHE) j++;
        else return j;
      } else if (c === BACKSLASH && quote === QUOTE) return -1; // escapes are the general parser's
    }
    return -1;
  }

  private quoted(p: number, end: number): { value: string; next: number } {
    const close = this.closingQuote(p, end);
    if (close < 0) unsupported();
    const raw = this.text.slice(p + 1, close);
    return { value: this.text.charCodeAt(p) === APOSTROPHE && raw.includes("''") ? raw.replaceAll("''", "'") : raw, next: close + 1 };
  }

  /** A flow collection that opens and closes on this line, of scalars and flow collections. */
  private flow(p: number, end: number): { value: unknown; next: number } {
    const { text } = this;
    const isList = text.charCodeAt(p) === OPEN_BRACKET;
    const close = isList ? CLOSE_BRACKET : CLOSE_BRACE;
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    this.enter();
    let i = this.skipSpaces(p + 1, end);
    if (text.charCodeAt(i) === close) {
      this.depth--;
      return { value: isList ? list : map, next: i + 1 };
    }
    for (;;) {
      if (isList) {
        const item = this.flowNode(i, end);
        list.push(item.value);
        i = this.skipSpaces(item.next, end);
      } else {
        const k = this.flowNode(i, end, true);
        const key = keyString(k.value);
        if (Object.hasOwn(map, key) || key === "__proto__" || key === "<<") unsupported();
        i = this.skipSpaces(k.next, end);
        if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) unsupported();
        const item = this.flowNode(this.skipSpaces(i + 1, end), end);
        map[key] = item.value;
        i = this.skipSpaces(item.next, end);
      }
      const c = text.charCodeAt(i);
      if (c === close) {
        this.depth--;
        return { value: isList ? list : map, next: i + 1 };
      }
      if (c !== COMMA) unsupported();
      i = this.skipSpaces(i + 1, end);
      if (text.charCodeAt(i) === close) unsupported(); // a trailing comma
    }
  }

  private flowNode(p: number, end: number, asKey = false): { value: unknown; next: number } {
    const { text } = this;
    const c = text.charCodeAt(p);
    if (c === QUOTE || c === APOSTROPHE) return this.quoted(p, end);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (asKey) unsupported();
      return this.flow(p, end);
    }
    if (p >= end || !this.plainStarts(p, end, true)) unsupported();
    let j = p;
    for (; j < end; j++) {
      const d = text.charCodeAt(j);
      if (FLOW_END.has(d)) break;
      if (d === COLON) {
        // `a: b` ends the key; `a:b` is one scalar in YAML, and an edge this reader leaves alone.
        if (asKey && text.charCodeAt(j + 1) === SPACE) break;
        unsupported();
      }
      if (d === SPACE && text.charCodeAt(j + 1) === HASH) unsupported();
    }
    if (j === end) unsupported();
    return { value: resolvePlain(this.trimEnd(p, j)), next: j };
  }

  /** Whether a plain scalar may start at `p`: not an indicator, unless `-?:` is followed by what a scalar holds. */
  private plainStarts(p: number, end: number, inFlow: boolean): boolean {
    const c = this.text.charCodeAt(p);
    if (!INDICATOR.has(c)) return true;
    if (c !== DASH && c !== 0x3f && c !== COLON) return false;
    const next = this.text.charCodeAt(p + 1);
    return p + 1 < end && next !== SPACE && !(inFlow && FLOW_END.has(next));
  }

  /** The text from `start` to `end` without trailing spaces (only spaces: YAML does not trim U+3000). */
  private trimEnd(start: number, end: number): string {
    while (end > start && this.text.charCodeAt(end - 1) === SPACE) end--;
    return this.text.slice(start, end);
  }


}

const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** A plain scalar as the YAML 1.2 core schema resolves it. */
function resolvePlain(raw: string): unknown {
  const c = raw.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e) {
    const kind = numberKind(raw);
    if (kind === INTEGER) return parseInt(raw, 10);
    if (kind === FLOAT) return parseFloat(raw);
    if (OCT.test(raw)) return parseInt(raw.slice(2), 8);
    if (HEX.test(raw)) return parseInt(raw.slice(2), 16);
    if (FLOAT_SPECIAL.test(raw)) return raw.endsWith("nan") || raw.endsWith("NaN") || raw.endsWith("NAN") ? NaN : c === DASH ? -Infinity : Infinity;
    return raw;
  }
  switch (raw) {
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  return raw;
}

const NOT_A_NUMBER = 0;
const INTEGER = 1;
const FLOAT = 2;

/**
 * The core schema's decimal forms, without regular expressions (the commonest scalar is a number):
 * `[-+]?[0-9]+` an integer; `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` a float.
 */
function numberKind(raw: string): number {
  const n = raw.length;
  let i = 0;
  let c = raw.charCodeAt(0);
  if (c === 0x2b || c === DASH) c = raw.charCodeAt(++i);
  const digitsStart = i;
  while (c >= 0x30 && c <= 0x39) c = raw.charCodeAt(++i);
  let digits = i - digitsStart;
  if (i === n) return digits > 0 ? INTEGER : NOT_A_NUMBER;
  if (c === 0x2e) {
    const fraction = ++i;
    c = raw.charCodeAt(i);
    while (c >= 0x30 && c <= 0x39) c = raw.charCodeAt(++i);
    digits += i - fraction;
  }
  if (digits === 0) return NOT_A_NUMBER;
  if (c === 0x65 || c === 0x45) {
    c = raw.charCodeAt(++i);
    if (c === 0x2b || c === DASH) c = raw.charCodeAt(++i);
    const exponent = i;
    while (c >= 0x30 && c <= 0x39) c = raw.charCodeAt(++i);
    if (i === exponent) return NOT_A_NUMBER;
  }
  return i === n ? FLOAT : NOT_A_NUMBER;
}

/** A resolved key as a JavaScript object key, the way `yaml` makes one. */
function keyString(value: unknown): string {
  return value === null ? "" : String(value);
}
