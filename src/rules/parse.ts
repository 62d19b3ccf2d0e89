/**
 * The rule grammar: one parser for `standard`, `near_term`, `long_term` and `superior`, in Chinese
 * as the national standard, its older editions and the provinces write it, and in English.
 *
 *   rule   := clause (OR clause)*          或 / or       — any part
 *   clause := atom (AND atom)*             ，且 / 且 / and — every part
 *   atom   := phrase | trend | event | status | Δ-comparison | comparison | relative | range
 *           | about | number | 无… | condition
 *
 * The text is normalised once first (rules/normalize.ts: full-width and look-alike signs, stray
 * spaces), keeping every offset in the original. Phrases are matched longest first, so
 * 保持稳定或持续下降 is one phrase, not 保持稳定 或 持续下降. Words come from rules/vocabulary.ts.
 *
 * A part of a compound that names a thing (无危险废物排放, 未发生重大事件) beside a part that reads the
 * row's number is a condition: the row's one value cannot answer both, and a number is never
 * evidence that something exists or happened.
 *
 * Text the grammar cannot read is an error at the offset of the unread part.
 */
import type { AllRule, Comparator, ConditionRule, LeafRule, Relation, Rule, Span } from "./ast.js";
import { Memo } from "../memo.js";
import { tooPrecise } from "../model/precision.js";
import { normalizeRuleText } from "./normalize.js";
import {
  ABOUT_WORDS,
  ABSENT_WORD,
  CHANGE_WORDS,
  CONNECTIVES,
  NOT_A_THING,
  PART_ENDS,
  STATE_WORDS,
  DIRECTION_WORDS,
  EVENT_WORDS,
  NUMERAL_CHARS,
  PHRASES,
  RANGE_WORDS,
  readCount,
  readStatus,
  WINDOW_WORDS,
  WORDS_AFTER,
  WORDS_BEFORE,
  type PhraseNode,
} from "./vocabulary.js";

export interface RuleParseError {
  /** Offset of the unread part in the original text. */
  offset: number;
  found: string;
  expected:
    | "rule.expected.atom"
    | "rule.expected.connective"
    | "rule.expected.empty"
    | "rule.expected.shorter"
    | "rule.expected.precise";
}

export type ParseResult = { ok: true; rule: Rule } | { ok: false; error: RuleParseError };

const PHRASE_FORMS: ReadonlyArray<readonly [string, PhraseNode]> = PHRASES.flatMap(({ node, zh, en }) =>
  [...zh, ...en].map((form) => [form.toLowerCase(), node] as const),
).sort((a, b) => b[0].length - a[0].length);

const NUM = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const UNIT = String.raw`(?:%|‰|[μµu]g\/m[³3]|mg\/m[³3]|mg\/kg|g\/kg|mg\/L|dB\(A\)|dB|km²|km2|m³|m3|万元|亿元|万吨|吨|元|t\b)`;
const OP = "(?:>=|<=|≥|≤|>|<|=)";
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BEFORE = `(?:${WORDS_BEFORE.map(([w]) => escapeRegExp(w)).join("|")})`;
const AFTER = `(?:${WORDS_AFTER.map(([w]) => escapeRegExp(w)).join("|")})`;

