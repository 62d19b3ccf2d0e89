/**
 * The installed package's own folder (where package.json and data/ are), found from this module's
 * location: the same from src/ under the tests and from the bundled dist/.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "data"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("lingling-check: cannot find its package folder");
    dir = parent;
  }
  return (root = dir);
}

let version: string | undefined;

/** The installed package's version (package.json), read once when first asked. */
export function packageVersion(): string {
  return (version ??= (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string })
    .version);
}
