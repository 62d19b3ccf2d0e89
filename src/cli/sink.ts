/**
 * Where one format's output goes. Standard output streams (and waits when the reader is slow);
 * a file is written to a temporary file beside it and renamed into place only when the run
 * commits, so it is written whole or not at all. A device or pipe (/dev/null) is written directly.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { once } from "node:events";
import { basename, dirname, join } from "node:path";
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
  const target = direct ? path : join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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
  return {
    async write(text) {
      writeSync(fd, text);
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