const COMPARISON = new RegExp(String.raw`^(${OP}|${BEFORE})\s*(${NUM})\s*(${UNIT})?(${AFTER})?`, "i");
const REACH = new RegExp(String.raw`^达到\s*(${NUM})\s*(${UNIT})?(${AFTER})?`);
const DELTA = new RegExp(String.raw`^(Δ|delta)\s*([A-Za-z]*)\s*(${OP}|${BEFORE})\s*(${NUM})`, "i");
const any = (words: readonly string[]) => `(?:${words.map(escapeRegExp).join("|")})`;
const RANGE_ZH = new RegExp(
  String.raw`^(${NUM})\s*(${UNIT})?\s*${any(RANGE_WORDS.separators)}\s*(${NUM})\s*(${UNIT})?\s*${RANGE_WORDS.zhEnd}`,
);
const RANGE_EN = new RegExp(
  String.raw`^${RANGE_WORDS.enStart}\s+(${NUM})\s*(${UNIT})?\s+${RANGE_WORDS.enJoin}\s+(${NUM})\s*(${UNIT})?`,
  "i",
);
const ABOUT_ZH = new RegExp(String.raw`^(${NUM})\s*(${UNIT})?\s*${ABOUT_WORDS.zhAfter}`);
const ABOUT_EN = new RegExp(String.raw`^${any(ABOUT_WORDS.enBefore)}\s+(${NUM})\s*(${UNIT})?`, "i");
const NUMBER = new RegExp(String.raw`^(${NUM})\s*(${UNIT})?(${AFTER})?`);
/** What ends a named thing, a condition or a reference: a separator or a connective. */
const STOP = PART_ENDS;
const ABSENT = new RegExp(`^${ABSENT_WORD}([^\\s${STOP}]+)`);
/** 全省平均水平, 全国平均水平, 县市区平均水平: a reference value named by what it averages. */
const REFERENCE = new RegExp(`^([^\\d${STOP}]{0,12}?(?:平均水平|平均值|均值))`);
const RELATION_WORDS: ReadonlyArray<readonly [string, Relation]> = [
  ...WORDS_BEFORE,
  ["优于", "better"],
  ["达到", "reach"],
];
/** 近五年逐年提高, 近3年持续下降, 逐年下降, 持续上升. */
const TREND = new RegExp(
  String.raw`^(?:${any(WINDOW_WORDS.before)}(\d+|[${NUMERAL_CHARS}]+)${WINDOW_WORDS.year}${any(WINDOW_WORDS.after)}?)?(${WINDOW_WORDS.steady.join("|")})(${DIRECTION_WORDS.map(([w]) => w).join("|")})`,
);
/** 未发生, 不发生重特大突发环境事件; 无重特大突发环境事件发生. */
const EVENT = new RegExp(
  `^${any(EVENT_WORDS.negations)}${EVENT_WORDS.verb}([^\\s${STOP}]*)|^${EVENT_WORDS.none}([^\\s${STOP}]+?)${EVENT_WORDS.verb}(?=$|[\\s${STOP}])`,
);
/** The verbs of a condition: the comparison words, and 达到 / 优于 / 符合 / 满足; then those that take no object. */
const CONDITION_VERB = new RegExp(`(${BEFORE}|达到|优于|符合|满足)`);
const STATE_VERB = new RegExp(`${any(STATE_WORDS)}$`);
/** 城市无超四类水体: a subject of its own, and none of a thing. */
const SUBJECT_ABSENT = new RegExp(`^\\p{Script=Han}+?${ABSENT_WORD}(.+)$`, "u");
/** 下降18%, 累计提高2个百分点: a change from the base year, the way its word says. */
const CHANGE_DIRECTIONS = DIRECTION_WORDS.filter(([, d]) => d !== "better");
const CHANGE = new RegExp(
  String.raw`^${any(CHANGE_WORDS.before)}?(${any(CHANGE_DIRECTIONS.map(([w]) => w))})\s*(${NUM})\s*(${escapeRegExp(CHANGE_WORDS.relative)}|${any(CHANGE_WORDS.points)})?(?:${any(WORDS_AFTER.filter(([, op]) => op === ">=").map(([w]) => w))})?`,
);
/** 〔18〕, 〔18%〕: a cumulative target over the plan period, in the row's direction. */
const BRACKET = new RegExp(
  `^(?:${CHANGE_WORDS.brackets.map(([open, close]) => String.raw`${escapeRegExp(open)}\s*(${NUM})\s*(%)?\s*${escapeRegExp(close)}`).join("|")})`,
);
/**
 * A phrase the grammar does not know: Chinese words up to the next separator or connective, with no
 * digit, sign or comparison word in them (六十以上, 88以上吧 are comparisons written wrong: errors).
 */
const UNKNOWN = new RegExp(`^\\p{Script=Han}[^${STOP}]*`, "u");
const COMPARING = new RegExp(`[\\d<>=≥≤Δ%]|${BEFORE}|${AFTER}`);
const SEGMENT = new RegExp(`^[^${STOP}]+`);
const AND = new RegExp(
  String.raw`^(?:[，,、]\s*)?${any(CONNECTIVES.all.zh)}\s*|^(?:[，,]\s*)?${any(CONNECTIVES.all.en)}\b\s*`,
  "i",
);
const OR = new RegExp(
  String.raw`^(?:[，,]\s*)?${any(CONNECTIVES.any.zh)}\s*|^(?:[，,]\s*)?${any(CONNECTIVES.any.en)}\b\s*`,
  "i",
);

