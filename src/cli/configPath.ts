/**
 * Which project config a run uses (src/cli/config.ts reads it): a few stat calls, so every run can
 * ask without loading the config's schema; that is loaded only where a config is found or named.
 */
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CliError } from "./errors.js";

const CONFIG_NAME = "lingling.config.yaml";

/**
 * The nearest `lingling.config.yaml` at or above `from`, or none. A folder the user may not look
 * into (a parent of mode 700 owned by another) holds none that can be read: the search goes on above it.
 */
function findConfig(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_NAME);
    if (isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Which config a run uses: `--no-config` none, `--config FILE` that one, else the nearest above the working folder. */
export function configOf(argv: readonly string[], cwd: string): { path: string; named: boolean } | undefined {
  const end = argv.indexOf("--");
  const args = end < 0 ? argv : argv.slice(0, end);
  if (args.includes("--no-config")) return undefined;
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i]!;
    const named = a === "--config" ? args[i + 1] : a.startsWith("--config=") ? a.slice("--config=".length) : undefined;
    // An empty name would be the working folder itself.
    if (named === "") throw new CliError({ id: "error.optionEmpty", data: { option: "--config" } });
    if (named !== undefined) return { path: resolve(cwd, named), named: true };
  }
  const found = findConfig(cwd);
  return found ? { path: found, named: false } : undefined;
}
