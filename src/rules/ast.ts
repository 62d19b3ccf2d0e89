/** The rule tree that the grammar produces, for standards, targets and superior targets alike. */
import type { Status } from "./vocabulary.js";

export type Comparator = ">=" | ">" | "<=" | "<" | "=";
/** Which way a trend phrase points: the row's `better` direction, or a fixed one. */
export type TrendDirection = "better" | "higher" | "lower";

export interface Span {
  start: number;
  end: number;
}

interface Node<K extends string> {
  kind: K;
  span: Span;
}

export interface AllRule extends Node<"all"> {
  parts: Rule[];
}
interface AnyRule extends Node<"any"> {
  parts: Rule[];
}
export interface ThresholdRule extends Node<"threshold"> {
  op: Comparator;
  value: number;
  unit?: string;
}
export interface TargetRule extends Node<"target"> {
  value: number;
  unit?: string;
}
export interface RangeRule extends Node<"range"> {
  min: number;
  max: number;
  unit?: string;
}
export interface AboutRule extends Node<"about"> {
  value: number;
  unit?: string;
}
export interface DeltaRule extends Node<"delta"> {
  op: Comparator;
  value: number;
  label: string;
}
/** 建立, 有效开展, 建立并实施, 建立健全: every verb reached. */
export interface StatusRule extends Node<"status"> {
  statuses: Status[];
}
/** 保持稳定或持续改善/提高/下降, 不降低: no move the wrong way beyond the tolerance. */
export interface StableRule extends Node<"stable"> {
  direction: TrendDirection;
}
/** 持续改善/提高/下降, 逐年下降: every year-on-year step moves that way; 近五年逐年提高: every step of the last `years`. */
export interface TrendRule extends Node<"trend"> {
  direction: TrendDirection;
  years?: number;
}
/** 有所提高 (strictly higher), 保持稳定或有所提高 (not lower). */
export interface IncreaseRule extends Node<"increase"> {
  orStable: boolean;
}
export interface SuperiorRule extends Node<"superior"> {}
export interface NotApplicableRule extends Node<"not_applicable"> {}
/** 无黑臭水体: none of the thing is present. */
export interface AbsentRule extends Node<"absent"> {
  what: string;
}

/** 未发生, 不发生重特大突发环境事件, 无重特大…事件发生: a count of events (better lower) that must be zero. */
export interface EventRule extends Node<"event"> {
  what?: string;
}
/** `better`: 优于 (strictly better, the row's way); `reach`: 达到 (at least as good). */
export type Relation = Comparator | "better" | "reach";
/** 不低于全省平均水平, <全省平均水平: against a reference value the row gives (`reference_value`). */
export interface RelativeRule extends Node<"relative"> {
  op: Relation;
  reference: string;
}
/**
 * …且能源消耗总量不超过控制目标值, …且无危险废物排放: a condition the row's value cannot decide; met
 * only by a status given for it (`clauses`) or a signed review. `text` is the condition as normalised.
 */
export interface ConditionRule extends Node<"condition"> {
  text: string;
}

/**
 * 下降18%, 提高2个百分点, 〔18〕: the change from the base-year value to the year judged, at least
 * `amount`, the `direction` way. `unit` "%" is a share of the base value, 个百分点 points; a bracketed
 * amount without a unit is a share of the base on a "%" row (the national plans' 降低(%) columns) and
 * the row's unit elsewhere (新增治理面积(万平方公里) 〔27〕).
 */
export interface ChangeRule extends Node<"change"> {
  amount: number;
  direction: TrendDirection;
  unit?: string;
  bracket: boolean;
}
/** A phrase the grammar does not know (应划尽划): the check is for a person, the text quoted. */
export interface UnknownRule extends Node<"unknown"> {
  text: string;
}

export type LeafRule =
  | ThresholdRule
  | TargetRule
  | RangeRule
  | AboutRule
  | DeltaRule
  | StatusRule
  | StableRule
  | TrendRule
  | IncreaseRule
  | SuperiorRule
  | NotApplicableRule
  | AbsentRule
  | EventRule
  | RelativeRule
  | ConditionRule
  | ChangeRule
  | UnknownRule;

export type Rule = AllRule | AnyRule | LeafRule;
export type LeafKind = LeafRule["kind"];