const OPERATORS: Record<string, Comparator> = {
  ">=": ">=",
  "≥": ">=",
  ">": ">",
  "<=": "<=",
  "≤": "<=",
  "<": "<",
  "=": "=",
};
const WORD_OP = new Map<string, Comparator>([...WORDS_BEFORE, ...WORDS_AFTER].map(([w, op]) => [w.toLowerCase(), op]));
const opOf = (s: string): Comparator => OPERATORS[s] ?? WORD_OP.get(s.toLowerCase())!;

/** Rule texts repeat across rows and files ("≥20", "建立"): each is parsed once. Trees are never mutated. */
const parsed = new Memo<ParseResult>();

/** Parse a rule text. */
export function parseRule(source: string | number): ParseResult {
  const key = String(source);
  return parsed.get(key, () => parseUncached(key));
}

/**
 * The longest rule read: the standard's longest is under 100 characters. A longer text is refused
 * where it passes the limit, before it is read (reading costs more per character the longer the
 * text: 15,000 clauses took 4.7 s).
 */
const MAX_RULE_LENGTH = 1000;

function parseUncached(original: string): ParseResult {
  if (original.length > MAX_RULE_LENGTH)
    return {
      ok: false,
      error: { offset: MAX_RULE_LENGTH, found: original.slice(MAX_RULE_LENGTH), expected: "rule.expected.shorter" },
    };
  const { text, at } = normalizeRuleText(original);
  // A number would round it: ≤84.9999999999999999 is not ≤85 (values are text past that, model/precision.ts).
  for (const m of text.matchAll(NUMERAL))
    if (tooPrecise(m[0])) {
      const offset = at[m.index]!;
      return { ok: false, error: { offset, found: original.slice(offset), expected: "rule.expected.precise" } };
    }
  return new RuleReader(original, text, at).rule();
}

const NUMERAL = /\d[\d.]*/g;

/** Reads one rule text left to right; `pos` is where it stands in the normalised text. */
class RuleReader {
  private pos = 0;

  constructor(
    private readonly original: string,
    private readonly text: string,
    /** Each normalised offset's offset in the original. */
    private readonly at: ReturnType<typeof normalizeRuleText>["at"],
  ) {}

  /** rule := clause (OR clause)*, the whole text. */
  rule(): ParseResult {
    this.skipSpace();
    if (this.pos === this.text.length) return this.fail("rule.expected.empty");
    const rule = this.sequence(OR, () => this.clause(), "any");
    if ("ok" in rule) return rule;
    this.skipSpace();
    if (this.pos < this.text.length) return this.fail("rule.expected.connective");
    return { ok: true, rule };
  }

  /** clause := atom (AND atom)* */
  private clause(): Rule | ParseResult {
    return this.sequence(
      AND,
      () => {
        this.skipSpace();
        return this.atom() ?? this.fail("rule.expected.atom");
      },
      "all",
    );
  }

  private atom(): LeafRule | AllRule | undefined {
    const rest = this.text.slice(this.pos);
    const start = this.pos;
    const span = (length: number): Span =>
      this.origin(start, (this.pos = start + rest.slice(0, length).trimEnd().length));
    for (const read of ATOMS) {
      const node = read(rest, span);
      if (node) return node;
    }
    return undefined;
  }

  private sequence(separator: RegExp, item: () => Rule | ParseResult, kind: "all" | "any"): Rule | ParseResult {
    const start = this.pos;
    const parts: Rule[] = [];
    for (;;) {
      const part = item();
      if ("ok" in part) return part;
      // 高于上年和县市区平均水平 reads as two parts of the clause it stands in.
      if (kind === "all" && part.kind === "all") parts.push(...part.parts);
      else parts.push(part);
      const end = this.pos;
      this.skipSpace();
      const sep = separator.exec(this.text.slice(this.pos));
      if (!sep) {
        this.pos = end;
        break;
      }
      this.pos += sep[0].length;
      this.skipSpace();
    }
    return parts.length === 1
      ? parts[0]!
      : conditionsOf({ kind, parts, span: this.origin(start, this.pos) }, this.original);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && this.text[this.pos] === " ") this.pos++;
  }

  private fail(expected: RuleParseError["expected"]): ParseResult {
    const offset = this.at[this.pos]!;
    return { ok: false, error: { offset, found: this.original.slice(offset), expected } };
  }

  /** A span in the original text, from normalised offsets. */
  private origin(start: number, end: number): Span {
    return { start: this.at[start]!, end: end > start ? this.at[end - 1]! + 1 : this.at[start]! };
  }
}

