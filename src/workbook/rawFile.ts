/**
 * The indicator file as plain data (what YAML gives), and what its built-in edition supplies to each
 * row: what `template` shows in the given columns and `import` leaves out when unchanged.
 */
import { loadIndicatorFile } from "../read.js";
import { edition } from "../standards/editions.js";
import type { Indicator } from "../model/types.js";

export type Raw = Record<string, unknown>;

export interface RawFile {
  region: Raw;
  standard?: string;
  plan: { base_year: number; near_term?: number; long_term?: number };
  indicators: Raw[];
  /** The key projects (附表1), as written. */
  projects?: Raw;
  /** The basic conditions (否决项) by year, as written. */
  vetoes?: Raw;
}

export const isObject = (v: unknown): v is Raw =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A row as a built-in edition gives it to this region: name, unit, the rule chosen for the region, binding. */
export interface Inherited {
  name: string;
  unit: string;
  standard: string;
  binding: boolean;
}

/**
 * The rows of the file's built-in edition (none for a catalog file or no `standard`), resolved for
 * the region by the loader itself: a file of ids only, loaded.
 */
export function inheritedRows(
  file: Pick<RawFile, "region" | "standard" | "plan">,
  ids: readonly string[],
): Map<string, Inherited> {
  const catalog = file.standard === undefined ? undefined : edition(file.standard);
  if (!catalog) return new Map();
  const known = ids.filter((id) => catalog.indicators.some((c) => c.id === id));
  if (known.length === 0) return new Map();
  const probe = {
    region: file.region,
    standard: file.standard,
    plan: { base_year: file.plan.base_year },
    indicators: known.map((id) => ({ id })),
  };
  const loaded = loadIndicatorFile(JSON.stringify(probe), "probe");
  if (!loaded.ok) return new Map();
  return new Map(
    loaded.value.indicators.map((i: Indicator) => [
      i.id,
      { name: i.name, unit: i.unit, standard: i.standard?.text ?? "", binding: i.binding },
    ]),
  );
}
