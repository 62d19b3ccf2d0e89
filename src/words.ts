/**
 * Tables of words looked up by what a person typed (a unit, a cell, a region's zone). An object
 * literal answers `constructor`, `toString` or `__proto__` with what every object inherits, and
 * that function then went on as a word (an internal error from a unit of `constructor`); a table
 * made here has no prototype, so a text that is none of its words finds nothing.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
