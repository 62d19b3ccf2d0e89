/**
 * Command-line inputs → jobs: files, directories (every .yaml/.yml below), quoted globs, `-` for
 * standard input. Files are listed here and read where they are checked (a worker, for a batch).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { InputError, LoadResult } from "../load/errors.js";
import { loadIndicatorBytes } from "../load/load.js";
import type { IndicatorFile } from "../model/types.js";
import { CliError, reasonOf } from "./errors.js";
import { fifoTimeout, readStream } from "./readStream.js";

/**
 * A file to check: a path to read, or bytes already read from a stream (standard input, a pipe,
 * a FIFO, a device: read up to one byte past the size cap), or why a stream could not be read.
 */
export type Job = { name: string; path: string } | { name: string; bytes: Uint8Array; stream: true } | { name: string; error: InputError };

const YAML_FILE = /\.ya?ml$/i;

async function yamlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  // One collator for the folder: the order of localeCompare, without a collator made per comparison.
  const byName = new Intl.Collator().compare;
  const nested = await Promise.all(
    entries
      .sort((a, b) => byName(a.name, b.name))
      .map(async (e) => (e.isDirectory() ? yamlFilesIn(join(dir, e.name)) : e.isFile() && YAML_FILE.test(e.name) ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/** Standard input, read no further than one byte past the limit (the loader then refuses it). */
async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    chunks.push(buffer);
    if ((size += buffer.length) > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/** A pipe, FIFO or device named on the command line, read now: it has no size to trust, and can be read once. */
async function streamJob(name: string, maxBytes: number, env: NodeJS.ProcessEnv): Promise<Job> {
  try {
    const read = await readStream(name, maxBytes, fifoTimeout(env));
    if (read.ok) return { name, bytes: read.bytes, stream: true };
    return { name, error: { file: name, line: 1, column: 1, code: "read-timeout", message: { id: "error.fifoTimeout", data: { file: name, seconds: read.seconds } } } };
  } catch (e) {
    return { name, error: { file: name, line: 1, column: 1, code: "read-error", message: { id: "error.readFile", data: { file: name, reason: reasonOf(e) } } } };
  }
}

export async function listInputs(args: readonly string[], stdin: NodeJS.ReadableStream, maxBytes: number, stdinName = "<stdin>", env: NodeJS.ProcessEnv = process.env): Promise<Job[]> {
  if (args.length === 0) throw new CliError({ id: "error.noInput" });
  if (args.filter((a) => a === "-").length > 1) throw new CliError({ id: "error.stdinTwice" });
  const jobs: Job[] = [];
  for (const arg of args) {
    if (arg === "-") {
      jobs.push({ name: stdinName, bytes: await readStdin(stdin, maxBytes), stream: true });
      continue;
    }
    const files = await stat(arg)
      .then(async (s) => (s.isDirectory() ? yamlFilesIn(arg) : s.isFile() ? [arg] : streamJob(arg, maxBytes, env)))
      .catch(async (e: NodeJS.ErrnoException) => {
        // A quoted glob (the shell did not expand it): "regions/**/*.yaml".
        // (The glob library is loaded only then: most runs name files and folders.)
        if (e.code === "ENOENT") {
          const { glob, isDynamicPattern } = await import("tinyglobby");
          if (isDynamicPattern(arg)) return (await glob(arg, { onlyFiles: true })).sort();
        }
        throw new CliError({ id: "error.readFile", data: { file: arg, reason: reasonOf(e) } });
      });
    if (!Array.isArray(files)) {
      jobs.push(files);
      continue;
    }
    if (files.length === 0) throw new CliError({ id: "error.noYaml", data: { dir: arg } });
    jobs.push(...files.map((path) => ({ name: path, path })));
  }
  return jobs;
}

/**
 * A job's bytes, and its size. A file larger than the limit is not read (the loader refuses it
 * by its size); one that cannot be read is an input error of its own.
 */
export function readJob(job: Job, maxBytes: number): { bytes: Uint8Array; size: number } | InputError {
  if ("error" in job) return job.error;
  if ("bytes" in job) {
    // A stream has no size but what was read, and was read no further than past the cap.
    if (job.bytes.length > maxBytes) return { file: job.name, line: 1, column: 1, code: "file-too-large", message: { id: "error.tooLarge.stream", data: { max: maxBytes } } };
    return { bytes: job.bytes, size: job.bytes.length };
  }
  let fd: number | undefined;
  try {
    fd = openSync(job.path, "r");
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { bytes: new Uint8Array(), size };
    // The size is where reading starts, not where it stops: a file may have grown, or report 0 (/proc).
    let bytes = Buffer.allocUnsafe(size > 0 ? size + 1 : 4096);
    let read = 0;
    for (;;) {
      if (read === bytes.length) {
        if (read > maxBytes) break;
        const larger = Buffer.allocUnsafe(Math.min(bytes.length * 2, maxBytes + 1));
        bytes.copy(larger, 0, 0, read);
        bytes = larger;
      }
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read > maxBytes) return { file: job.name, line: 1, column: 1, code: "file-too-large", message: { id: "error.tooLarge.stream", data: { max: maxBytes } } };
    return { bytes: bytes.subarray(0, read), size: read };
  } catch (e) {
    return { file: job.name, line: 1, column: 1, code: "read-error", message: { id: "error.readFile", data: { file: job.name, reason: reasonOf(e) } } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A job read and loaded: the model, or its input errors (an unreadable file among them). */
export function loadJob(job: Job, maxBytes: number): LoadResult<IndicatorFile> & { encoding?: string } {
  const read = readJob(job, maxBytes);
  if ("code" in read) return { ok: false, errors: [read] };
  return loadIndicatorBytes(read.bytes, job.name, maxBytes, read.size);
}
