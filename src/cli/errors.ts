/** A usage or input problem: reported as one sentence, exit status 2, no stack trace. */
import { ref, type Message, type MessageValue } from "../i18n/message.js";

export class CliError extends Error {
  constructor(readonly detail: Message) {
    super(detail.id);
    this.name = "CliError";
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const KNOWN_ERRNO = new Set([
  "ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENOSPC", "EROFS", "EEXIST",
  "ELOOP", "ENAMETOOLONG", "EMFILE", "ENFILE", "EIO", "ENXIO", "ENODEV", "EBUSY", "EFBIG", "ENOMEM", "EINVAL", "ETIMEDOUT", "ESTALE",
  "ERR_OUT_OF_RANGE", "ERR_FS_FILE_TOO_LARGE",
]);

/**
 * Why a file could not be read or written, in words: a message reference for every code a user
 * meets; any other code is named inside a sentence, never left bare.
 */
export function reasonOf(error: unknown): MessageValue {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && KNOWN_ERRNO.has(code)) return ref(`errno.${code}`);
  if (code) return ref("errno.other", code);
  return (error as Error | undefined)?.message ?? String(error);
}
