/**
 * Loads the bundled command line, dist/cli.cjs, with the V8 code cache that `npm run build` made
 * for it by running a check: the functions a check needs arrive compiled, which takes about a
 * third off every start (Node 20 has no compile cache of its own). A cache that does not fit
 * this Node — another version, other V8 flags — is ignored by V8 and the code is compiled as usual.
 *
 * This file is built on its own (dist/load.js) and is not part of the bundle it loads.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

export interface Cli {
  main(argv: string[]): Promise<number>;
  startWorker(): Promise<void>;
  /** The sentence for an error writing standard output. */
  stdoutError(error: unknown, argv: readonly string[]): string;
}

const BUNDLE = "cli.cjs";
export const CODE_CACHE = "cli.cjs.cache";

export function loadCli(dir = dirname(fileURLToPath(import.meta.url))): { cli: Cli; script: Script } {
  const file = join(dir, BUNDLE);
  const source = readFileSync(file, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(dir, CODE_CACHE));
  } catch {
    // No cache: compiled as usual.
  }
  // The CommonJS wrapper, on the bundle's first line so that positions in it stay as they are.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Cli };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dir);
  return { cli: module.exports, script };
}
