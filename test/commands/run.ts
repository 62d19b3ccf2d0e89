/** Runs the built binary, as a user would: in this process where it reads no standard input (test/cli/inProcess.ts). */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runInProcess } from "../cli/inProcess.js";

export const BIN = fileURLToPath(new URL("../../bin/lingling-check.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function cli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}) {
  // The tests decide colour and language, whatever the machine's environment says.
  const { FORCE_COLOR: _force, LANG: _lang, LC_ALL: _all, ...parent } = process.env;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...parent, NO_COLOR: "1", LINGLING_LANG: "en", ...options.env }))
    if (value !== undefined) env[key] = value;
  if (options.input === undefined && !args.includes("-"))
    return runInProcess(ROOT, args, env, options.cwd ?? process.cwd(), 120_000);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    input: options.input,
    cwd: options.cwd,
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
