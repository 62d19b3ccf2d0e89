/**
 * The editions of the national standard that ship with the tool, as data under
 * `data/standards/`. Read once, on first use.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readPlainYaml } from "../load/plainYaml.js";
import { accepts } from "../model/accepts.js";
import { CatalogSchema, type Catalog } from "../model/schema.js";
import { packageRoot } from "../packageRoot.js";

const dir = () => join(packageRoot(), "data", "standards");
const cache = new Map<string, Catalog>();
let names: string[] | undefined;

/** The names of the shipped editions, e.g. `county-2024` (the folder is read once). */
export function editionNames(): string[] {
  return (names ??= readdirSync(dir())
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.replace(/\.yaml$/, ""))
    .sort());
}

/** A shipped edition by name, or undefined. A broken shipped file is a bug, so it throws. */
export function edition(name: string): Catalog | undefined {
  let catalog = cache.get(name);
  if (!catalog) {
    if (!editionNames().includes(name)) return undefined;
    // Shipped catalogs are written in the YAML the plain reader knows (a test holds them to it).
    const doc = readPlainYaml(readFileSync(join(dir(), `${name}.yaml`), "utf8"));
    if (!doc) throw new Error(`data/standards/${name}.yaml is not plain YAML`);
    catalog = accepts(CatalogSchema)(doc.value) ? (doc.value as Catalog) : CatalogSchema.parse(doc.value);
    cache.set(name, catalog);
  }
  return catalog;
}
