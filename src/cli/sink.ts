/**
 * Every file the tool writes goes through here: whole or not at all (a temporary file beside
 * it, renamed into place on commit, its permissions kept), never over a user's file without
 * --force. A device or pipe (/dev/null) is written directly. Standard output streams and waits
 * when the reader is slow.
 */
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { once } from "node:events";
import { basename, dirname, join } from "node:path";
import { CliError, reasonOf } from "./errors.js";
import type { Job } from "./inputs.js";

/** Unlikely to repeat, and "wx" refuses a name that exists anyway; node:crypto would cost start-up. */
const tempSuffix = () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, "0");

/** What is at `path`, or undefined when nothing is. */
const stat = (path: string) => statSync(path, { throwIfNoEntry: false });

export interface Sink {
  /** Text, or the bytes of a binary format (xlsx). */
  write(text: string | Uint8Array): Promise<void>;
  /** The output is complete: put it in place (a binary format may first finish writing). */
  commit(): void | Promise<void>;
  /** The run failed: leave no trace. */
  discard(): void;
}

export function stdoutSink(stdout: NodeJS.WritableStream): Sink {
  return {
    async write(text) {
      if (text.length > 0 && !stdout.write(text)) await once(stdout, "drain");
    },
    commit() {},
    discard() {},
  };
}

export function fileSink(path: string): Sink {
  const existing = stat(path);
  const direct = existing !== undefined && !existing.isFile();
  const target = direct ? path : join(dirname(path), `.${basename(path)}.${process.pid}.${tempSuffix()}.tmp`);
  let fd: number;
  try {
    fd = direct ? openSync(path, "w") : openSync(target, "wx", existing ? existing.mode & 0o7777 : 0o666);
  } catch (e) {
    throw new CliError({ id: "error.writeFile", data: { file: path, reason: reasonOf(e) } });
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  let readerGone = false;
  return {
    async write(text) {
      if (readerGone) return;
      try {
        if (typeof text === "string") writeSync(fd, text);
        else writeSync(fd, text);
      } catch (e) {
        // A pipe whose reader went away (-o /dev/stdout | head): stop writing, as on standard output.
        if (direct && (e as NodeJS.ErrnoException).code === "EPIPE") readerGone = true;
        else throw e;
      }
    },
    commit() {
      close();
      if (!direct) renameSync(target, path);
    },
    discard() {
      close();
      if (!direct) unlinkSync(target);
    },
  };
}

/** Refuses an existing file unless forced; call for every output before writing any. */
export function assertWritable(path: string, force: boolean): void {
  // Only a file can be lost; a device or a pipe (-o /dev/null, a FIFO) is written without --force.
  if (!force && stat(path)?.isFile()) throw new CliError({ id: "error.exists", data: { file: path } });
}

/**
 * --force replaces a report, never a file being read: the same file however it is named (a
 * folder, a glob, another relative path, a symbolic or hard link), by its device and inode.
 */
export function assertNotAnInput(outputs: readonly string[], inputs: readonly Job[]): void {
  const identity = (path: string) => {
    const s = stat(path);
    return s?.isFile() ? `${s.dev}:${s.ino}` : undefined;
  };
  const existing = new Map(outputs.flatMap((o) => { const id = identity(o); return id ? [[id, o] as const] : []; }));
  if (existing.size === 0) return;
  for (const job of inputs) {
    const over = "path" in job ? existing.get(identity(job.path) ?? "") : undefined;
    if (over) throw new CliError({ id: "error.outputIsInput", data: { file: over } });
  }
}

/** One text written whole to `path`, or to standard output when there is no path. */
export async function emit(text: string | Uint8Array, path: string | undefined, stdout: NodeJS.WritableStream): Promise<void> {
  const sink = path === undefined ? stdoutSink(stdout) : fileSink(path);
  try {
    await sink.write(text);
    sink.commit();
  } catch (error) {
    sink.discard();
    if (error instanceof CliError) throw error;
    throw new CliError({ id: "error.writeFile", data: { file: path ?? "-", reason: reasonOf(error) } });
  }
}
