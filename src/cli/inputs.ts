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

/** A file to check: a path to read, or bytes already read (standard input). */
export type Job = { name: string; path: string } | { name: string; bytes: Uint8Array };

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

export async function listInputs(args: readonly string[], stdin: NodeJS.ReadableStream, maxBytes: number, stdinName = "<stdin>"): Promise<Job[]> {
  if (args.length === 0) throw new CliError({ id: "error.noInput" });
  if (args.filter((a) => a === "-").length > 1) throw new CliError({ id: "error.stdinTwice" });
  const jobs: Job[] = [];
  for (const arg of args) {
    if (arg === "-") {
      jobs.push({ name: stdinName, bytes: await readStdin(stdin, maxBytes) });
      continue;
    }
    const files = await stat(arg)
      .then(async (s) => (s.isDirectory() ? yamlFilesIn(arg) : [arg]))
      .catch(async (e: NodeJS.ErrnoException) => {
        // A quoted glob (the shell did not expand it): "regions/**/*.yaml".
        // (The glob library is loaded only then: most runs name files and folders.)
        if (e.code === "ENOENT") {
          const { glob, isDynamicPattern } = await import("tinyglobby");
          if (isDynamicPattern(arg)) return (await glob(arg, { onlyFiles: true })).sort();
        }
        throw new CliError({ id: "error.readFile", data: { file: arg, reason: reasonOf(e) } });
      });
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
  if ("bytes" in job) return { bytes: job.bytes, size: job.bytes.length };
  let fd: number | undefined;
  try {
    fd = openSync(job.path, "r");
    const size = fstatSync(fd).size;
    if (size > maxBytes) return { bytes: new Uint8Array(), size };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
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
