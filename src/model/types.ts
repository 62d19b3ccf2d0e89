/** The domain model: what the loader produces and the assessment consumes. */
import type { Rule } from "../rules/ast.js";
import type { Clause } from "../rules/context.js";
import type { Veto } from "../vetoes/types.js";
import type { Projects } from "../projects/types.js";

/** A qualitative status that a value states and a rule requires (the verbs: rules/vocabulary.ts). */
import type { Status } from "../rules/vocabulary.js";

/** A value after normalisation. Text the loader cannot read stays text and is judged REVIEW. */
export type Value =
  | { kind: "number"; n: number }
  | { kind: "status"; statuses: Status[]; text: string }
  | { kind: "none_present"; text: string } // 无黑臭水体: nothing of the kind exists
  | { kind: "not_applicable"; text: string } // 不涉及
  // 未建立 (statuses denied), 有黑臭水体 (a thing present), 否 (whatever the row states, not met)
  | { kind: "denied"; text: string; statuses?: Status[]; present?: string }
  | { kind: "text"; text: string };

export interface Observation {
  year: number;
  value: Value;
  note?: string;
  source?: string;
}

/** Observations by year, ascending. */
export type Series = readonly Observation[];

export type Direction = "higher" | "lower";

/** A rule as written (for display) and as parsed. */
export interface RuleSpec {
  text: string;
  rule: Rule;
  note?: string;
  /** For a `by_region` standard: the attributes of the case that was chosen. */
  chosenBy?: Record<string, unknown>;
}

export interface SuperiorTarget {
  year: number;
  /** `met` / `not met` where a document states the result without a number. */
  stated?: "met" | "not_met";
  spec?: RuleSpec;
}

export interface Tolerance {
  kind: "absolute" | "relative";
  amount: number; // in the unit, or a fraction of the reference value
  text: string;
}

interface Review {
  verdict: "pass" | "fail";
  by: string;
  date?: string;
  year: number;
  note?: string;
}

/** A catalog field that a row restates differently. */
export interface Override {
  field: string;
  file: string;
  edition: string;
}

export interface Indicator {
  id: string;
  name: string;
  nameEn?: string | undefined;
  /** 领域, e.g. 目标责任 or 生态安全: the row's own, else its edition's. */
  domain?: string | undefined;
  unit: string;
  binding: boolean;
  better: Direction;
  measure: "level" | "delta";
  reference: "previous" | "first" | "base_year";
  tolerance: Tolerance;
  standard?: RuleSpec;
  /** Baseline history up to the base year, then the observed values after it. */
  baseline: Series;
  actuals: Series;
  /** Both in one series, by year (an observed value replaces a baseline one): built once, when compiled. */
  series: Series;
  nearTerm?: RuleSpec;
  longTerm?: RuleSpec;
  superior: readonly SuperiorTarget[];
  review?: Review;
  note?: string;
  /** Whether 不涉及 may be claimed: the edition says for its rows, the row itself for its own rule (never by default). */
  mayBeNotApplicable: boolean;
  /** Who said it: the edition, or the file (a reason tells the file how to say it). */
  notApplicableBy?: "edition" | "file";
  /** The built-in edition this row inherits from: its national rule and what the row overrides. */
  edition?: { name: string; standard?: RuleSpec; overrides: Override[] };
  /** Where the row starts in the file (1-based). */
  line: number;
  /** `reference_value`: the reference (全省平均水平) by year. */
  referenceValues?: Readonly<Record<number, number>>;
  /** `clauses`: what the file states of each condition, by its normalised text. */
  clauses?: Readonly<Record<string, Clause>>;
}

export interface Region {
  name: string;
  [attribute: string]: unknown;
}

export interface Plan {
  baseYear: number;
  nearTerm?: number;
  longTerm?: number;
}

export interface IndicatorFile {
  file: string;
  region: Region;
  standardEdition?: string;
  /** The catalog `standard:` names (a built-in edition or a file the user brings), for reports. */
  catalog?: { name: string; edition: string; title: string; document: string; verified: boolean; builtIn: boolean };
  plan: Plan;
  indicators: readonly Indicator[];
  /** `vetoes:`, the basic conditions (否决项) the file lists, by year. */
  vetoes?: readonly Veto[];
  /** The plan's key projects (附表1), when the file lists them. */
  projects?: Projects;
}
