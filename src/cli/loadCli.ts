/**
 * Loads the bundled command line, dist/cli.cjs, with the V8 code cache that `npm run build` made
 * for it by running a check: the functions a check needs arrive compiled, which takes about a
 * third off every start (Node 20 has no compile cache of its own). A cache that does not fit
 * this Node — another version, other V8 flags — is ignored by V8 and the code is compiled as usual.
 * V8 checks the source only by its length, so the cache is also keyed to the bundle's content: the
 * build stores the bundle's hash beside the cache, and a cache whose hash differs (the bundle was
 * edited or rebuilt without it) is not used. Hashing the bundle costs about a millisecond.
 *
 * This file is built on its own (dist/load.js) and is not part of the bundle it loads.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

export interface Cli {
  main(argv: string[]): Promise<number>;
  startWorker(): Promise<void>;
}

const BUNDLE = "cli.cjs";
export const CODE_CACHE = "cli.cjs.cache";
/** The hash of the bundle the cache was made from, beside it. */
export const CODE_CACHE_KEY = "cli.cjs.cache.sha256";

/** The content key of a bundle. */
export const bundleHash = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

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
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Cli };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dir);
  return { cli: module.exports, script };
}
