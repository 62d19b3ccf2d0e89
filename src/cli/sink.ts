/**
 * Every file the tool writes goes through here: whole or not at all, never over a user's file
 * without --force. A report streams into a temporary file beside its target, part by part (a
 * batch's report is never held whole in memory), and on commit is flushed to disk and renamed
 * into place with the old file's mode and owner. A device or pipe (/dev/null) is written
 * directly. Standard output streams and waits when the reader is slow.
 *
 * Not write-file-atomic, which record uses: it takes the whole text at once. This follows its
 * steps (the target a symbolic link points to, a temp file beside it, fsync before the rename,
 * mode and owner kept, the temp file removed on any error, on exit and on SIGINT/SIGTERM), with
 * writes that loop until every byte is written, as its single write(2) does not.
 */
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  mkdirSync,
  fstatSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  type Stats,
} from "node:fs";
import { once } from "node:events";
import { basename, dirname, join, resolve } from "node:path";
import { fifoTimeout } from "../load/readInput.js";
import { CliError, reasonOf } from "./errors.js";
import type { Job } from "./inputs.js";
import { resolveTarget, writeAll } from "./wholeWrite.js";
import { onTerminal } from "../report/visible.js";

/** Unlikely to repeat, and "wx" refuses a name that exists anyway; node:crypto would cost start-up. */
const tempSuffix = () =>
  Math.floor(Math.random() * 2 ** 32)
    .toString(16)
    .padStart(8, "0");

/** What is at `path`, or undefined when nothing is. */
const stat = (path: string) => {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    // A path that cannot be looked at (a file used as a folder, a loop, no permission): a sentence.
    throw new CliError({ id: "error.writeFile", data: { file: path, reason: reasonOf(e) } });
  }
};

/** Temporary files not yet renamed into place: removed however the run ends short of that. */
const temporary = new Set<string>();
let guarded = false;

function remove(path: string): void {
  temporary.delete(path);
  try {
    unlinkSync(path);
  } catch {
    // Gone already.
  }
}

const removeTemporary = () => temporary.forEach(remove);

/** On exit, and on Ctrl-C or a kill: no temporary file is left; a signal exits 128 + its number. */
function guard(): void {
  if (guarded) return;
  guarded = true;
  process.on("exit", removeTemporary);
  for (const [signal, status] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const) {
    process.on(signal, () => {
      removeTemporary();
      process.exit(status);
    });
  }
}

export interface Sink {
  /** Text, or the bytes of a binary format (xlsx). */
  write(text: string | Uint8Array): Promise<void>;
  /** The output is complete: put it in place (a binary format may first finish writing). */
  commit(): void | Promise<void>;
  /** The run failed: leave no trace. */
  discard(): void;
}

/** Formats whose text is JSON: on a terminal, what would act on it is escaped as JSON escapes it. */
const JSON_FORMATS = new Set(["json", "sarif", "gitlab"]);

/**
 * Standard output. On a terminal, a machine format's text (`format`, any but the table, which
 * shows file text visibly itself and colours its own) has what would act on the terminal escaped.
 */
export function stdoutSink(stdout: NodeJS.WritableStream & { isTTY?: boolean }, format?: string): Sink {
  const guard = stdout.isTTY === true && format !== undefined && format !== "table";
  const json = format !== undefined && JSON_FORMATS.has(format);
  return {
    async write(chunk) {
      const text = guard
        ? onTerminal(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"), json)
        : chunk;
      if (text.length > 0 && !stdout.write(text)) await once(stdout, "drain");
    },
    commit() {},
    discard() {},
  };
}

const outputName = (path: string) => {
  if (path === "") throw new CliError({ id: "error.outputEmpty" });
  // `-o reports/` or `-o reports/.` names a folder: never a file called reports, nor a folder made for nothing.
  if (/[\\/]$|(^|[\\/])\.\.?$/.test(path)) throw new CliError({ id: "error.outputFolder", data: { file: path } });
};

/** Why `path` could not be written: the old file, if there is one, is still there as it was. */
const writeError = (path: string, existed: boolean, e: unknown) =>
  e instanceof CliError
    ? e
    : new CliError({ id: existed ? "error.notWritten" : "error.writeFile", data: { file: path, reason: reasonOf(e) } });

/**
 * The folders on the way to `dir` that are not there yet, made one at a time from the top, and a
 * sentence (naming `shown`) where one cannot be. Not mkdirSync's `recursive`: under /proc it turns
 * forever (Node 20), making a folder the file system refuses and finding its parent there.
 */
export function makeFolders(dir: string, shown: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); stat(at) === undefined; at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (e) {
      throw writeError(shown, false, e);
    }
  }
}

