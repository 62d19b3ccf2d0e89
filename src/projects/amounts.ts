/**
 * Money a project's 建设内容 writes, in 万元, read by a small grammar:
 *
 *   amount := label? prefix? ( range | compound | simple )
 *   label  := 总投资 | 投资                     prefix := 约 | 逾 | 近 | 超过 | 预计 | 计划 | 共计 | 合计 | …
 *   simple := number scale? 元                 scale  := 亿 | 千万 | 万 | 千
 *   compound := number 亿 零? number (千万 | 万) 元            (1亿2000万元 = 12000 万元)
 *   range  := number scale? (— | ~ | 至 | 到 | -) number scale? 元   (3000万—5000万元, 1-2亿元)
 *   number := digits with thousands separators (12,000 / 12，000) or without, and a decimal part
 *
 * Full-width digits and punctuation read as half-width. Amounts are scaled in exact decimals
 * (0.37亿元 is 3700 万元, never 3699.9999999999995). Amounts of other units (15万m3, 30万千瓦) are not
 * money and are left alone. A prefix (约, 逾, 近) is kept in the text shown; the amount is its number.
 * A figure of 10¹² 万元 or more, which no project of the file may state (AMOUNT_LIMIT), is no amount
 * either, nor are amounts that add up to that: every amount read and every sum is finite and exact.
 */
import { tooPrecise } from "../model/precision.js";
import { toHalfWidth } from "../model/value.js";
import { AMOUNT_LIMIT } from "../model/projectSchema.js";
import { add, decimal, holds, shift, toNumber, type Decimal } from "../rules/decimal.js";

export interface StatedAmount {
  /** As written, e.g. "约8000万元". */
  text: string;
  low: number;
  high: number;
  /** Written as the project's total (总投资…). */
  total: boolean;
}

/** Powers of ten of each scale word against 万元. */
const SCALE: Record<string, number> = { 亿: 4, 千万: 3, 万: 0, 千: -1, "": -4 };

// Not inside another number (nor its exponent: the 308 of 1.7e308); thousands in groups of three,
// then never a fourth digit.
const NUM = String.raw`(?<![\d.,]|[\d.][eE][+-]?)(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`;
const SCALES = "亿|千万|万|千";
const LABEL = String.raw`(总投资|投资)?\s*(?:[:：为]\s*)?`;
const PREFIX = String.raw`(?:约|大约|预计约|预计|计划|逾|近|超过|超|共计|合计|累计|共)?\s*`;
const RANGE = String.raw`(${NUM})\s*(${SCALES})?\s*[—–~～至到-]\s*(${NUM})\s*(${SCALES})?\s*元`;
const COMPOUND = String.raw`(${NUM})\s*亿\s*零?\s*(${NUM})\s*(千万|万)\s*元`;
const SIMPLE = String.raw`(${NUM})\s*(${SCALES})?\s*元`;
const MONEY = new RegExp(`${LABEL}${PREFIX}(?:${RANGE}|${COMPOUND}|${SIMPLE})`, "g");

const LIMIT = decimal(AMOUNT_LIMIT);
/** An amount in 万元, or undefined past what a project may state (a number of 400 digits is Infinity). */
const below = (d: Decimal | undefined): Decimal | undefined =>
  d !== undefined && holds(d, "<", LIMIT) ? d : undefined;
const read = (digits: string): Decimal | undefined => {
  const n = Number(digits.replace(/,/g, ""));
  return Number.isFinite(n) ? decimal(n) : undefined;
};
const inWan = (digits: string, scale: string | undefined): Decimal | undefined => {
  const d = read(digits);
  return below(d && shift(d, SCALE[scale ?? ""]!));
};

export function amountsIn(content: string): StatedAmount[] {
  const found: StatedAmount[] = [];
  // One character for one: offsets in the half-width text are offsets in the content as written.
  for (const m of toHalfWidth(content).matchAll(MONEY)) {
    const [, label, r1, rScale1, r2, rScale2, c1, c2, cScale, s1, sScale] = m;
    let low: Decimal | undefined, high: Decimal | undefined;
    if (r1 !== undefined) {
      // A range's first number without a scale takes the second's (1-2亿元).
      low = inWan(r1, rScale1 ?? rScale2);
      high = inWan(r2!, rScale2);
    } else if (c1 !== undefined) {
      const [yi, wan] = [inWan(c1, "亿"), inWan(c2!, cScale)];
      low = high = below(yi && wan && add(yi, wan));
    } else {
      low = high = inWan(s1!, sScale);
    }
    if (low === undefined || high === undefined) continue;
    found.push({
      text: content.slice(m.index, m.index + m[0].length).trim(),
      low: toNumber(low),
      high: toNumber(high),
      total: label === "总投资",
    });
  }
  return found;
}

const WHOLE_AMOUNT = new RegExp(String.raw`^(${NUM})\s*(${SCALES})?\s*(元)?$`);

/**
 * A text that is one amount and nothing else, in 万元: a bare number is already 万元 (the unit of
 * every amount in the file), "3700万元", "0.37亿元", "3,700" and "37000000元" are 3700. Anything
 * else (a range, words around it, another unit) is not an amount.
 */
export function amountOfText(text: string): number | undefined {
  const m = WHOLE_AMOUNT.exec(toHalfWidth(text).trim().replace(/，/g, ","));
  // A number would round digits past 15: 1.000000000000000001 is not 1.
  if (!m || tooPrecise(m[1]!.replaceAll(",", ""))) return undefined;
  const [, digits, scale, yuan] = m;
  const amount = inWan(digits!, scale ?? (yuan ? "" : "万"));
  return amount && toNumber(amount);
}

/**
 * The amount a content states for the whole project: its 总投资 where it names one, else what its
 * amounts add up to (phases: 一期…, 二期…), as a range when one is written as a range.
 */
export function statedInvestment(content: string): { low: number; high: number; texts: string[] } | undefined {
  const all = amountsIn(content);
  const totals = all.filter((a) => a.total);
  const used = totals.length > 0 ? totals.slice(0, 1) : all;
  if (used.length === 0) return undefined;
  const sum = (pick: (a: StatedAmount) => number) => below(used.reduce((s, a) => add(s, decimal(pick(a))), decimal(0)));
  const [low, high] = [sum((a) => a.low), sum((a) => a.high)];
  if (low === undefined || high === undefined) return undefined;
  return { low: toNumber(low), high: toNumber(high), texts: used.map((a) => a.text) };
}
