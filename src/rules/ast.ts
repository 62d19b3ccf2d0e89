/** The rule tree that the grammar produces, for standards, targets and superior targets alike. */
import type { Status } from "../model/types.js";

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

export interface AllRule extends Node<"all"> { parts: Rule[] }
export interface AnyRule extends Node<"any"> { parts: Rule[] }
export interface ThresholdRule extends Node<"threshold"> { op: Comparator; value: number; unit?: string }
export interface TargetRule extends Node<"target"> { value: number; unit?: string }
export interface RangeRule extends Node<"range"> { min: number; max: number; unit?: string }
export interface AboutRule extends Node<"about"> { value: number; unit?: string }
export interface DeltaRule extends Node<"delta"> { op: Comparator; value: number; label: string }
export interface StatusRule extends Node<"status"> { status: Status }
/** 保持稳定或持续改善/提高/下降, 不降低: no move the wrong way beyond the tolerance. */
export interface StableRule extends Node<"stable"> { direction: TrendDirection }
/** 持续改善/提高/下降: every year-on-year step moves that way. */
export interface TrendRule extends Node<"trend"> { direction: TrendDirection }
/** 有所提高 (strictly higher), 保持稳定或有所提高 (not lower). */
export interface IncreaseRule extends Node<"increase"> { orStable: boolean }
export interface SuperiorRule extends Node<"superior"> {}
export interface NotApplicableRule extends Node<"not_applicable"> {}
/** 无黑臭水体: none of the thing is present. */
export interface AbsentRule extends Node<"absent"> { what: string }

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
  | AbsentRule;

export type Rule = AllRule | AnyRule | LeafRule;
export type LeafKind = LeafRule["kind"];
