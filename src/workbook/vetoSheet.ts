/**
 * 否决项 / Vetoes: `vetoes:` as a sheet of year × condition rows (年份 | 条件 | 情况 | 备注 | 来源),
 * written by `template` and read back by `import`. What a statement means (未发生: met) is the
 * loader's to judge, at the cell it came from; a year with no condition is a row with the year alone.
 */
import type { Message } from "../i18n/message.js";
import { isObject, type Raw } from "./rawFile.js";
import type { Cell, ListRead, ListSheet } from "./listSheet.js";
import { yearCell } from "./sheetReader.js";

type Key = "year" | "condition" | "stated" | "note" | "source";

export const VETO_SHEET: ListSheet<Key> = {
  title: "sheet.vetoes",
  hint: "sheet.hint.vetoes",
  columns: [
    { key: "year", header: "sheet.header.year", width: 8 },
    { key: "condition", header: "sheet.header.condition", width: 36 },
    { key: "stated", header: "sheet.header.stated", width: 12 },
    { key: "note", header: "sheet.header.note", width: 30 },
    { key: "source", header: "sheet.header.source", width: 30 },
  ],
};

/** The sheet's rows for a file's `vetoes:` (`{}` is a row of the base year alone: the file lists none). */
export function vetoRows(vetoes: unknown, baseYear: number): Array<Partial<Record<Key, Cell>>> {
  if (!isObject(vetoes)) return [];
  if (Object.keys(vetoes).length === 0) return [{ year: baseYear }];
  return Object.entries(vetoes).flatMap(([year, conditions]) => {
    const entries = Object.entries(isObject(conditions) ? conditions : {});
    if (entries.length === 0) return [{ year: Number(year) }];
    return entries.map(([condition, stated]) => {
      const { value, note, source } = isObject(stated) ? stated : { value: stated };
      return { year: Number(year), condition, stated: value as Cell, note: note as Cell, source: source as Cell };
    });
  });
}

/** The sheet's rows → `vetoes:` (undefined when the sheet is empty or absent); each problem at its cell. */
export function vetoesOf(
  read: ListRead<Key> | undefined,
  problem: (cell: string, m: Message) => void,
): { vetoes?: Raw; rowOf: Map<string, number> } {
  const rowOf = new Map<string, number>();
  if (!read || read.rows.length === 0) return { rowOf };
  // Keys are years and names typed in cells: no prototype, so constructor or __proto__ is a name like any other.
  const vetoes: Record<string, Raw> = Object.create(null);
  for (const { row, cells, at } of read.rows) {
    const year = cells.get("year");
    if (year === undefined) {
      problem(at("year"), { id: "import.cell.vetoRow" });
      continue;
    }
    const key = yearCell(year);
    if (key === undefined) {
      problem(at("year"), { id: "import.cell.year", data: { found: String(year) } });
      continue;
    }
    const conditions = (vetoes[key] ??= Object.create(null));
    const condition = cells.get("condition");
    if (condition === undefined) continue;
    const name = String(condition);
    const stated = cells.get("stated");
    if (stated === undefined) {
      problem(at("stated"), { id: "import.cell.vetoStated", data: { year: String(year), condition: name } });
      continue;
    }
    if (Object.hasOwn(conditions, name)) {
      problem(at("condition"), { id: "import.cell.duplicateFact", data: { what: `${year} ${name}` } });
      continue;
    }
    const note = cells.get("note");
    const source = cells.get("source");
    const value = typeof stated === "boolean" ? stated : String(stated);
    conditions[name] =
      note === undefined && source === undefined
        ? value
        : {
            value,
            ...(note !== undefined ? { note: String(note) } : {}),
            ...(source !== undefined ? { source: String(source) } : {}),
          };
    rowOf.set(`${year}\u0000${name}`, row);
  }
  return { vetoes, rowOf };
}