export function fileSink(path: string): Sink {
  outputName(path);
  const existing = stat(path);
  // A report's folder that is not there yet is made (reports/ in a fresh checkout), as ESLint's -o does.
  if (existing === undefined) makeFolders(dirname(path), path);
  if (existing !== undefined && !existing.isFile()) return deviceSink(path, existing.isFIFO());
  if (existing && existing.nlink > 1)
    throw new CliError({ id: "error.hardLinked", data: { file: path, links: existing.nlink } });
  // Written where a symbolic link points, so the link stays a link.
  const target = resolveTarget(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${tempSuffix()}.tmp`);
  const mode = existing ? existing.mode & 0o7777 : 0o666;
  const make = () => {
    try {
      return openSync(temp, "wx", mode);
    } catch (e) {
      throw writeError(path, existing !== undefined, e);
    }
  };
  // Whether the temporary file can be made is known now, before any input is read; it is made for
  // good only when the first text comes. Until then there is nothing to remove, so no signal handler
  // is set, and Ctrl-C stops a run that is reading and judging a large file at once (a handler runs
  // only between tasks, after that work).
  closeSync(make());
  remove(temp);
  let fd: number | undefined;
  let done = false;
  const opened = () => {
    if (fd === undefined) {
      fd = make();
      guard();
      temporary.add(temp);
    }
    return fd;
  };
  const discard = () => {
    done = true;
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    if (temporary.has(temp)) remove(temp);
  };
  const failed = (e: unknown) => {
    discard();
    return writeError(path, existing !== undefined, e);
  };
  return {
    async write(text) {
      if (done) return;
      const to = opened();
      try {
        writeAll(to, typeof text === "string" ? Buffer.from(text, "utf8") : text);
      } catch (e) {
        throw failed(e);
      }
    },
    commit() {
      if (done) return;
      const to = opened();
      try {
        if (existing) {
          // The new file is the old one's: its mode (which the umask cut at open) and its owner.
          fchmodSync(to, existing.mode & 0o7777);
          try {
            fchownSync(to, existing.uid, existing.gid);
          } catch (e) {
            // Only root may give a file away; anyone else keeps the file as their own.
            if (process.getuid?.() === 0) throw e;
          }
        }
        fsyncSync(to);
        closeSync(to);
        fd = undefined;
        done = true;
        renameSync(temp, target);
        temporary.delete(temp);
      } catch (e) {
        throw failed(e);
      }
    },
    discard,
  };
}

/**
 * A FIFO opened for writing once a program reads it: opening it waits for a reader, and none may
 * come. It is tried without waiting, again every 50 ms, for as long as LINGLING_FIFO_TIMEOUT says
 * (10 s), then given up with a sentence; once a reader is there it is opened as usual (at once).
 */
function openFifo(path: string): number {
  const deadline = Date.now() + fifoTimeout(process.env) * 1000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      const probe = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
      try {
        return openSync(path, "w");
      } finally {
        closeSync(probe);
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENXIO") throw e;
      if (Date.now() >= deadline)
        throw new CliError({ id: "error.fifoNoReader", data: { file: path, seconds: fifoTimeout(process.env) } });
      Atomics.wait(pause, 0, 0, 50);
    }
  }
}

/** A device or a pipe (/dev/null, /dev/stdout, a FIFO): written directly, as it comes. */
function deviceSink(path: string, fifo: boolean): Sink {
  let fd: number | undefined;
  try {
    fd = fifo ? openFifo(path) : openSync(path, "w");
  } catch (e) {
    throw writeError(path, false, e);
  }
  let readerGone = false;
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    async write(text) {
      if (readerGone || fd === undefined) return;
      try {
        writeAll(fd, typeof text === "string" ? Buffer.from(text, "utf8") : text);
      } catch (e) {
        // A pipe whose reader went away (-o /dev/stdout | head): stop writing, as on standard output.
        if ((e as NodeJS.ErrnoException).code === "EPIPE") readerGone = true;
        else {
          close();
          throw writeError(path, false, e);
        }
      }
    },
    commit: close,
    discard: close,
  };
}

const fileId = (s: Stats | undefined) => (s?.isFile() ? `${s.dev}:${s.ino}` : undefined);

/** An output, one file however it is named: by device and inode where it exists, else where its name leads. */
const identity = (path: string): string | undefined => {
  const s = stat(path);
  return s ? fileId(s) : resolveTarget(path);
};

/** An input: the file it is (a path, or standard input redirected from one: `- < a.yaml`), if it is one. */
function inputIdentity(job: Job): string | undefined {
  try {
    return "path" in job
      ? fileId(statSync(job.path, { throwIfNoEntry: false }))
      : "stream" in job
        ? fileId(fstatSync(0))
        : undefined;
  } catch {
    return undefined; // not to be read either: its reader says why
  }
}

/**
 * Every command that writes files calls this with its outputs and its inputs before it writes any:
 * each output is named and is its own file; no output is one of the inputs, --force or not (a
 * report, a template, an import never replaces what it was made from), however either is named
 * (another relative path, a folder or a glob, a symbolic or hard link, standard input redirected
 * from it); and an existing file is replaced only with --force (a device or a pipe, such as
 * /dev/null, is written without it).
 */
export function checkOutputs(outputs: readonly string[], inputs: readonly Job[], force: boolean): void {
  outputs.forEach(outputName);
  const named = new Map<string, string>();
  for (const output of outputs) {
    const id = identity(output);
    if (id === undefined) continue;
    const other = named.get(id);
    if (other !== undefined) throw new CliError({ id: "error.outputSame", data: { file: other, other: output } });
    named.set(id, output);
  }
  if (named.size > 0) {
    for (const job of inputs) {
      const id = inputIdentity(job);
      const output = id === undefined ? undefined : named.get(id);
      if (output !== undefined)
        throw new CliError({ id: "error.outputIsInput", data: { file: output, input: job.name } });
    }
  }
  if (!force)
    for (const output of outputs)
      if (stat(output)?.isFile()) throw new CliError({ id: "error.exists", data: { file: output } });
}

/**
 * A text (or a workbook's bytes, or a report's pieces as they are made) written whole to `path`, or
 * to standard output when there is no path (a machine `format` guarded there as {@link stdoutSink}
 * guards it). A file is put in place only if `whole()` still holds once every piece is written.
 */
export async function emit(
  content: string | Uint8Array | Iterable<string>,
  path: string | undefined,
  stdout: NodeJS.WritableStream,
  format?: string,
  whole: () => boolean = () => true,
): Promise<void> {
  const sink = path === undefined ? stdoutSink(stdout, format) : fileSink(path);
  try {
    for (const piece of typeof content === "string" || content instanceof Uint8Array ? [content] : content)
      await sink.write(piece);
    if (whole()) await sink.commit();
    else sink.discard();
  } catch (error) {
    sink.discard();
    if (error instanceof CliError) throw error;
    throw new CliError({ id: "error.writeFile", data: { file: path ?? "-", reason: reasonOf(error) } });
  }
}
