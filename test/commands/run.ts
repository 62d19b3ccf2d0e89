/** Runs the built binary, as a user would (test/cli/run.ts), in English and from the repository's folder unless told otherwise. */
import { run } from "../cli/run.js";

export { BIN } from "../cli/run.js";

export function cli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  // The tests decide colour and language, whatever the machine's environment says.
  return run(args, {
    ...(options.input === undefined ? {} : { input: options.input }),
    cwd: options.cwd ?? process.cwd(),
    env: { LANG: undefined, LC_ALL: undefined, LINGLING_LANG: "en", ...options.env },
  });
}