/** Places an atom over the first `length` characters (trailing spaces left out) and moves the parser past them. */
type Place = (length: number) => Span;
/** Reads one atom at the start of `rest`, or nothing (then the next reader tries). */
type AtomReader = (rest: string, span: Place) => LeafRule | AllRule | undefined;

/** The longest phrase's length: only that much of the rest is lowercased to look for one. */
const LONGEST_PHRASE = PHRASE_FORMS[0]![0].length;

function readPhrase(rest: string, span: Place): LeafRule | undefined {
  const lower = rest.slice(0, LONGEST_PHRASE).toLowerCase();
  for (const [phrase, node] of PHRASE_FORMS) {
    if (!lower.startsWith(phrase)) continue;
    // English phrases end at a word boundary ("stable" must not read "stableX").
    if (/[a-z]$/i.test(phrase) && /^[a-z]/i.test(rest.slice(phrase.length))) continue;
    return { ...node, span: span(phrase.length) } as LeafRule;
  }
  return undefined;
}

function readTrend(rest: string, span: Place): LeafRule | undefined {
  const m = TREND.exec(rest);
  if (!m) return undefined;
  const direction = DIRECTION_WORDS.find(([w]) => w === m[3])![1];
  const years = m[1] === undefined ? undefined : readCount(m[1]);
  // A window of no years (近0年) is no trend: the text is left to the readers after this one.
  if (m[1] === undefined || (years !== undefined && years > 0)) {
    return { kind: "trend", direction, ...(years !== undefined ? { years } : {}), span: span(m[0].length) };
  }
  return undefined;
}

function readChange(rest: string, span: Place): LeafRule | undefined {
  const m = CHANGE.exec(rest);
  if (!m) return undefined;
  const direction = CHANGE_DIRECTIONS.find(([w]) => w === m[1])![1];
  return {
    kind: "change",
    amount: Number(m[2]),
    direction,
    ...(m[3] ? { unit: m[3] === "%" ? "%" : CHANGE_WORDS.points[0] } : {}),
    bracket: false,
    span: span(m[0].length),
  };
}

function readBracket(rest: string, span: Place): LeafRule | undefined {
  const m = BRACKET.exec(rest);
  if (!m) return undefined;
  const i = m.findIndex((g, k) => k > 0 && g !== undefined && /\d/.test(g));
  return {
    kind: "change",
    amount: Number(m[i]),
    direction: "better",
    ...(m[i + 1] ? { unit: "%" } : {}),
    bracket: true,
    span: span(m[0].length),
  };
}

function readEvent(rest: string, span: Place): LeafRule | undefined {
  const m = EVENT.exec(rest);
  if (!m) return undefined;
  const what = m[1] ?? m[2] ?? "";
  return { kind: "event", ...(what ? { what } : {}), span: span(m[0].length) };
}

function readStatusWords(rest: string, span: Place): LeafRule | undefined {
  const status = readStatus(rest);
  if (status && !/^[a-z]/i.test(rest.slice(status.length)))
    return { kind: "status", statuses: status.statuses, span: span(status.length) };
  return undefined;
}

function readDelta(rest: string, span: Place): LeafRule | undefined {
  const m = DELTA.exec(rest);
  if (!m) return undefined;
  return { kind: "delta", op: opOf(m[3]!), value: Number(m[4]), label: `Δ${m[2] ?? ""}`, span: span(m[0].length) };
}

