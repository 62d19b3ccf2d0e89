/** Message ids and data → sentences, in the chosen language. */
import { isRef, type Message, type MessageData, type MessageRef } from "./message.js";
import type { Outcome } from "../rules/outcome.js";
import type { Verdict } from "../model/verdict.js";
import type { Lang } from "./lang.js";
import { MESSAGES } from "./messages.js";
import { significantDigits } from "../model/precision.js";

/**
 * Significant digits of a number as a person writes one (a file's numeral of more than fifteen is
 * text, model/precision.ts). A worked-out one (a quotient, a rate, 0.1 + 0.2) takes fifteen to
 * seventeen to write as the float it is, all but about one in a hundred more than fourteen.
 */
const WRITTEN_DIGITS = 14;

/**
 * Numbers in sentences (the JSON report keeps full precision): a number as written where it can be
 * one read from a file — whole, or of at most fourteen significant digits in its shortest form
 * (84.99999 is never shown as the 85 it does not meet) — and a worked-out one to at most four decimals.
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const shortest = String(n);
  return significantDigits(shortest) <= WRITTEN_DIGITS ? shortest : String(Number.parseFloat(n.toFixed(4)));
}

/**
 * The template of a message id in a language; an id the messages lack falls back to its parent
 * (`error.yaml.BAD_INDENT` → `error.yaml`), so a more specific wording can be added for one language.
 */
export function messageTemplate(lang: Lang, id: string): string | undefined {
  for (let key = id; ; key = key.slice(0, key.lastIndexOf("."))) {
    // Only the messages' own ids (not `__proto__` or `toString`, which every object answers).
    const found = Object.hasOwn(MESSAGES[lang], key) ? MESSAGES[lang][key] : undefined;
    if (found !== undefined || !key.includes(".")) return found;
  }
}

const template = (lang: Lang, id: string): string => messageTemplate(lang, id) ?? messageTemplate("en", id) ?? id;

/**
 * A template read once: text, `{name}` slots, and `[[…]]` parts shown only when all their slots are
 * filled. A count slot `{name|file|files}` is the number and its noun in the form the number takes
 * ("1 file", "2 files"), by the language's plural rules (Chinese has one form and needs none).
 */
type Piece = string | { slot: string; forms?: [string, string] } | { optional: Piece[]; slots: string[] };

const SLOT = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(SLOT)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(m[2] === undefined ? { slot: m[1]! } : { slot: m[1]!, forms: [m[2], m[3]!] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function compileTemplate(text: string): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(/\[\[(.*?)\]\]/g)) {
    out.push(...pieces(text.slice(at, m.index)));
    out.push({ optional: pieces(m[1]!), slots: [...m[1]!.matchAll(SLOT)].map((s) => s[1]!) });
    at = m.index + m[0].length;
  }
  out.push(...pieces(text.slice(at)));
  return out;
}

/** Templates by language and id, each read once: a batch renders the same few hundred reasons thousands of times. */
const compiled: Record<Lang, Map<string, Piece[]>> = { zh: new Map(), en: new Map() };

function compiledTemplate(lang: Lang, id: string): Piece[] {
  let found = compiled[lang].get(id);
  if (!found) {
    found = compileTemplate(template(lang, id));
    compiled[lang].set(id, found);
  }
  return found;
}

const PLURALS: Record<Lang, Intl.PluralRules> = { zh: new Intl.PluralRules("zh"), en: new Intl.PluralRules("en") };

/** "1 file", "2 files": a count and its noun in the form the count takes. */
function counted(lang: Lang, raw: unknown, shown: string | undefined, [one, other]: [string, string]): string {
  if (shown === undefined) return "";
  return `${shown} ${typeof raw === "number" && PLURALS[lang].select(raw) === "one" ? one : other}`;
}

export function t(lang: Lang, id: string, data: MessageData = {}): string {
  const parts = compiledTemplate(lang, id);
  if (parts.length === 1 && typeof parts[0] === "string") return parts[0]; // most labels have nothing to fill
  const value = (name: string): string | undefined => {
    const v = data[name];
    if (v === undefined || v === "") return undefined;
    if (typeof v === "number") return formatNumber(v);
    // A reference is a message of its own; a list of them (建立并实施) reads as a list.
    const say = (r: MessageRef) => t(lang, r.ref, r.detail === undefined ? {} : { detail: r.detail });
    if (Array.isArray(v)) return (v as readonly MessageRef[]).map(say).join(t(lang, "list.and"));
    if (isRef(v)) return say(v);
    // A reason is one line: a line break inside a value reads as a space.
    const text = String(v);
    return text.includes("\n") ? text.replace(/\s*\r?\n\s*/g, " ") : text;
  };
  const render = (ps: readonly Piece[]): string => {
    let out = "";
    for (const p of ps) {
      if (typeof p === "string") out += p;
      else if ("slot" in p)
        out += p.forms ? counted(lang, data[p.slot], value(p.slot), p.forms) : (value(p.slot) ?? "");
      else if (p.slots.every((name) => value(name) !== undefined)) out += render(p.optional);
    }
    return out;
  };
  return render(parts);
}

export const message = (lang: Lang, m: Message) => t(lang, m.id, m.data);

export const VERDICT_MARK: Record<Verdict, string> = {
  PASS: "✓",
  FAIL: "✗",
  WARN: "!",
  "N/A": "–",
  MISSING: "?",
  REVIEW: "◇",
};

const MARKS = new Set(Object.values(VERDICT_MARK));

/**
 * One line for an outcome: its own message, then each part with its verdict mark.
 * `且` / `或` show only their parts, joined by the connective.
 */
export function reason(lang: Lang, o: Outcome): string {
  if (!o.parts || o.parts.length === 0) return message(lang, o.message);
  // A part that lists marked parts of its own (且 / 或) is not marked again: "? ? no superior target…" read as a stutter.
  const marked = (text: string) => MARKS.has(text.slice(0, 1)) && text[1] === " ";
  const parts = o.parts.map((p) => {
    const text = reason(lang, p);
    return o.parts!.length > 1 && !marked(text) ? `${VERDICT_MARK[p.verdict]} ${text}` : text;
  });
  const joiner = lang === "zh" ? "；" : "; ";
  if (o.message.id === "rule.all" || o.message.id === "rule.any") {
    const connective =
      o.message.id === "rule.all" ? (lang === "zh" ? "；且 " : "; and ") : lang === "zh" ? "；或 " : "; or ";
    return parts.join(connective);
  }
  return `${message(lang, o.message)}${lang === "zh" ? "：" : ": "}${parts.join(joiner)}`;
}
