/**
 * The one way an input file's bytes are got — indicator files, catalogs, workbooks, CSV tables:
 * the same size cap, FIFO timeout, refusal of what is not a file, and the same located errors.
 *
 * A regular file is read no further than one byte past the cap, even if it grows or reports no
 * size (/proc). Inputs that are not regular files — pipes, process substitutions (`<(…)`), FIFOs,
 * devices — have no size to trust: they are read to their end, and no further than one byte past
 * the cap, so a device without end (/dev/zero) is refused at the cap. A FIFO that no program opens
 * for writing would block an ordinary open for ever; it is opened without blocking and given up on
 * after a timeout. A kind that must be a regular file (a catalog) is refused before anything is
 * read when it is not one, or when its name is not one its kind has.
 *
 * Standard input is read here too, by its descriptor, under the same cap and with the same
 * sentences as a file: a file redirected to it (`- < file`) is refused by its size before it is
 * read, a pipe (or a parent program's socket) one byte past the cap.
 *
 * Synchronous, so that compiling a file can read the catalog it names where it names it; waiting
 * for a FIFO's writer sleeps the thread (a command has nothing else to do meanwhile).
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { ref, type MessageValue } from "../i18n/message.js";
import type { InputError } from "./errors.js";

export interface ReadLimits {
  /** The size cap in bytes. */
  maxBytes: number;
  /** Seconds to wait for a writer to a FIFO. */
  fifoSeconds: number;
  /**
   * Only a regular file whose name (and, through a link, whose target's name) matches is read;
   * anything else is refused with a sentence before it is opened. `kind` names the input in it.
   */
  regular?: { name: RegExp; kind: "catalog" };
}

export type InputRead = { ok: true; bytes: Uint8Array } | { ok: false; error: InputError };

/** Seconds to wait for a writer to a FIFO: LINGLING_FIFO_TIMEOUT, or 10. */
export function fifoTimeout(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.LINGLING_FIFO_TIMEOUT);
  return env.LINGLING_FIFO_TIMEOUT !== undefined &&
    env.LINGLING_FIFO_TIMEOUT.trim() !== "" &&
    Number.isFinite(seconds) &&
    seconds >= 0
    ? seconds
    : 10;
}

