/** A usage or input problem: reported as one sentence, exit status 2, no stack trace. */
import type { Message } from "../i18n/message.js";
import type { InputError } from "../load/errors.js";

export class CliError extends Error {
  constructor(readonly detail: Message) {
    super(detail.id);
    this.name = "CliError";
  }
}

/** An input that could not be read: reported at its place (file:1:1), as a check reports input errors. */
export class InputFileError extends CliError {
  constructor(readonly error: InputError) {
    super(error.message);
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

// Why a file could not be read or written lives with the reader of every input.
export { reasonOf } from "../load/readInput.js";
