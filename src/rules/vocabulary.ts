/**
 * The words of the rule grammar, in one table: status verbs (and the modifiers that strengthen
 * them), trend and stability phrases, comparison words. The parser reads rules with it, the
 * printer writes canonical text from it, the value normaliser reads `已建立并实施` with it, the
 * status rule judges with its implications, and the message catalogues take their labels from it.
 */
import type { Comparator, Relation, TrendDirection } from "./ast.js";

/** A verb a status rule requires and a value states. The first `zh` form is the canonical one. */
const VERB_TABLE = {
  established: { zh: ["建立"], en: ["established"] },
  conducted: { zh: ["开展"], en: ["conducted"] },
  guaranteed: { zh: ["保障"], en: ["guaranteed"] },
  formulated: { zh: ["制定", "制订"], en: ["formulated"], implies: ["compiled"] },
  implemented: { zh: ["实施"], en: ["implemented"] },
  compiled: { zh: ["编制"], en: ["compiled"] },
  complied: { zh: ["遵守"], en: ["complied with"] },
  improved: { zh: ["完善", "健全"], en: ["improved"] },
  carried_out: { zh: ["落实"], en: ["carried out"] },
  built: { zh: ["建成"], en: ["built"] },
  set_up: { zh: ["设立"], en: ["set up"] },
  issued: { zh: ["出台"], en: ["issued"] },
  rolled_out: { zh: ["推行"], en: ["rolled out"] },
  enforced: { zh: ["执行"], en: ["enforced"] },
  delineated: { zh: ["划定"], en: ["delineated"] },
  eliminated: { zh: ["消除"], en: ["eliminated"] },
  // 外来物种入侵 不明显 (湖南 2018): a state the value states as the word itself.
  not_noticeable: { zh: ["不明显"], en: ["not noticeable"] },
} as const satisfies Record<string, { zh: readonly string[]; en: readonly string[]; implies?: readonly string[] }>;

/**
 * Words that qualify a verb. Strengthening (有效开展 is 开展, done effectively: it meets 开展, not the
 * other way round); weakening (基本消除 asks less than 消除: 消除 meets it, and so does 基本消除).
 */
const MODIFIER_TABLE = {
  effectively: { zh: "有效", en: "effectively", weakens: false },
  fully: { zh: "全面", en: "fully", weakens: false },
  basically: { zh: "基本", en: "basically", weakens: true },
} as const;

type Verb = keyof typeof VERB_TABLE;
type Modifier = keyof typeof MODIFIER_TABLE;
/** One verb, plain or strengthened: `established`, `effectively_conducted`. */
export type Status = Verb | `${Modifier}_${Verb}`;

const VERBS = Object.keys(VERB_TABLE) as Verb[];
const MODIFIERS = Object.keys(MODIFIER_TABLE) as Modifier[];
/** Every status the grammar can state: each verb, plain and strengthened. */
export const ALL_STATUSES: readonly Status[] = VERBS.flatMap((v) => [
  v,
  ...MODIFIERS.map((m) => `${m}_${v}` as Status),
]);

/** Each status's modifier and verb, found once: a target's statuses are compared pairwise. */
const SPLIT = new Map<string, { modifier?: Modifier; verb: Verb }>(
  ALL_STATUSES.map((s) => {
    const m = MODIFIERS.find((mod) => s.startsWith(`${mod}_`));
    return [s, m ? { modifier: m, verb: s.slice(m.length + 1) as Verb } : { verb: s as Verb }];
  }),
);
const split = (s: Status): { modifier?: Modifier; verb: Verb } => SPLIT.get(s)!;

/** Does stating `has` meet a requirement of `needs`? The same verb, or one that implies it; a modifier must be kept. */
export function statusMeets(has: Status, needs: Status): boolean {
  const h = split(has),
    n = split(needs);
  const weak = (m?: Modifier) => m !== undefined && MODIFIER_TABLE[m].weakens;
  if (weak(h.modifier) && h.modifier !== n.modifier) return false;
  if (n.modifier && !weak(n.modifier) && n.modifier !== h.modifier) return false;
  if (h.verb === n.verb) return true;
  const implied: readonly string[] = (VERB_TABLE[h.verb] as { implies?: readonly string[] }).implies ?? [];
  return implied.includes(n.verb);
}

