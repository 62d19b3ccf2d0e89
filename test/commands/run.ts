/** Runs the built binary, as a user would. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/lingling-check.js", import.meta.url));

export function cli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  // The tests decide colour and language, whatever the machine's environment says.
  const { FORCE_COLOR: _force, LANG: _lang, LC_ALL: _all, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    input: options.input,
    cwd: options.cwd,
    env: { ...env, NO_COLOR: "1", LINGLING_LANG: "en", ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