function readComparison(rest: string, span: Place): LeafRule | undefined {
  const m = COMPARISON.exec(rest);
  if (!m) return undefined;
  const op = opOf(m[1]!);
  // A word after the number must agree with the sign before it: ≥30%以上, not ≥30以下.
  if (!m[4] || agrees(op, opOf(m[4])))
    return { kind: "threshold", op, value: Number(m[2]), ...unit(m[3]), span: span(m[0].length) };
  return { kind: "threshold", op, value: Number(m[2]), ...unit(m[3]), span: span(m[0].length - m[4].length) };
}

function readReach(rest: string, span: Place): LeafRule | undefined {
  const m = REACH.exec(rest);
  if (!m) return undefined;
  // 达到95: reach it, the row's way; 达到95%以上: at least.
  if (m[3]) return { kind: "threshold", op: opOf(m[3]), value: Number(m[1]), ...unit(m[2]), span: span(m[0].length) };
  return { kind: "target", value: Number(m[1]), ...unit(m[2]), span: span(m[0].length) };
}

function readRelation(rest: string, span: Place): LeafRule | AllRule | undefined {
  const relative = relation(rest);
  if (!relative) return undefined;
  const s = span(relative.length);
  const parts = relative.references.map((r) => ({ ...r, span: s }) as LeafRule);
  return parts.length === 1 ? parts[0]! : { kind: "all", parts, span: s };
}

function readRange(rest: string, span: Place): LeafRule | undefined {
  const m = RANGE_ZH.exec(rest) ?? RANGE_EN.exec(rest);
  if (!m) return undefined;
  const a = Number(m[1]),
    b = Number(m[3]);
  return {
    kind: "range",
    min: Math.min(a, b),
    max: Math.max(a, b),
    ...unit(m[2] ?? m[4]),
    span: span(m[0].length),
  };
}

function readAbout(rest: string, span: Place): LeafRule | undefined {
  const m = ABOUT_ZH.exec(rest) ?? ABOUT_EN.exec(rest);
  if (!m) return undefined;
  return { kind: "about", value: Number(m[1]), ...unit(m[2]), span: span(m[0].length) };
}

function readNumber(rest: string, span: Place): LeafRule | undefined {
  const m = NUMBER.exec(rest);
  if (!m) return undefined;
  const value = Number(m[1]);
  if (m[3]) return { kind: "threshold", op: opOf(m[3]), value, ...unit(m[2]), span: span(m[0].length) };
  return { kind: "target", value, ...unit(m[2]), span: span(m[0].length) };
}

function readAbsent(rest: string, span: Place): LeafRule | undefined {
  const m = ABSENT.exec(rest);
  return m ? { kind: "absent", what: m[1]!, span: span(m[0].length) } : undefined;
}

function readCondition(rest: string, span: Place): LeafRule | undefined {
  const condition = conditionAt(rest);
  return condition ? { kind: "condition", text: condition, span: span(condition.length) } : undefined;
}

function readUnknown(rest: string, span: Place): LeafRule | undefined {
  const m = UNKNOWN.exec(rest);
  // A sign or a digit that reads as nothing is a malformed comparison (≥≥1), an error; words are a phrase for a person.
  if (m && !COMPARING.test(m[0])) return { kind: "unknown", text: m[0].trimEnd(), span: span(m[0].trimEnd().length) };
  return undefined;
}

/** The atoms in the order they are tried: the first that reads wins, so a phrase beats its words. */
const ATOMS: readonly AtomReader[] = [
  readPhrase,
  readTrend,
  readChange,
  readBracket,
  readEvent,
  readStatusWords,
  readDelta,
  readComparison,
  readReach,
  readRelation,
  readRange,
  readAbout,
  readNumber,
  readAbsent,
  readCondition,
  readUnknown,
];

const agrees = (a: Comparator, b: Comparator) => (a === ">=" || a === ">") === (b === ">=" || b === ">") && a !== "=";

/** A leaf before it has a place in the text. */
type Unspanned = LeafRule extends infer L ? (L extends LeafRule ? Omit<L, "span"> : never) : never;

/**
 * 不低于全省平均水平, <全省平均水平, 优于全国平均水平: a relation to a named reference value; 上年 is
 * the previous year's (高于上年: increased); 高于上年和县市区平均水平: higher than each of them.
 */