/** A value's (or a target's) verbs meet every verb a rule requires. */
export const statusesMeet = (has: readonly Status[], needs: readonly Status[]) =>
  needs.every((n) => has.some((h) => statusMeets(h, n)));

/** The canonical Chinese of a status list: 建立并实施. */
export function statusText(statuses: readonly Status[]): string {
  return statuses.map((s) => label(s, "zh")).join("并");
}

function label(s: Status, lang: "zh" | "en"): string {
  const { modifier, verb } = split(s);
  const word = lang === "zh" ? VERB_TABLE[verb].zh[0] : VERB_TABLE[verb].en[0];
  if (!modifier) return word;
  return lang === "zh" ? `${MODIFIER_TABLE[modifier].zh}${word}` : `${MODIFIER_TABLE[modifier].en} ${word}`;
}

/** Message id of a status's label, for reasons: `status.effectively_conducted`. */
export const statusLabelId = (s: Status) => `status.${s}`;

/** Every form of every verb, longest first, so 建成 is not read as 建 + 成 and 制定 before 制. */
const ZH_VERB_FORMS = VERBS.flatMap((v) => VERB_TABLE[v].zh.map((form) => [form, v] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const EN_VERB_FORMS = VERBS.flatMap((v) => VERB_TABLE[v].en.map((form) => [form, v] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** Between two verbs of one compound: 建立并实施, 建立和完善, 建立、健全; none at all in 建立健全, 制定实施. */
const ZH_JOINERS = ["并且", "并", "和", "与", "及", "、", ""];

/**
 * Reads a status phrase at the start of `text` (already normalised: half-width, no stray spaces):
 * `已`? then modifier? verb, repeated with joiners. English: `effectively conducted and implemented`.
 * Returns the verbs and how many characters were read, or undefined.
 */
export function readStatus(text: string): { statuses: Status[]; length: number } | undefined {
  return readZh(text) ?? readEn(text);
}

function readZh(text: string): { statuses: Status[]; length: number } | undefined {
  const statuses: Status[] = [];
  let pos = 0;
  for (;;) {
    let at = pos;
    if (statuses.length > 0) {
      const joiner = ZH_JOINERS.find((j) => text.startsWith(j, at) && verbAt(text, at + j.length));
      if (joiner === undefined) break;
      at += joiner.length;
    }
    const one = verbAt(text, at);
    if (!one) break;
    statuses.push(one.status);
    pos = one.end;
  }
  if (statuses.length === 0) return undefined;
  // "编制完成", "建设完成": the verb, done.
  if (text.startsWith("完成", pos) && !/^完成上级/.test(text.slice(pos))) pos += 2;
  return { statuses: [...new Set(statuses)], length: pos };
}

/** 已? modifier? verb at `at`. */
function verbAt(text: string, at: number): { status: Status; end: number } | undefined {
  let pos = at;
  if (text.startsWith("已", pos)) pos++;
  const modifier = MODIFIERS.find((m) => text.startsWith(MODIFIER_TABLE[m].zh, pos));
  const afterModifier = modifier ? pos + MODIFIER_TABLE[modifier].zh.length : pos;
  const found = ZH_VERB_FORMS.find(([form]) => text.startsWith(form, afterModifier));
  if (!found) return undefined;
  return { status: modifier ? `${modifier}_${found[1]}` : found[1], end: afterModifier + found[0].length };
}

function readEn(text: string): { statuses: Status[]; length: number } | undefined {
  // Every English verb and modifier starts with a letter: the rest of a rule is lowercased only then.
  if (!/^[a-z]/i.test(text)) return undefined;
  const lower = text.toLowerCase();
  const statuses: Status[] = [];
  let pos = 0;
  for (;;) {
    let at = pos;
    if (statuses.length > 0) {
      const join = /^\s+and\s+/.exec(lower.slice(at));
      if (!join) break;
      at += join[0].length;
    }
    const one = enVerbAt(lower, at);
    if (!one) break;
    statuses.push(one.status);
    pos = one.end;
  }
  return statuses.length === 0 ? undefined : { statuses: [...new Set(statuses)], length: pos };
}

function enVerbAt(lower: string, at: number): { status: Status; end: number } | undefined {
  let pos = at;
  const modifier = MODIFIERS.find((m) => lower.startsWith(`${MODIFIER_TABLE[m].en} `, pos));
  if (modifier) pos += MODIFIER_TABLE[modifier].en.length + 1;
  const found = EN_VERB_FORMS.find(
    ([form]) => lower.startsWith(form, pos) && !/^[a-z]/.test(lower.slice(pos + form.length)),
  );
  if (!found) return undefined;
  return { status: modifier ? `${modifier}_${found[1]}` : found[1], end: pos + found[0].length };
}

/** A phrase node of the grammar (a trend, stability, the superior's target, 不涉及). */
export type PhraseNode =
  | { kind: "stable"; direction: TrendDirection }
  | { kind: "trend"; direction: TrendDirection }
  | { kind: "increase"; orStable: boolean }
  | { kind: "superior" }
  | { kind: "not_applicable" };

/** Fixed phrases: the first `zh` form is what the printer writes. */
export const PHRASES: ReadonlyArray<{ node: PhraseNode; zh: readonly string[]; en: readonly string[] }> = [
  {
    node: { kind: "superior" },
    zh: [
      "完成上级规定的考核任务",
      "完成上级下达的考核任务",
      "完成上级下达的目标任务",
      "完成上级规定的目标任务",
      "完成上级下达任务",
      "完成上级下达的任务",
      "完成省下达任务",
      "完成省下达的任务",
      "完成省下达的目标任务",
      "完成省下达的考核任务",
      "完成省考核任务",
      "完成省级下达任务",
      "完成市下达任务",
      "完成国家和省下达任务",
      "完成国家下达任务",
      "达到省考核要求",
      "达到上级考核要求",
      "满足省考核要求",
    ],
    en: ["superior target met", "meet the superior target", "meets the superior target"],
  },
  {
    node: { kind: "stable", direction: "better" },
    zh: ["保持稳定或持续改善", "保持稳定"],
    en: ["stable or improving", "stable"],
  },
  {
    node: { kind: "stable", direction: "higher" },
    zh: ["保持稳定或持续提高", "不降低"],
    en: ["stable or rising", "stable or increasing", "not lower"],
  },
  {
    node: { kind: "stable", direction: "lower" },
    zh: ["保持稳定或持续下降"],
    en: ["stable or declining", "stable or decreasing"],
  },
  { node: { kind: "increase", orStable: true }, zh: ["保持稳定或有所提高"], en: ["stable or increased"] },
  { node: { kind: "increase", orStable: false }, zh: ["有所提高"], en: ["increased"] },
  { node: { kind: "trend", direction: "better" }, zh: ["持续改善"], en: ["continuously improving", "improving"] },
  { node: { kind: "trend", direction: "higher" }, zh: ["持续提高"], en: ["continuously rising", "rising"] },
  { node: { kind: "trend", direction: "lower" }, zh: ["持续下降"], en: ["continuously declining", "declining"] },
  { node: { kind: "not_applicable" }, zh: ["不涉及"], en: ["not applicable"] },
];

/** Message id of a trend phrase's label (`phrase.stable.better`), resolved in the report's language. */
const phraseLabelId = (kind: "stable" | "trend" | "increase", direction: TrendDirection, orStable = false) =>
  `phrase.${kind}.${orStable ? "orStable." : ""}${direction}`;

/** Direction words after 持续 / 逐年: 逐年提高, 持续上升, 逐年降低. */
export const DIRECTION_WORDS: ReadonlyArray<readonly [string, TrendDirection]> = [
  ["改善", "better"],
  ["好转", "better"],
  ["提高", "higher"],
  ["上升", "higher"],
  ["增加", "higher"],
  ["增长", "higher"],
  ["提升", "higher"],
  ["下降", "lower"],
  ["降低", "lower"],
  ["减少", "lower"],
  ["减小", "lower"],
  ["削减", "lower"],
];

/**
 * A change from the base year (下降18%, 提高2个百分点, 累计下降18%) and the national plans' cumulative
 * target over the plan period in brackets (〔18〕). `%` after the number is a share of the base value;
 * 个百分点 is points, in the row's unit (the official convention: 百分点 for points, % for relative).
 */
export const CHANGE_WORDS = {
  before: ["累计", "比基准年", "较基准年", "比基期", "较基期"],
  relative: "%",
  points: ["个百分点", "百分点"],
  brackets: [
    ["〔", "〕"],
    ["[", "]"],
    ["【", "】"],
  ],
} as const;

/** A state verb that takes no object: 省控以上断面过境河流水质不降低, 生态功能不降低、性质不改变. */
export const STATE_WORDS = ["不降低", "不下降", "不恶化", "保持稳定", "达标", "不改变", "不减少", "不变"] as const;

/** The word the printer writes for each direction. */
export const DIRECTION_WORD: Record<TrendDirection, string> = { better: "改善", higher: "提高", lower: "下降" };

/**
 * Comparison words, as the legal convention reads them (民法典 第1259条: 以上、以下、以内 include the
 * number; 超过、不满 do not). Before the number: `不低于90`; after it: `20%以上`.
 */
const COMPARISON_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ["大于等于", ">="],
  ["大于或等于", ">="],
  ["小于等于", "<="],
  ["小于或等于", "<="],
  ["至少", ">="],
  ["最多", "<="],
  ["至多", "<="],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["超出", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["不足", "<"],
  ["不满", "<"],
  ["等于", "="],
];

/**
 * Words that negate the comparison after them (不得低于95 is ≥95, 严禁超过 is ≤): a negated
 * comparison is the comparison it negates, never a condition. Each composes with every strict
 * comparison word above, so a new negation or comparison word is one entry here.
 */
const NEGATIONS = ["不得", "不应", "不能", "不可", "不宜", "不准", "严禁", "禁止", "未", "不"] as const;
const NEGATED: Partial<Record<Comparator, Comparator>> = { ">": "<=", "<": ">=" };

export const WORDS_BEFORE: ReadonlyArray<readonly [string, Comparator]> = [
  ...COMPARISON_WORDS,
  ...NEGATIONS.flatMap((no) =>
    COMPARISON_WORDS.flatMap(([w, op]) =>
      NEGATED[op] && !w.startsWith("不") ? [[`${no}${w}`, NEGATED[op]!] as const] : [],
    ),
  ),
].sort((a, b) => b[0].length - a[0].length);

export const WORDS_AFTER: ReadonlyArray<readonly [string, ">=" | "<="]> = [
  ["及以上", ">="],
  ["或以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["或以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
];

/** Relations to a named reference value: the word the printer writes, and the labels of reasons. */
export const RELATIONS: Record<Relation, { zh: string; en: string }> = {
  ">=": { zh: "不低于", en: "not lower than" },
  ">": { zh: "高于", en: "higher than" },
  "<=": { zh: "不高于", en: "not higher than" },
  "<": { zh: "低于", en: "lower than" },
  "=": { zh: "等于", en: "equal to" },
  better: { zh: "优于", en: "better than" },
  reach: { zh: "达到", en: "at least as good as" },
};

/** 近五年, 近3年: Chinese numerals as tables write them. */
const NUMERALS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
export function readCount(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === "十") return 10;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return undefined;
  if (!m[2]) return m[3] ? undefined : NUMERALS[m[1]!];
  return (m[1] ? NUMERALS[m[1]]! : 1) * 10 + (m[3] ? NUMERALS[m[3]]! : 0);
}
export const NUMERAL_CHARS = "一二两三四五六七八九十";

/** Labels for the catalogues: every status (plain and strengthened) and every trend phrase, in both languages. */
export function vocabularyLabels(lang: "zh" | "en"): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const s of ALL_STATUSES) labels[statusLabelId(s)] = label(s, lang);
  for (const { node, zh, en } of PHRASES) {
    if (node.kind === "stable" || node.kind === "trend")
      labels[phraseLabelId(node.kind, node.direction)] = lang === "zh" ? zh[0]! : en[0]!;
    if (node.kind === "increase")
      labels[phraseLabelId("increase", "higher", node.orStable)] = lang === "zh" ? zh[0]! : en[0]!;
  }
  for (const [op, words] of Object.entries(RELATIONS)) labels[`relation.${op}`] = words[lang];
  return labels;
}

// ── Value words: what people write in a value cell, a clause or a superior target's year ──

/** A superior target's year stated only as a result (`superior: {2022: 达标}`). */
const STATED_RESULT = { met: ["met", "达标", "完成"], not_met: ["not met", "未达标", "未完成"] } as const;
export function statedResult(text: string): "met" | "not_met" | undefined {
  const stated = text.trim().toLowerCase();
  if ((STATED_RESULT.met as readonly string[]).includes(stated)) return "met";
  if ((STATED_RESULT.not_met as readonly string[]).includes(stated)) return "not_met";
  return undefined;
}

/** What a file states of a condition (`clauses`): met or not met (anything else is for a person). */
export const CLAUSE_MET = /^(已?满足|是|已?达到|已?符合|已?完成|达标|met|yes|true)$/i;
export const CLAUSE_NOT_MET = /^(未满足|不满足|否|未达到|未达标|不达标|不符合|未完成|not met|no|false)$/i;

/** A value cell declaring the row does not apply: the Chinese forms of the 不涉及 phrase. */
export const NOT_APPLICABLE_VALUES: readonly string[] = PHRASES.find((p) => p.node.kind === "not_applicable")!.zh;

/** 无数据, 无统计…: the value is unknown, not "none present". */
export const NO_DATA = /^(无|暂无)(数据|统计|资料|记录|监测|法统计|值)/;

/**
 * Where 无 starts a word of its own — an adverb, adjective or verb: 无法 (cannot), 无需 (need not),
 * 无效 (invalid), 无论, 无关 … — the text says nothing about presence. The closed class of such words.
 */
export const NOT_A_THING =
  /^无(法|需|须|效|论|关|疑|意|从|权|力|偿|限|穷|比|非|故|端|数|暇|奈|可|以|异|妨|谓|聊|辜|误|缘|尽|望|损|碍)/;

/** "约25.5", "25.5左右", "大约 90%": a figure that is approximate, so not a number to judge. */
export const APPROXIMATE = /^(约|大约|接近|近)\s*[\d０-９]|[\d０-９.%％]\s*(左右|上下)$/;

// ── Frame words: what stands around a number or a name in a rule, read by the parser, written by the printer ──

/** `且` / `或` between parts: what the parser reads (longest first) and what the printer writes. */
export const CONNECTIVES = {
  all: { zh: ["并且", "且", "并"], en: ["and"], print: "，且" },
  any: { zh: ["或者", "或"], en: ["or"], print: "或" },
} as const;

/** What ends a named thing, a condition or a reference: a separator or a one-character connective. */
export const PART_ENDS = "，,；;且或";

/** `0.3-0.4之间`, `between 0.3 and 0.4`. The first separator is the one the printer writes. */
export const RANGE_WORDS = {
  separators: ["-", "~", "—", "–", "至", "到"],
  zhEnd: "之间",
  enStart: "between",
  enJoin: "and",
} as const;

/** `25左右`, `about 25`: an approximate figure. */
export const ABOUT_WORDS = { zhAfter: "左右", enBefore: ["about", "around", "approximately"] } as const;

/** `无黑臭水体`: none of a thing present. */
export const ABSENT_WORD = "无";

/** `未发生…`, `不发生…`, `无…发生`: events that must not happen. The first negation is the printer's. */
export const EVENT_WORDS = { negations: ["未", "不"], verb: "发生", none: "无" } as const;

/** `近五年逐年提高`, `近3年持续下降`: a trend over a window of years. */
export const WINDOW_WORDS = {
  before: ["近", "最近"],
  year: "年",
  after: ["内", "来"],
  steady: ["持续", "逐年"],
  printSteady: "逐年",
} as const;

/** A value that says no event happened (未发生, 没有出现, 零), and one that says some did (发生2起, 3次). */
export const NONE_HAPPENED = /^(未|没有|没|不曾)(发生|出现)|^零$/;
export const HAPPENED =
  /^(已|曾|有|已经)?(发生|出现)(了)?(\d+|[一二两三四五六七八九十]+)?(起|次|件|宗)?$|^(\d+|[一二两三四五六七八九十]+)(起|次|件|宗)$/;
