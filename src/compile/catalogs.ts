/**
 * What compiling a file needs of catalogs: the one its `standard:` names, read and validated by
 * whoever passes them in (src/standards/ for the shipped editions and users' catalog files).
 */
import type { InputError } from "../load/errors.js";
import type { Catalog } from "../model/schema.js";

/** The catalog a file's `standard:` names, and how reports name it. */
export interface ResolvedCatalog {
  catalog: Catalog;
  /** The built-in edition's name, or the catalog file as the indicator file names it. */
  name: string;
  builtIn: boolean;
}

export type CatalogLookup = { ok: true; value: ResolvedCatalog } | { ok: false; errors: InputError[] };

export interface Catalogs {
  /** A built-in edition by name or a catalog file by path (relative to `indicatorFile`); undefined: no such edition. */
  resolve(standard: string, indicatorFile: string): CatalogLookup | undefined;
  /** The built-in editions' names, for "did you mean". */
  names(): readonly string[];
}
