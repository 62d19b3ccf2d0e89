/** A usage or input problem: reported as one sentence, exit status 2, no stack trace. */
import { ref, type Message } from "../rules/context.js";

export class CliError extends Error {
  constructor(readonly detail: Message) {
    super(detail.id);
    this.name = "CliError";
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const KNOWN_ERRNO = ["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENOSPC", "EROFS", "EEXIST"];

/** Why a file could not be read or written, in words: a message reference where the code is known. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code && KNOWN_ERRNO.includes(code)) return ref(`errno.${code}`);
  return code ?? (error as Error).message;
}
