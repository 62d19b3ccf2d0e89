/** What the superior government assigned a row, by year. */
import type { Indicator, SuperiorTarget } from "./types.js";

/**
 * The superior target in force in `year`: that year's, else the latest target assigned before it.
 * A stated result (`met` / `not met`) speaks of its own year only: 2022's "met" says nothing of 2024.
 */
export function superiorLookup(indicator: Pick<Indicator, "superior">): (year: number) => SuperiorTarget | undefined {
  return (year) =>
    indicator.superior.findLast((t) => t.year === year) ??
    indicator.superior.findLast((t) => t.year < year && t.stated === undefined);
}
