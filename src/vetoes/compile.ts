/**
 * `vetoes:` → the model's basic conditions, each with where it stands. A value that says neither
 * met nor not met is an error at its line, with the words that are read.
 */
import type { InputError } from "../load/errors.js";
import type { Locator, Path } from "../load/positions.js";
import { vetoState } from "../model/value.js";
import type { RawVeto, RawVetoes } from "../model/vetoSchema.js";
import type { Veto } from "./types.js";

export interface CompiledVetoes {
  vetoes?: Veto[];
  errors: InputError[];
}

export function compileVetoes(raw: RawVetoes | undefined, file: string, map: Locator): CompiledVetoes {
  if (raw === undefined) return { errors: [] };
  const vetoes: Veto[] = [];
  const errors: InputError[] = [];
  for (const [year, conditions] of Object.entries(raw)) {
    for (const [condition, stated] of Object.entries(conditions)) {
      const path: Path = ["vetoes", year, condition];
      const { value, note, source } =
        typeof stated === "object" ? stated : ({ value: stated } as Exclude<RawVeto, string | boolean>);
      const state = vetoState(value);
      if (state === undefined) {
        const at = map.locate(typeof stated === "object" ? [...path, "value"] : path);
        errors.push({
          file,
          ...at,
          code: "invalid-veto",
          message: { id: "error.veto", data: { year, condition, found: String(value) } },
        });
        continue;
      }
      vetoes.push({
        year: Number(year),
        condition,
        state,
        text: String(value),
        ...(note ? { note } : {}),
        ...(source ? { source } : {}),
        ...map.locate(path, "key"),
      });
    }
  }
  return { vetoes: vetoes.sort((a, b) => a.year - b.year), errors };
}
