/** A usage or input problem: reported as one sentence, exit status 2, no stack trace. */
import type { Message } from "../rules/context.js";

export class CliError extends Error {
  constructor(readonly detail: Message) {
    super(detail.id);
    this.name = "CliError";
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