function relation(rest: string): { references: Unspanned[]; length: number } | undefined {
  const sign = /^(>=|<=|≥|≤|>|<|=)/.exec(rest)?.[1];
  const word = sign ? undefined : RELATION_WORDS.find(([w]) => rest.startsWith(w));
  const lead = sign ?? word?.[0];
  if (lead === undefined) return undefined;
  const op: Relation = sign ? OPERATORS[sign]! : word![1];
  const references: Unspanned[] = [];
  let length = lead.length;
  for (;;) {
    const joiner = references.length === 0 ? "" : (/^(和|及|与)/.exec(rest.slice(length))?.[1] ?? undefined);
    if (joiner === undefined) break;
    const at = rest.slice(length + joiner.length);
    const previous = /^上年(?:水平)?/.exec(at)?.[0];
    const ref = previous ? undefined : REFERENCE.exec(at)?.[1];
    const leaf: Unspanned | undefined = previous
      ? previousYear(op)
      : ref
        ? { kind: "relative", op, reference: ref }
        : undefined;
    if (!leaf) break;
    references.push(leaf);
    length += joiner.length + (previous ?? ref!).length;
  }
  return references.length === 0 ? undefined : { references, length };
}

/** 高于上年 (有所提高), 不低于上年 (保持稳定或有所提高), 低于上年 (a fall in the last year), 不高于上年. */
function previousYear(op: Relation): Unspanned | undefined {
  switch (op) {
    case ">":
    case "better":
      return { kind: "increase", orStable: false };
    case ">=":
    case "reach":
      return { kind: "increase", orStable: true };
    case "<":
      return { kind: "trend", direction: "lower", years: 1 };
    case "<=":
      return { kind: "stable", direction: "lower" };
    default:
      return undefined;
  }
}

/**
 * 能源消耗总量不超过控制目标值, 达到功能区标准, 不超过国家总量控制指标: a statement about something
 * other than the row's value (a subject of its own, or an object that is no number), up to the next
 * separator or connective.
 */
function conditionAt(rest: string): string | undefined {
  const segment = SEGMENT.exec(rest)?.[0]?.trimEnd();
  if (!segment || /^[\d.+-]/.test(segment)) return undefined;
  // 省控以上断面过境河流水质不降低: a subject of its own, and a verb that takes no object.
  const state = STATE_VERB.exec(segment);
  if (state && /\p{Script=Han}/u.test(segment.slice(0, state.index))) return segment;
  const none = SUBJECT_ABSENT.exec(segment);
  if (none && !NOT_A_THING.test(`${ABSENT_WORD}${none[1]}`)) return segment;
  const verb = CONDITION_VERB.exec(segment);
  if (!verb) return undefined;
  const subject = segment.slice(0, verb.index),
    object = segment.slice(verb.index + verb[0].length);
  if (!object) return undefined;
  // A subject of its own (in words): another quantity than the row's, whatever the object.
  if (subject) return /\p{Script=Han}/u.test(subject) ? segment : undefined;
  // Without a subject, a number after the verb is a threshold on the row's own value (read before).
  return /^[\s\d.+-]/.test(object) ? undefined : segment;
}

/** A leaf that reads the row's number (a comparison, a trend, the superior's target). */
export const READS_NUMBER = new Set<Rule["kind"]>([
  "threshold",
  "target",
  "range",
  "about",
  "delta",
  "stable",
  "trend",
  "increase",
  "relative",
  "superior",
  "change",
]);
const readsNumber = (r: Rule): boolean =>
  r.kind === "all" || r.kind === "any" ? r.parts.some(readsNumber) : READS_NUMBER.has(r.kind);

/** Beside a part that reads the row's number, a part naming a thing is a condition, kept as written. */
function conditionsOf<R extends Rule & { parts: Rule[] }>(rule: R, original: string): R {
  if (!rule.parts.some(readsNumber)) return rule;
  const parts = rule.parts.map((p): Rule => {
    if (p.kind !== "absent" && !(p.kind === "event" && p.what)) return p;
    return {
      kind: "condition",
      text: normalizeRuleText(original.slice(p.span.start, p.span.end)).text,
      span: p.span,
    } satisfies ConditionRule;
  });
  return { ...rule, parts };
}

function unit(u: string | undefined): { unit?: string } {
  return u ? { unit: u.replace(/3$/, "³").replace(/^u/, "μ").replace(/^µ/, "μ") } : {};
}
