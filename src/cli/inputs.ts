/**
 * Command-line inputs → jobs: files, directories (every .yaml/.yml below), quoted globs, `-` for
 * standard input. Files are listed here and read where they are checked (a worker, for a batch).
 */
import { encodingNotices } from "../load/decode.js";
import { type Dirent, readdir as fsReaddir, readdirSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { isAbsolute, join, relative, sep } from "node:path";
import type { InputError, LoadResult } from "../load/errors.js";
import { indicatorText, loadIndicatorFile } from "../read.js";
import type { IndicatorFile } from "../model/types.js";
import type { Catalogs } from "../compile/catalogs.js";
import { CliError, reasonOf } from "./errors.js";
import { fifoTimeout, readError, readInput, type OpenInput } from "../load/readInput.js";
import type { Lang } from "../i18n/lang.js";
import { message } from "../i18n/translate.js";
import { visible } from "../report/visible.js";

// Listing inputs is a few calls: made synchronously, so a check does not load node:fs/promises
// (and the readline and stream modules it brings) at every start. A failure still rejects.
const stat = async (path: string | Buffer) => statSync(path);
const readdir = async (dir: Buffer) => readdirSync(dir, { withFileTypes: true, encoding: "buffer" });

/**
 * A file to check: a path to read, or bytes already read from a stream (standard input, a pipe,
 * a FIFO, a device: read up to one byte past the size cap), or why it cannot be read. A file
 * whose name is not UTF-8 is read by its bytes (`rawPath`), and named with them escaped.
 */
export type Job =
  | { name: string; path: string; rawPath?: Uint8Array }
  | { name: string; bytes: Uint8Array; stream: true }
  | { name: string; error: InputError };

const YAML_FILE = /\.ya?ml$/i;

const jobError = (name: string, code: string, message: InputError["message"]): Job => ({
  name,
  error: { file: name, line: 1, column: 1, code, message },
});

/** Where a folder walk has been: folders by identity, to follow each once and to name a loop. */
interface Walk {
  visited: Set<string>;
}

const identity = (s: { dev: number; ino: number }) => `${s.dev}:${s.ino}`;

/**
 * Every .yaml/.yml below a folder, in name order. A symbolic link is followed: to a file, it is
 * checked; to a folder, that folder is walked once; to a folder around it, a loop, it is named as
 * an error; a link that leads nowhere, or round in circles, is an error too.
 */
async function yamlFilesIn(dir: Buffer, walk: Walk, ancestors: readonly string[]): Promise<Job[]> {
  const entries = await readdir(dir);
  // One collator for the folder: the order of localeCompare, without a collator made per comparison.
  const byName = new Intl.Collator().compare;
  const named = entries.map((e) => ({ e, name: displayName(e.name) })).sort((a, b) => byName(a.name, b.name));
  // In name order, one after another: which of two links to one folder walks it must not be a race.
  const nested: Job[][] = [];
  for (const { e, name } of named)
    nested.push(
      await (async (): Promise<Job[]> => {
        const path = child(dir, e.name);
        if (e.isDirectory()) {
          // A folder that cannot be read is said at its place; the files beside it are still checked.
          const unreadable = (error: NodeJS.ErrnoException): Job[] => {
            const shown = displayName(path);
            return [{ name: shown, error: readError(shown, reasonOf(error)) }];
          };
          const id = identity(await stat(path));
          walk.visited.add(id);
          return yamlFilesIn(path, walk, [...ancestors, id]).catch(unreadable);
        }
        const isYaml = YAML_FILE.test(name);
        if (e.isFile()) return isYaml ? [fileJob(path)] : [];
        if (!e.isSymbolicLink()) return [];
        const target = await stat(path).catch((error: NodeJS.ErrnoException) => error);
        const shown = displayName(path);
        if (target instanceof Error) return isYaml ? [{ name: shown, error: readError(shown, reasonOf(target)) }] : [];
        if (target.isFile()) return isYaml ? [fileJob(path)] : [];
        if (!target.isDirectory()) return [];
        const id = identity(target);
        if (ancestors.includes(id))
          return [jobError(shown, "link-loop", { id: "error.linkLoop", data: { file: shown } })];
        if (walk.visited.has(id)) return [];
        walk.visited.add(id);
        return yamlFilesIn(path, walk, [...ancestors, id]).catch((error: NodeJS.ErrnoException) => [
          { name: shown, error: readError(shown, reasonOf(error)) },
        ]);
      })(),
    );
  return nested.flat();
}

const SEP = Buffer.from(sep);

/** `dir/name` as path.join writes it (no `./` in front, no doubled separator), in bytes. */
const child = (dir: Buffer, name: Buffer) =>
  dir.equals(DOT) ? name : Buffer.concat(dir.at(-1) === SEP[0] ? [dir, name] : [dir, SEP, name]);
const DOT = Buffer.from(".");

/** A file found in a folder: its name as text, and its bytes too when they are not UTF-8. */
function fileJob(path: Buffer): Job {
  const name = displayName(path);
  return isUtf8(path) ? { name, path: name } : { name, path: name, rawPath: path };
}

/** A file name as bytes → text: UTF-8 as it is, any other byte shown as \xHH. */
function displayName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString("utf8");
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const n = utf8Length(bytes, i);
    if (n > 0) {
      out += bytes.toString("utf8", i, i + n);
      i += n;
    } else out += `\\x${bytes[i++]!.toString(16).padStart(2, "0")}`;
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 (Unicode's table of well-formed sequences). */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => b[i + k] !== undefined && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const [lo, hi] = c === 0xe0 ? [0xa0, 0xbf] : c === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const [lo, hi] = c === 0xf0 ? [0x90, 0xbf] : c === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * A pipe, FIFO or device named on the command line, or standard input (its descriptor), read now
 * by the one reader: it has no size to trust, and can be read once.
 */
function streamJob(name: string, source: string | OpenInput, maxBytes: number, env: NodeJS.ProcessEnv): Job {
  const read = readInput(source, name, { maxBytes, fifoSeconds: fifoTimeout(env) });
  return read.ok ? { name, bytes: read.bytes, stream: true } : { name, error: read.error };
}

/**
 * The files a quoted glob matches, sorted, and each folder on its way that could not be read as an
 * error at its place (the glob library passes over them without a word).
 */
async function globJobs(pattern: string): Promise<Job[]> {
  const { glob } = await import("tinyglobby");
  const unreadable: Job[] = [];
  const readdir = ((
    path: string,
    options: object,
    done: (e: NodeJS.ErrnoException | null, entries?: Dirent[]) => void,
  ) =>
    fsReaddir(path, options as { withFileTypes: true }, (e, entries) => {
      if (e && e.code !== "ENOENT") {
        // Named as the pattern names it: relative to the working folder unless the pattern is absolute.
        const shown = (isAbsolute(pattern) ? path : relative(process.cwd(), path)).replace(/\/$/, "") || ".";
        unreadable.push({ name: shown, error: readError(shown, reasonOf(e)) });
      }
      done(e, entries);
    })) as typeof fsReaddir;
  const files = (await glob(pattern, { onlyFiles: true, fs: { readdir } })).sort();
  return [...files.map((path): Job => ({ name: path, path })), ...unreadable];
}

export async function listInputs(
  args: readonly string[],
  stdin: NodeJS.ReadableStream,
  maxBytes: number,
  stdinName = "<stdin>",
  env: NodeJS.ProcessEnv = process.env,
): Promise<Job[]> {
  if (args.length === 0) throw new CliError({ id: "error.noInput" });
  if (args.filter((a) => a === "-").length > 1) throw new CliError({ id: "error.stdinTwice" });
  const jobs: Job[] = [];
  for (const arg of args) {
    if (arg === "-") {
      // Read by its descriptor (process.stdin's, 0), not as a stream: the same reader as every file.
      jobs.push(streamJob(stdinName, { fd: (stdin as { fd?: number }).fd ?? 0 }, maxBytes, env));
      continue;
    }
    const files = await stat(arg)
      .then(
        async (s): Promise<Job[] | Job> =>
          s.isDirectory()
            ? yamlFilesIn(Buffer.from(join(arg, ".")), { visited: new Set([identity(s)]) }, [identity(s)])
            : s.isFile()
              ? [{ name: arg, path: arg }]
              : streamJob(arg, arg, maxBytes, env),
      )
      .catch(async (e: NodeJS.ErrnoException) => {
        // A quoted glob (the shell did not expand it): "regions/**/*.yaml".
        // (The glob library is loaded only then: most runs name files and folders.)
        if (e.code === "ENOENT") {
          const { isDynamicPattern } = await import("tinyglobby");
          if (isDynamicPattern(arg)) return globJobs(arg);
        }
        // Said at its place, as a file found in a folder that cannot be read is: the other files are still checked.
        return { name: arg, error: readError(arg, reasonOf(e)) };
      });
    if (!Array.isArray(files)) {
      jobs.push(files);
      continue;
    }
    if (files.length === 0) throw new CliError({ id: "error.noYaml", data: { dir: arg } });
    for (const f of files) jobs.push(f);
  }
  return jobs;
}

/**
 * A job's bytes, and its size. A file larger than the limit is not read (the loader refuses it
 * by its size); one that cannot be read is an input error of its own.
 */
export function readJob(job: Job, maxBytes: number): { bytes: Uint8Array; size: number } | InputError {
  if ("error" in job) return job.error;
  // A stream was read by readInput, which refused it past the cap.
  if ("bytes" in job) return { bytes: job.bytes, size: job.bytes.length };
  // A worker receives a Buffer as a plain Uint8Array.
  const read = readInput(job.rawPath ?? job.path, job.name, { maxBytes, fifoSeconds: fifoTimeout(process.env) });
  return read.ok ? { bytes: read.bytes, size: read.bytes.length } : read.error;
}

/** A job read and loaded: the model, or its input errors (an unreadable file among them). */
export function loadJob(
  job: Job,
  maxBytes: number,
  catalogs?: Catalogs,
): LoadResult<IndicatorFile> & { encoding?: string } {
  const text = jobText(job, maxBytes);
  return text.ok ? { ...loadIndicatorFile(text.value.text, job.name, catalogs), encoding: text.value.encoding } : text;
}

/** A job's text, in a function of its own: the bytes it was read as are let go before the text is compiled. */
function jobText(job: Job, maxBytes: number): LoadResult<{ text: string; encoding: string }> {
  const read = readJob(job, maxBytes);
  if ("code" in read) return { ok: false, errors: [read] };
  return indicatorText(read.bytes, job.name, maxBytes, read.size);
}

/** The notice every command gives of a file it read as GB18030 (GBK), as the check does: on standard error, in the run's language. */
export function noticeEncoding(
  loaded: { encoding?: string },
  file: string,
  lang: Lang,
  stderr: { write(text: string): unknown },
): void {
  for (const notice of encodingNotices(loaded.encoding, file))
    stderr.write(`lingling-check: ${visible(message(lang, notice))}\n`);
}
