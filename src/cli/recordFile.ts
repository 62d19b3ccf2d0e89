/**
 * The file `record` edits: a regular file on disk with one name, read under the loader's size cap,
 * and locked while it is read, checked and written, so two records on one file take turns and
 * the second sees the first one's values.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, type BigIntStats, type Stats } from "node:fs";
import { createRequire } from "node:module";
import { DEFAULT_MAX_BYTES } from "../read.js";
import { readError } from "../load/readInput.js";
import { CliError, InputFileError, reasonOf } from "./errors.js";

/** What a record may not write into, by what the file is. */
function refuse(stats: Stats, file: string, max: number): void {
  if (!stats.isFile()) throw new CliError({ id: "error.record.notRegular", data: { file } });
  // Replaced whole by a rename, a hard-linked file would lose its other names' share of the edit.
  if (stats.nlink > 1) throw new CliError({ id: "error.hardLinked", data: { file, links: stats.nlink } });
  if (stats.size > max) throw new CliError({ id: "error.record.tooLarge", data: { file, size: stats.size, max } });
}

/** Refuses, before anything is locked, a file record cannot edit. */
export function fileToRecord(target: string, file: string, max = DEFAULT_MAX_BYTES): void {
  let stats: Stats;
  try {
    stats = statSync(target);
  } catch (e) {
    throw new InputFileError(readError(file, reasonOf(e)));
  }
  refuse(stats, file, max);
}

/** What identifies the file's content as read: a rename or a write since changes one of these. */
export interface Stamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

const stampOf = (s: BigIntStats): Stamp => ({ dev: s.dev, ino: s.ino, size: s.size, mtimeNs: s.mtimeNs });

/**
 * Refuses to replace a file that changed since it was read (another program wrote it, or a record
 * that took over a lock it thought abandoned): the last look before the rename, so that no run
 * reports a value as recorded that another write then loses.
 */
export function assertUnchanged(target: string, file: string, read: Stamp): void {
  let now: Stamp;
  try {
    now = stampOf(statSync(target, { bigint: true }));
  } catch (e) {
    throw new InputFileError(readError(file, reasonOf(e)));
  }
  if (now.dev !== read.dev || now.ino !== read.ino || now.size !== read.size || now.mtimeNs !== read.mtimeNs)
    throw new CliError({ id: "error.record.changedMeanwhile", data: { file } });
}

/** The file's bytes, read no further than the cap even if it grows while being read, and its stamp. */
export function readFileToRecord(
  target: string,
  file: string,
  max = DEFAULT_MAX_BYTES,
): { bytes: Buffer; stamp: Stamp } {
  let fd: number;
  try {
    fd = openSync(target, "r");
  } catch (e) {
    throw new InputFileError(readError(file, reasonOf(e)));
  }
  try {
    const stats = fstatSync(fd);
    refuse(stats, file, max);
    const stamp = stampOf(fstatSync(fd, { bigint: true }));
    const buffer = Buffer.alloc(Math.min(stats.size, max) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > max) throw new CliError({ id: "error.record.tooLarge", data: { file, size: length, max } });
    return { bytes: buffer.subarray(0, length), stamp };
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new InputFileError(readError(file, reasonOf(e)));
  } finally {
    closeSync(fd);
  }
}

/**
 * A lock taken over when its holder stopped renewing it this long ago (a killed run). A live
 * record renews it every few seconds, but cannot while it computes (a 10 MB file) or is paused
 * (Ctrl-Z): so the time is long, and the file is compared with what was read before it is
 * replaced (assertUnchanged) in case a lock was taken over all the same.
 */
const STALE_MS = 60_000;
/** Waiting for another record: about ten seconds, in short steps at first. */
const RETRIES = { retries: 45, factor: 1.3, minTimeout: 20, maxTimeout: 250, randomize: true };

/**
 * Runs `work` holding `target`'s lock (proper-lockfile: a `.lock` folder beside it). `held`
 * says whether the lock is still ours: a write must not follow a lock lost on the way.
 */
export async function whileLocked<T>(target: string, file: string, work: (held: () => void) => Promise<T>): Promise<T> {
  // Loaded by require: the bundle runs where import() of a package cannot.
  const { lock } = createRequire(import.meta.url)("proper-lockfile") as typeof import("proper-lockfile");
  let lost = false;
  const attempt = (retries: typeof RETRIES | 0) =>
    lock(target, { realpath: false, stale: STALE_MS, update: 5_000, retries, onCompromised: () => (lost = true) });
  // Tried again only while another record holds it: proper-lockfile retries whatever failed, and a
  // folder that refuses the lock (/proc) refuses it every time.
  const release = await attempt(0)
    .catch((e: NodeJS.ErrnoException) => (e.code === "ELOCKED" ? attempt(RETRIES) : Promise.reject(e)))
    .catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ELOCKED") throw new CliError({ id: "error.record.locked", data: { file } });
      throw new CliError({ id: "error.record.lockFailed", data: { file, reason: reasonOf(e) } });
    });
  try {
    return await work(() => {
      if (lost) throw new CliError({ id: "error.record.locked", data: { file } });
    });
  } finally {
    await release().catch(() => {});
  }
}
