/**
 * Every file the tool writes goes through here: whole or not at all (a temporary file beside
 * it, renamed into place on commit, its permissions kept), never over a user's file without
 * --force. A device or pipe (/dev/null) is written directly. Standard output streams and waits
 * when the reader is slow.
 */
import { closeSync, existsSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { once } from "node:events";
import { basename, dirname, join } from "node:path";

/** Unlikely to repeat, and "wx" refuses a name that exists anyway; node:crypto would cost start-up. */
const tempSuffix = () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, "0");
import { CliError, reasonOf } from "./errors.js";

export interface Sink {
  write(text: string): Promise<void>;
  /** The output is complete: put it in place. */
  commit(): void;
  /** The run failed: leave no trace. */
  discard(): void;
}

export function stdoutSink(stdout: NodeJS.WritableStream): Sink {
  return {
    async write(text) {
      if (text && !stdout.write(text)) await once(stdout, "drain");
    },
    commit() {},
    discard() {},
  };
}

export function fileSink(path: string): Sink {
  const existing = (() => {
    try {
      return statSync(path);
    } catch {
      return undefined;
    }
  })();
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
        writeSync(fd, text);
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
  if (!force && existsSync(path) && statSync(path).isFile()) throw new CliError({ id: "error.exists", data: { file: path } });
}

/** One text written whole to `path`, or to standard output when there is no path. */
export async function emit(text: string, path: string | undefined, stdout: NodeJS.WritableStream): Promise<void> {
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
