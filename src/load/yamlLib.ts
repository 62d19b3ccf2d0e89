/**
 * The `yaml` library, loaded on first use: it locates every node (for errors and for editing), but
 * costs tens of milliseconds to load and several per file to parse, so a valid file never needs it.
 */
import { createRequire } from "node:module";

type YamlLib = typeof import("yaml");
let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  return (lib ??= createRequire(import.meta.url)("yaml") as YamlLib);
}
