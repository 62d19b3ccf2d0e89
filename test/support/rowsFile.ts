/**
 * An indicator file of many rows, as the tests of large inputs write it: a one-line region and plan,
 * then one flow mapping a line, row n (from 1) on line n + 3.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** A row without values against ≥1: MISSING in a plan review. */
const bare = (n: number) => `{id: ${n}, name: x, standard: ≥1}`;

export function rowsText(count: number, row: (n: number) => string = bare, region = "x"): string {
  const lines = Array.from({ length: count }, (_, i) => `  - ${row(i + 1)}\n`);
  return `region: {name: ${region}}\nplan: {base_year: 2022}\nindicators:\n${lines.join("")}`;
}

/** {@link rowsText} written to `dir`/`name`; returns `name`. */
export function writeRows(
  dir: string,
  name: string,
  count: number,
  row?: (n: number) => string,
  region?: string,
): string {
  writeFileSync(join(dir, name), rowsText(count, row, region));
  return name;
}
