/** What judging a rule gives: a verdict and the reason for it, as a message by id. */
import type { MessageData, Message } from "../i18n/message.js";
import type { Verdict } from "../model/verdict.js";

export interface Outcome {
  verdict: Verdict;
  message: Message;
  /** For `且` / `或` and for rules that wrap another (a superior target): each part's outcome. */
  parts?: Outcome[];
}

export function outcome(verdict: Verdict, id: string, data?: MessageData, parts?: Outcome[]): Outcome {
  // One shape for every outcome, absent fields undefined: every check of every row makes one.
  return { verdict, message: { id, data }, parts };
}
