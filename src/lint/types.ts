/**
 * A lint check: the plan's internal consistency on its own, without observed values. Each check is
 * a small self-describing module (as an ESLint rule): an id, a description and the message ids it
 * reports, and a function from the file to findings — message ids with data, never sentences.
 */
import type { IndicatorFile } from "../model/types.js";
import type { Message } from "../i18n/message.js";

type Severity = "error" | "warning";

export interface Position {
  line: number;
  column: number;
}

/** Where things are in the file the model came from: a row's field, a project's field. */
export interface LintLocator {
  /** `path` below the row whose id is `id`: ["near_term"], ["baseline", "2022"]. */
  row(id: string, path: ReadonlyArray<string | number>, fallbackLine: number): Position;
  /** `path` below the project whose id is `id`: ["content"], ["investment"]. */
  project(id: string, path: ReadonlyArray<string | number>, fallbackLine: number): Position;
  /** A path from the file's top: ["projects", "items", 3, "content"]. */
  path(path: ReadonlyArray<string | number>, fallbackLine: number): Position;
}

export interface LintFinding extends Position {
  check: string;
  severity: Severity;
  message: Message;
}

export interface LintCheck {
  id: string;
  /** Message id of what the check looks for. */
  description: string;
  severity: Severity;
  /** Every message id the check may report. */
  messages: readonly string[];
  run(file: IndicatorFile, at: LintLocator): LintFinding[];
}
