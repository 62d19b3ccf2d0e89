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
  nonePresent: boolean;
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
  nonePresent: false,
  notApplicable: false,
  noEvents: false,
  relatives: [],
  conditions: [],
});

const tighterLo = (a?: Bound, b?: Bound) => (!a ? b : !b ? a : a.n > b.n || (a.n === b.n && a.strict) ? a : b);
const tighterHi = (a?: Bound, b?: Bound) => (!a ? b : !b ? a : a.n < b.n || (a.n === b.n && a.strict) ? a : b);
const looserLo = (a?: Bound, b?: Bound) => (a && b ? (tighterLo(a, b) === a ? b : a) : undefined);
const looserHi = (a?: Bound, b?: Bound) => (a && b ? (tighterHi(a, b) === a ? b : a) : undefined);

/** A guarantee with only the bounds it has (made whole, not by deleting: objects stay fast). */
type Bounds = "lo" | "hi" | "deltaLo" | "deltaHi";
function compact(g: Omit<Guarantee, Bounds> & { [K in Bounds]: Bound | undefined }): Guarantee {
  const { lo, hi, deltaLo, deltaHi, ...rest } = g;
  return {
    ...(lo && { lo }),
    ...(hi && { hi }),
    ...(deltaLo && { deltaLo }),
    ...(deltaHi && { deltaHi }),
    ...rest,
  } as Guarantee;
}

/** `A，且B`: meeting both guarantees everything either guarantees. */
export function both(a: Guarantee, b: Guarantee): Guarantee {
  return compact({
    lo: tighterLo(a.lo, b.lo),
    hi: tighterHi(a.hi, b.hi),
    deltaLo: tighterLo(a.deltaLo, b.deltaLo),
    deltaHi: tighterHi(a.deltaHi, b.deltaHi),
    statuses: [...a.statuses, ...b.statuses],
    trends: [...a.trends, ...b.trends],
    superior: a.superior || b.superior,
    nonePresent: a.nonePresent || b.nonePresent,
    notApplicable: a.notApplicable || b.notApplicable,
    noEvents: a.noEvents || b.noEvents,
    relatives: [...a.relatives, ...b.relatives],
    conditions: [...a.conditions, ...b.conditions],
  });
}

/** `A或B`: meeting either guarantees only what both guarantee (有效开展或开展 still guarantees 开展). */
export function either(a: Guarantee, b: Guarantee): Guarantee {
  const statuses = [...a.statuses, ...b.statuses].filter(
    (s) => a.statuses.some((x) => statusMeets(x, s)) && b.statuses.some((x) => statusMeets(x, s)),
  );
  const trends = [...a.trends, ...b.trends].filter(
    (c) => a.trends.some((x) => claimImplies(x, c)) && b.trends.some((x) => claimImplies(x, c)),
  );
  return compact({
    lo: looserLo(a.lo, b.lo),
    hi: looserHi(a.hi, b.hi),
    deltaLo: looserLo(a.deltaLo, b.deltaLo),
    deltaHi: looserHi(a.deltaHi, b.deltaHi),
    statuses,
    trends,
    superior: a.superior && b.superior,
    nonePresent: a.nonePresent && b.nonePresent,
    notApplicable: a.notApplicable && b.notApplicable,
    noEvents: a.noEvents && b.noEvents,
    relatives: a.relatives.filter((r) => b.relatives.some((x) => x.reference === r.reference && x.op === r.op)),
    conditions: a.conditions.filter((c) => b.conditions.includes(c)),
  });
}
