/**
 * What meeting a plan target guarantees about the value in the target year: the basis on which
 * target adequacy ("does meeting the target guarantee the national standard?") is decided.
 */
import type { Direction } from "../model/types.js";
import type { Relation } from "./ast.js";
import { claimImplies } from "./trends.js";
import { statusMeets, type Status } from "./vocabulary.js";

export interface Bound {
  n: number;
  strict: boolean;
}

/** A trend the target states: stable, continuous, or increase, in a resolved direction. */
export interface TrendClaim {
  kind: "stable" | "trend" | "increase";
  direction: Direction;
  orStable: boolean;
}

export interface Guarantee {
  lo?: Bound;
  hi?: Bound;
  deltaLo?: Bound;
  deltaHi?: Bound;
  statuses: Status[];
  trends: TrendClaim[];
  /** The target defers to the superior's target (完成上级规定的考核任务). */
  superior: boolean;
  /** The things the target states none of is present (无黑臭水体: 黑臭水体). */
  nonePresent: string[];
  notApplicable: boolean;
  /** No event happens (未发生): a count of zero, stated without a number to forecast. */
  noEvents: boolean;
  /** Relations to named reference values (不低于全省平均水平). */
  relatives: Array<{ op: Relation; reference: string }>;
  /** Conditions the target states (且能源消耗总量不超过控制目标值), as normalised text. */
  conditions: string[];
}

export const nothingGuaranteed = (): Guarantee => ({
  statuses: [],
  trends: [],
  superior: false,
  nonePresent: [],
  notApplicable: false,
  noEvents: false,
  relatives: [],
  conditions: [],
});

const tighterLo = (a?: Bound, b?: Bound) => (!a ? b : !b ? a : a.n > b.n || (a.n === b.n && a.strict) ? a : b);
const tighterHi = (a?: Bound, b?: Bound) => (!a ? b : !b ? a : a.n < b.n || (a.n === b.n && a.strict) ? a : b);
const looserLo = (a?: Bound, b?: Bound) => (a && b ? (tighterLo(a, b) === a ? b : a) : undefined);
const looserHi = (a?: Bound, b?: Bound) => (a && b ? (tighterHi(a, b) === a ? b : a) : undefined);

/** A guarantee with only the bounds it has: each added where there is one, never deleted (objects stay fast). */
type Bounds = "lo" | "hi" | "deltaLo" | "deltaHi";
function compact(bounds: { [K in Bounds]: Bound | undefined }, rest: Omit<Guarantee, Bounds>): Guarantee {
  const g: Guarantee = rest;
  if (bounds.lo) g.lo = bounds.lo;
  if (bounds.hi) g.hi = bounds.hi;
  if (bounds.deltaLo) g.deltaLo = bounds.deltaLo;
  if (bounds.deltaHi) g.deltaHi = bounds.deltaHi;
  return g;
}

/** `A，且B`: meeting both guarantees everything either guarantees. */
export const both = (a: Guarantee, b: Guarantee): Guarantee => allOf([a, b]);

/**
 * `A且B且C…`: everything any part guarantees, gathered in one pass (a rule of a hundred clauses,
 * folded two at a time, copied its lists a hundred times).
 */
export function allOf(parts: readonly Guarantee[]): Guarantee {
  let lo: Bound | undefined;
  let hi: Bound | undefined;
  let deltaLo: Bound | undefined;
  let deltaHi: Bound | undefined;
  const g: Omit<Guarantee, Bounds> = nothingGuaranteed();
  for (const part of parts) {
    lo = tighterLo(lo, part.lo);
    hi = tighterHi(hi, part.hi);
    deltaLo = tighterLo(deltaLo, part.deltaLo);
    deltaHi = tighterHi(deltaHi, part.deltaHi);
    g.statuses.push(...part.statuses);
    g.trends.push(...part.trends);
    g.superior ||= part.superior;
    g.nonePresent.push(...part.nonePresent);
    g.notApplicable ||= part.notApplicable;
    g.noEvents ||= part.noEvents;
    g.relatives.push(...part.relatives);
    g.conditions.push(...part.conditions);
  }
  return compact({ lo, hi, deltaLo, deltaHi }, g);
}

/** `A或B`: meeting either guarantees only what both guarantee (有效开展或开展 still guarantees 开展). */
export function either(a: Guarantee, b: Guarantee): Guarantee {
  const statuses = [...a.statuses, ...b.statuses].filter(
    (s) => a.statuses.some((x) => statusMeets(x, s)) && b.statuses.some((x) => statusMeets(x, s)),
  );
  const trends = [...a.trends, ...b.trends].filter(
    (c) => a.trends.some((x) => claimImplies(x, c)) && b.trends.some((x) => claimImplies(x, c)),
  );
  return compact(
    {
      lo: looserLo(a.lo, b.lo),
      hi: looserHi(a.hi, b.hi),
      deltaLo: looserLo(a.deltaLo, b.deltaLo),
      deltaHi: looserHi(a.deltaHi, b.deltaHi),
    },
    {
      statuses,
      trends,
      superior: a.superior && b.superior,
      // Either side met: none of what both sides name (the narrower of two names of one thing).
      nonePresent: a.nonePresent.flatMap((x) =>
        b.nonePresent.flatMap((y) => (x.includes(y) ? [x] : y.includes(x) ? [y] : [])),
      ),
      notApplicable: a.notApplicable && b.notApplicable,
      noEvents: a.noEvents && b.noEvents,
      relatives: a.relatives.filter((r) => b.relatives.some((x) => x.reference === r.reference && x.op === r.op)),
      conditions: a.conditions.filter((c) => b.conditions.includes(c)),
    },
  );
}
