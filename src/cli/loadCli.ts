/**
 * Loads the bundled command line, dist/cli.cjs, with the V8 code cache that `npm run build` made
 * for it by running a check: the functions a check needs arrive compiled, which takes about a
 * third off every start (Node 20 has no compile cache of its own). A cache that does not fit
 * this Node — another version, other V8 flags — is ignored by V8 and the code is compiled as usual.
 * V8 checks the source only by its length, so the cache is also keyed to the bundle's content: the
 * build stores the bundle's checksum beside the cache, and a cache whose checksum differs (the
 * bundle was edited, or rebuilt without it) is not used. CRC-32 (native in node:zlib) is what
 * detecting an edit needs and costs 0.15 ms on the 380 KB bundle; loading node:crypto for a
 * SHA-256 would cost about 2 ms more of every start. A Node without zlib.crc32 (before 20.15)
 * uses SHA-256, and a key made by the other kind never matches, so the cache is then skipped.
 *
 * This file is built on its own (dist/load.js) and is not part of the bundle it loads.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import * as zlib from "node:zlib";

export interface Cli {
  main(argv: string[]): Promise<number>;
  startWorker(): Promise<void>;
  /** The sentence for an error writing standard output. */
  stdoutError(error: unknown, argv: readonly string[]): string;
}

const BUNDLE = "cli.cjs";
export const CODE_CACHE = "cli.cjs.cache";
/** The checksum of the bundle the cache was made from, beside it. */
export const CODE_CACHE_KEY = "cli.cjs.cache.key";

/** The content key of a bundle: `crc32:…`, or `sha256:…` where zlib has no crc32. */
export function bundleHash(bytes: Buffer): string {
  const { crc32 } = zlib as { crc32?: (data: Buffer) => number };
  if (crc32) return `crc32:${crc32(bytes).toString(16)}`;
  const { createHash } = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

export function loadCli(dir = dirname(fileURLToPath(import.meta.url))): { cli: Cli; script: Script } {
  const file = join(dir, BUNDLE);
  const bytes = readFileSync(file);
  const source = bytes.toString("utf8");
  let cachedData: Buffer | undefined;
  try {
    const key = readFileSync(join(dir, CODE_CACHE_KEY), "utf8").trim();
    if (key === bundleHash(bytes)) cachedData = readFileSync(join(dir, CODE_CACHE));
  } catch {
    // No cache, or no key for it: compiled as usual.
  }
  // The CommonJS wrapper, on the bundle's first line so that positions in it stay as they are.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Cli };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dir);
  return { cli: module.exports, script };
}