const KNOWN_ERRNO = new Set([
  "ENOENT",
  "EACCES",
  "EPERM",
  "EISDIR",
  "ENOTDIR",
  "ENOSPC",
  "EROFS",
  "EEXIST",
  "ELOOP",
  "ENAMETOOLONG",
  "EMFILE",
  "ENFILE",
  "EIO",
  "ENXIO",
  "ENODEV",
  "EBUSY",
  "EFBIG",
  "ENOMEM",
  "EINVAL",
  "ETIMEDOUT",
  "ESTALE",
  "ERR_OUT_OF_RANGE",
  "ERR_FS_FILE_TOO_LARGE",
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

const CHUNK = 64 * 1024;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const pause = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** An input open already, read here but not opened or closed: standard input. */
export interface OpenInput {
  fd: number;
}

/** An input that could not be read, as every command says it: at the file's first place, with the reason in our words. */
export function readError(shown: string, reason: MessageValue): InputError {
  return {
    file: shown,
    line: 1,
    column: 1,
    code: "read-error",
    message: { id: "error.readFile", data: { file: shown, reason } },
  };
}

/** `path`'s bytes, or why they are not read: `shown` is the name errors are located at. */
export function readInput(path: string | Uint8Array | OpenInput, shown: string, limits: ReadLimits): InputRead {
  const fail = (code: string, id: string, data: Record<string, MessageValue | number | undefined>): InputRead => ({
    ok: false,
    error: { file: shown, line: 1, column: 1, code, message: { id, data } },
  });
  const open = typeof path === "string" || path instanceof Uint8Array ? undefined : path;
  const target = typeof path === "string" ? path : Buffer.from(open ? [] : (path as Uint8Array));
  let stats: Stats;
  try {
    stats = open ? fstatSync(open.fd) : statSync(target);
  } catch (e) {
    return { ok: false, error: readError(shown, reasonOf(e)) };
  }
  if (stats.isDirectory()) return { ok: false, error: readError(shown, ref("errno.EISDIR")) };
  if (limits.regular && !open) {
    const { name, kind } = limits.regular;
    const real = (() => {
      try {
        return realpathSync(target);
      } catch {
        return String(target);
      }
    })();
    if (!stats.isFile()) return fail("not-regular", `error.input.notRegular.${kind}`, { file: shown });
    if (!name.test(String(target)) || !name.test(real))
      return fail("wrong-kind", `error.input.name.${kind}`, { file: shown });
  }
  // Named, a socket is no input; standard input may be one (a parent program's socket pair).
  if (stats.isSocket() && !open) return fail("not-regular", "error.input.socket", { file: shown });
  if (stats.isFile() && stats.size > limits.maxBytes)
    return fail("file-too-large", "error.tooLarge", { size: stats.size, max: limits.maxBytes });
  let read: { bytes: Uint8Array } | { timeout: true };
  try {
    read = open
      ? readToCap(open.fd, stats.size, limits, false)
      : readCapped(target, limits, stats.isFIFO() && isNamedFifo(target), stats);
  } catch (e) {
    return { ok: false, error: readError(shown, reasonOf(e)) };
  }
  if ("timeout" in read) return fail("read-timeout", "error.fifoTimeout", { file: shown, seconds: limits.fifoSeconds });
  if (read.bytes.length > limits.maxBytes)
    return fail("file-too-large", "error.tooLarge.stream", { max: limits.maxBytes });
  return { ok: true, bytes: read.bytes };
}

/**
 * A FIFO with a name, which a writer may open later. A pipe reached through /dev/fd (a process
 * substitution, /dev/stdin) is not: its writer is there from the start, so an end read is its end.
 */
function isNamedFifo(path: string | Buffer): boolean {
  try {
    return statSync(realpathSync(path)).isFIFO();
  } catch {
    return false;
  }
}

/** Opens `path` and reads it to its end or to `maxBytes + 1` bytes; throws what open and read throw, but EAGAIN. */
function readCapped(
  path: string | Buffer,
  limits: ReadLimits,
  waitForWriter: boolean,
  looked: Stats,
): { bytes: Uint8Array } | { timeout: true } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = fstatSync(fd);
    // Replaced between the look and the open: what was looked at is not what would be read.
    if (opened.dev !== looked.dev || opened.ino !== looked.ino)
      throw Object.assign(new Error("changed"), { code: "ESTALE" });
    return readToCap(fd, opened.size, limits, waitForWriter);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an open `fd` to its end or to `maxBytes + 1` bytes. A regular file's `size` is where
 * reading starts, not where it stops: it may have grown, or report 0 (/proc).
 */
function readToCap(
  fd: number,
  size: number,
  limits: ReadLimits,
  waitForWriter: boolean,
): { bytes: Uint8Array } | { timeout: true } {
  const { maxBytes, fifoSeconds } = limits;
  const chunks: Buffer[] = [];
  let total = 0;
  // A FIFO opened without blocking reads as ended (0 bytes) until a writer has opened it.
  let writerSeen = false;
  const started = Date.now();
  let idle = 0;
  while (total <= maxBytes) {
    const buffer = Buffer.allocUnsafe(Math.min(Math.max(CHUNK, size + 1 - total), maxBytes + 1 - total));
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      // A writer is there and has nothing more yet: wait a little longer each time, up to 20 ms.
      writerSeen = true;
      pause(Math.min(20, ++idle));
      continue;
    }
    idle = 0;
    if (n === 0) {
      if (writerSeen || !waitForWriter) break;
      if (Date.now() - started >= fifoSeconds * 1000) return { timeout: true };
      pause(10);
      continue;
    }
    writerSeen = true;
    chunks.push(buffer.subarray(0, n));
    total += n;
  }
  // Most files are read in one chunk, which need not be copied.
  return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
}
