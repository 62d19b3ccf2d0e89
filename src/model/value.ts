/** Turns what people write in a value cell into a `Value`; never guesses. */
import { tooPrecise } from "./precision.js";
import {
  CLAUSE_MET,
  CLAUSE_NOT_MET,
  NO_DATA,
  NOT_A_THING,
  NOT_APPLICABLE_VALUES,
  readStatus,
} from "../rules/vocabulary.js";
import { unitKey } from "../rules/units.js";
import type { Value } from "./types.js";

/** Full-width ASCII (ＡＢＣ１２３％．) to half-width, one character for one, so offsets survive. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/**
 * "None present" is 无 and a noun phrase naming a thing (无黑臭水体, 无劣V类水体, 无危险废物排放); not
 * where 无 starts a word of its own (NOT_A_THING) or says the value is unknown (NO_DATA). A phrase
 * is one run of characters, without sentence punctuation.
 */
const THING = /^无[\p{Script=Han}A-Za-z0-9ⅠⅡⅢⅣⅤ·()、/-]{1,40}$/u;
const namesAThing = (text: string) => THING.test(text) && !NOT_A_THING.test(text) && !NO_DATA.test(text);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Spaces between two digits are not dropped: "8 6" is not 86. */
const SPACE_NOT_BETWEEN_DIGITS = /(?<!\d)\s+|\s+(?!\d)/g;

/**
 * A plain "not met", in the one set of words the basic conditions (vetoes) and conditions read too
 * (否, 未完成, 未满足…); a status denied (未/尚未/未能/没有/无/不 + the verbs: 未建立, 尚未有效开展); or a
 * thing said to be present (有/存在/仍有 + a noun phrase: 有黑臭水体) — where 有 starts a word of its
 * own (有效, 有所, 有关…) it says nothing of presence.
 */
const DENYING = /^(尚未|未能|未|没有|没|无|不)/;
const PRESENT = /^(仍?存在|仍有|尚有|有)(?!效|所|关|待|利|序|力|些|点|的|益|望|助|意|限|权|机)/;
function denial(half: string): Omit<Extract<Value, { kind: "denied" }>, "kind" | "text"> | undefined {
  if (CLAUSE_NOT_MET.test(half)) return {};
  const denying = DENYING.exec(half);
  if (denying) {
    const rest = half.slice(denying[0].length);
    const status = readStatus(rest);
    if (status && status.length === rest.length) return { statuses: status.statuses };
  }
  const present = PRESENT.exec(half);
  if (present) {
    const thing = half.slice(present[0].length);
    if (THING.test(`无${thing}`) && thing.length >= 2) return { present: thing };
  }
  return undefined;
}

/**
 * A value as the tool reads it. With the row's `unit`, a percentage ("15%") is a number only where the
 * unit is % (or not given): in a ‰ or μg/m³ row it is text for a person, as "20‰" is in a % row —
 * 15 % is 150 ‰, and reading it as 15 would judge, and record, another value.
 */
export function normalizeValue(raw: number | string, unit?: string): Value {
  if (typeof raw === "number") return { kind: "number", n: raw };
  const text = raw.trim();
  const half = toHalfWidth(text).replace(SPACE_NOT_BETWEEN_DIGITS, "");
  const otherUnit = half.endsWith("%") && unit !== undefined && !["", "%"].includes(unitKey(unit));
  // "1,234.5" and "1，234.5": thousands separators; "93.5%", "９３．５％": a percentage of the unit %.
  const numeric = half
    .replace(/%$/, "")
    // A minus as Word and PDFs write it (U+2212, or an en dash), before the digits: the rules read it so too.
    .replace(/^[\u2212\u2013](?=\d|\.\d)/, "-")
    .replace(/^([+-]?\d{1,3})((?:,\d{3})+)(\.\d+)?$/, (_, a: string, b: string, c = "") => a + b.replace(/,/g, "") + c);
  if (NUMBER.test(numeric) && !otherUnit && !tooPrecise(numeric)) {
    // On a row without a unit a percentage is the fraction it names (a coefficient of 50% is 0.5), as a
    // percent-formatted cell is; shifted in its text, so that 1.1% is 0.011 exactly.
    const fraction = half.endsWith("%") && unit !== undefined && unitKey(unit) === "";
    return { kind: "number", n: Number(fraction ? `${numeric}e-2` : numeric) };
  }
  if (NOT_APPLICABLE_VALUES.includes(half)) return { kind: "not_applicable", text };
  const status = readStatus(half);
  if (status && status.length === half.length) return { kind: "status", statuses: status.statuses, text };
  const denied = denial(half);
  // 无建立 denies a status; 无黑臭水体 names a thing none of which is present.
  if (denied?.statuses) return { kind: "denied", ...denied, text };
  if (namesAThing(half)) return { kind: "none_present", text };
  if (denied) return { kind: "denied", ...denied, text };
  return { kind: "text", text };
}

/** What a file states of a condition (`clauses`): met, not met, or text for a person. */
export function clauseState(raw: string): { state: "met" | "not_met" | "unclear"; text: string } {
  const text = raw.trim();
  const half = toHalfWidth(text).replace(/\s+/g, " ");
  return { state: CLAUSE_MET.test(half) ? "met" : CLAUSE_NOT_MET.test(half) ? "not_met" : "unclear", text };
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
