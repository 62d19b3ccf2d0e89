/** Turns what people write in a value cell into a `Value`; never guesses. */
import { readStatus } from "../rules/vocabulary.js";
import type { Value } from "./types.js";

/** Full-width ASCII (ＡＢＣ１２３％．) to half-width, one character for one, so offsets survive. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** 无数据, 无统计…: the value is unknown, not "none present". */
const NO_DATA = /^(无|暂无)(数据|统计|资料|记录|监测|法统计|值)/;

/**
 * "None present" is 无 and a noun phrase naming a thing (无黑臭水体, 无劣V类水体, 无危险废物排放).
 * Where 无 starts a word of its own — an adverb, adjective or verb: 无法 (cannot), 无需 (need not),
 * 无效 (invalid), 无论, 无关 … — the text says nothing about presence and stays text. The list is
 * the closed class of such words; a phrase is one run of characters, without sentence punctuation.
 */
const NOT_A_THING = /^无(法|需|须|效|论|关|疑|意|从|权|力|偿|限|穷|比|非|故|端|数|暇|奈|可|以|异|妨|谓|聊|辜|误|缘|尽|望|损|碍)/;
const THING = /^无[\p{Script=Han}A-Za-z0-9ⅠⅡⅢⅣⅤ·()、/-]{1,40}$/u;
export const namesAThing = (text: string) => THING.test(text) && !NOT_A_THING.test(text) && !NO_DATA.test(text);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function normalizeValue(raw: number | string): Value {
  if (typeof raw === "number") return { kind: "number", n: raw };
  const text = raw.trim();
  const half = toHalfWidth(text).replace(/\s+/g, "");
  // "1,234.5" and "1，234.5": thousands separators; "93.5%", "９３．５％": a percentage of the unit %.
  const numeric = half.replace(/%$/, "").replace(/^([+-]?\d{1,3})((?:,\d{3})+)(\.\d+)?$/, (_, a: string, b: string, c = "") => a + b.replace(/,/g, "") + c);
  if (NUMBER.test(numeric)) return { kind: "number", n: Number(numeric) };
  if (half === "不涉及") return { kind: "not_applicable", text };
  const status = readStatus(half);
  if (status && status.length === half.length) return { kind: "status", statuses: status.statuses, text };
  if (namesAThing(half)) return { kind: "none_present", text };
  return { kind: "text", text };
}

/** What a file states of a condition (`clauses`): met, not met, or text for a person. */
const MET = /^(已?满足|是|已?达到|已?符合|已?完成|达标|met|yes|true)$/i;
const NOT_MET = /^(未满足|不满足|否|未达到|未达标|不达标|不符合|未完成|not met|no|false)$/i;
export function clauseState(raw: string): { state: "met" | "not_met" | "unclear"; text: string } {
  const text = raw.trim();
  const half = toHalfWidth(text).replace(/\s+/g, " ");
  return { state: MET.test(half) ? "met" : NOT_MET.test(half) ? "not_met" : "unclear", text };
}

/**
 * What a file states of a basic condition (否决项, `vetoes:`): the words of {@link clauseState}, and
 * an event's, since a condition names what must not happen (重特大突发环境事件: 未发生 / 无 is met,
 * 发生 / 已发生 is not). A YAML boolean is its word. Anything else is not read: the loader says so.
 */
const EVENT_ABSENT = /^(未发生|没有发生|无)$/;
const EVENT_PRESENT = /^(已?发生)$/;
export function vetoState(raw: string | boolean): "met" | "not_met" | undefined {
  if (typeof raw === "boolean") return raw ? "met" : "not_met";
  const half = toHalfWidth(raw.trim()).replace(/\s+/g, "");
  if (EVENT_ABSENT.test(half)) return "met";
  if (EVENT_PRESENT.test(half)) return "not_met";
  const { state } = clauseState(raw);
  return state === "unclear" ? undefined : state;
}
