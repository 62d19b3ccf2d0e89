/** Message ids and data → sentences, in the chosen language. */
import { isRef, type Message, type MessageData, type MessageRef } from "./message.js";
import type { Outcome } from "../rules/outcome.js";
import type { Verdict } from "../model/verdict.js";
import { CATALOGS, type Lang } from "./catalog.js";

/** Numbers in sentences: at most four decimals (the JSON report keeps full precision). */
export function formatNumber(n: number): string {
  return String(Number.parseFloat(n.toFixed(4)));
}

/**
 * The template of a message id in a language; an id the catalogues lack falls back to its parent
 * (`error.yaml.BAD_INDENT` → `error.yaml`), so a more specific wording can be added for one language.
 */
export function messageTemplate(lang: Lang, id: string): string | undefined {
  for (let key = id; ; key = key.slice(0, key.lastIndexOf("."))) {
    const found = CATALOGS[lang][key];
    if (found !== undefined || !key.includes(".")) return found;
  }
}

const template = (lang: Lang, id: string): string => messageTemplate(lang, id) ?? messageTemplate("en", id) ?? id;

export function t(lang: Lang, id: string, data: MessageData = {}): string {
  const text = template(lang, id);
  const value = (name: string): string | undefined => {
    const v = data[name];
    if (v === undefined || v === "") return undefined;
    if (typeof v === "number") return formatNumber(v);
    // A reference is a message of its own; a list of them (建立并实施) reads as a list.
    const say = (r: MessageRef) => t(lang, r.ref, r.detail === undefined ? {} : { detail: r.detail });
    if (Array.isArray(v)) return (v as readonly MessageRef[]).map(say).join(t(lang, "list.and"));
    if (isRef(v)) return say(v);
    // A reason is one line: a line break inside a value reads as a space.
    return String(v).replace(/\s*\r?\n\s*/g, " ");
  };
  if (!text.includes("{")) return text; // most labels have nothing to fill
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, name: string) => value(name) ?? "");
  if (!text.includes("[[")) return fill(text);
  return fill(
    text.replace(/\[\[(.*?)\]\]/g, (_, inner: string) =>
      [...inner.matchAll(/\{(\w+)\}/g)].every((m) => value(m[1]!) !== undefined) ? inner : "",
    ),
  );
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
    const connective = o.message.id === "rule.all" ? (lang === "zh" ? "；且 " : "; and ") : lang === "zh" ? "；或 " : "; or ";
    return parts.join(connective);
  }
  return `${message(lang, o.message)}${lang === "zh" ? "：" : ": "}${parts.join(joiner)}`;
}
