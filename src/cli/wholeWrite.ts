/**
 * Whole writes. write(2) may write fewer bytes than asked, and does when a disk fills up: the
 * first call writes what fits and only the next one fails with ENOSPC. Every write here loops
 * until all is written or an error says why, so a file is never left cut short.
 */
import { closeSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, type Stats, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";

/** All of `bytes` at the descriptor's position, however many calls it takes. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    // A regular file that takes nothing and says nothing: the disk is full all the same.
    if (n <= 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    done += n;
  }
}

/**
 * Replaces `target` (a path with no symbolic link left in it) by `bytes`, whole or not at all,
 * with write-file-atomic: a temporary file beside it, flushed to disk before it is renamed over
 * the old one, the old one's mode and owner kept, removed on any error and on exit by a signal.
 * Its own write is a single write(2) whose count it does not check, so it is given nothing to
 * write and the bytes go into its temporary file here, whole, when it has created it.
 */
export async function replaceFile(target: string, bytes: Uint8Array): Promise<void> {
  // Loaded when a file is written, by require: the bundle runs where import() of a package cannot.
  const writeFileAtomic = createRequire(import.meta.url)("write-file-atomic") as typeof import("write-file-atomic");
  await writeFileAtomic(target, Buffer.alloc(0), {
    fsync: true,
    tmpfileCreated(tmp) {
      const fd = openSync(tmp, "r+");
      try {
        writeAll(fd, bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
  });
}

/** The file a path names once every symbolic link is followed, whether or not it exists yet. */
export function resolveTarget(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(current);
    } catch {
      // Not there (yet): a dangling link names its target; otherwise the folder is resolved.
    }
    let link: Stats | undefined;
    try {
      link = lstatSync(current, { throwIfNoEntry: false });
    } catch {
      break; // not to be looked at (ENOTDIR, EACCES): the write that follows says why, in a sentence
    }
    if (!link?.isSymbolicLink()) break;
    current = resolve(dirname(current), readlinkSync(current));
  }
  try {
    return join(realpathSync(dirname(current)), basename(current));
  } catch {
    return current;
  }
}
