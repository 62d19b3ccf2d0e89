/** What the checks of the key projects produce: the input of every report's projects section. */
import type { Path } from "../load/positions.js";
import type { Message } from "../i18n/message.js";
import type { Project, ProjectKind, ProjectStatus } from "./types.js";

export const FINDING_CODES = [
  "total-mismatch",
  "content-amount",
  "duplicate-content",
  "similar-content",
  "overdue",
  "late",
  "lagging",
  "overspent",
] as const;
type FindingCode = (typeof FINDING_CODES)[number];

/** One thing a check found: always a warning, never a verdict on the indicators. */
export interface ProjectFinding {
  code: FindingCode;
  message: Message;
  /** The project it is about (none for the stated total). */
  projectId?: string;
  /** Where it is in the file: the path of the field, and its line. */
  path: Path;
  line: number;
}

export interface Subtotal {
  key: string;
  count: number;
  investment: number;
}

export interface PlanConsistency {
  statedTotal?: number;
  sum: number;
  /** Whether the stated 合计 is the sum of the columns (absent when the file states none). */
  totalAgrees?: boolean;
  byDomain: Subtotal[];
  byTask: Subtotal[];
  findings: ProjectFinding[];
  /**
   * Where the search for nearly the same contents reached its limit of work: the contents from the
   * `searched`th on (of `contents`) were matched with identical earlier ones only.
   */
  nearSearch?: { searched: number; contents: number };
}

/** A project as the year finds it. */
export interface ProjectCheck {
  project: Project;
  /** The latest status and cumulative investment stated at or before the year. */
  status?: ProjectStatus;
  invested?: number;
  /** invested ÷ investment, and the share of the period elapsed by the year's end (0–1). */
  investedShare?: number;
  elapsedShare?: number;
  findings: ProjectFinding[];
  verdict: "PASS" | "WARN";
}

export interface Group {
  key: string;
  count: number;
  investment: number;
  /** Cumulative invested at the year, where stated. */
  invested: number;
  completed: number;
}

export interface ProjectsSummary {
  byDomain: Group[];
  byKind: Array<Group & { key: ProjectKind | "" }>;
  /** A project with several lead units counts under each. */
  byLead: Group[];
  total: Group;
}

export interface ProjectsResult {
  /** The year schedule and pace are judged in: the assessed year, else the latest with progress; none when no project has progress. */
  year?: number;
  margin: number;
  marginSource: "default" | "file" | "option";
  consistency: PlanConsistency;
  items: ProjectCheck[];
  summary: ProjectsSummary;
  /** WARN when any check found something. */
  verdict: "PASS" | "WARN";
  /** `--fail-on projects`: the findings make the file fail. */
  decides: boolean;
}
