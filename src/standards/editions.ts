/**
 * The editions of the national standard that ship with the tool, as data under
 * `data/standards/`. Read once, on first use.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import type { CatalogLookup, Catalogs } from "../compile/catalogs.js";
import type { Catalog } from "../model/schema.js";
import { packageRoot } from "../packageRoot.js";
import { loadCatalogFile, parseCatalog } from "./catalogFile.js";

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
    const read = parseCatalog(readFileSync(join(dir(), `${name}.yaml`), "utf8"), `data/standards/${name}.yaml`);
    if (!read.ok) throw new Error(`data/standards/${name}.yaml: ${JSON.stringify(read.errors[0])}`);
    catalog = read.value;
    cache.set(name, catalog);
  }
  return catalog;
}

/** `standard: ./hunan-2018.yaml`: a catalog file, not a built-in edition's name. */
const isCatalogPath = (standard: string) => /[\\/]/.test(standard) || /\.ya?ml$/i.test(standard);

/** A catalog file read and validated (its errors located in it), named as the indicator file names it. */
function catalogFile(path: string, name: string): CatalogLookup {
  const loaded = loadCatalogFile(path);
  return loaded.ok ? { ok: true, value: { catalog: loaded.value, name, builtIn: false } } : loaded;
}

/**
 * A built-in edition by name, else one kept in a folder (`kept`: name → file), or a catalog file by
 * its path relative to the indicator file. undefined: no such edition.
 */
function resolveCatalog(
  standard: string,
  indicatorFile: string,
  kept?: () => ReadonlyMap<string, string>,
): CatalogLookup | undefined {
  if (!isCatalogPath(standard)) {
    const builtIn = edition(standard);
    if (builtIn) return { ok: true, value: { catalog: builtIn, name: standard, builtIn: true } };
    const path = kept?.().get(standard);
    return path === undefined ? undefined : catalogFile(path, standard);
  }
  // Relative to the indicator file (standard input's: to where the command runs); an absolute path as given.
  const path =
    indicatorFile.startsWith("<") || isAbsolute(standard) ? standard : join(dirname(indicatorFile), standard);
  return catalogFile(path, standard);
}

/** The catalogs a file on disk may name: the shipped editions, and catalog files beside it. */
export const shippedCatalogs: Catalogs = {
  resolve: (standard, file) => resolveCatalog(standard, file),
  names: editionNames,
};

/** The editions in a folder: its regular `NAME.yaml` / `NAME.yml` files, by name (an unreadable folder has none). */
function editionsIn(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  let entries: string[];
  try {
    entries = readdirSync(folder).sort();
  } catch {
    return found;
  }
  for (const entry of entries) {
    const name = /^(.+)\.ya?ml$/i.exec(entry)?.[1];
    if (!name || found.has(name)) continue;
    try {
      if (statSync(join(folder, entry)).isFile()) found.set(name, join(folder, entry));
    } catch {
      // A link to nowhere is no edition.
    }
  }
  return found;
}

const withFolders = new Map<string, Catalogs>();

/**
 * The shipped editions, then editions kept in folders (a project config's `catalogs:`, absolute
 * paths): `standard: hunan-2018` names `hunan-2018.yaml` in the first folder that has it, read
 * through the one reader as any catalog file is. A built-in name wins; paths are as before.
 */
export function catalogsIn(folders: readonly string[]): Catalogs {
  if (folders.length === 0) return shippedCatalogs;
  const key = folders.join("\0");
  let catalogs = withFolders.get(key);
  if (!catalogs) {
    let known: Map<string, string> | undefined;
    const kept = () => {
      if (known) return known;
      known = new Map();
      for (const folder of folders)
        for (const [name, path] of editionsIn(folder)) if (!known.has(name)) known.set(name, path);
      return known;
    };
    catalogs = {
      resolve: (standard, indicatorFile) => resolveCatalog(standard, indicatorFile, kept),
      names: () => [...new Set([...editionNames(), ...kept().keys()])],
    };
    withFolders.set(key, catalogs);
  }
  return catalogs;
}
