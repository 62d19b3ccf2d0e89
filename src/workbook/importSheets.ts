/**
 * `import`'s reading of the fact sheets (否决项, 上级下达目标, 参照值, 指标条件, 人工审核, 备注与来源) and of
 * the indicator sheet's columns on how values compare (数值类型, 比较基准, 容差): what they state,
 * put on the file import builds, every problem at its cell. A workbook made before a sheet existed
 * simply lacks it.
 */
import type ExcelJSType from "exceljs";
import type { Message } from "../i18n/message.js";
import { HOW_FIELDS, MEASURE_WORDS, REFERENCE_WORDS, type HowField } from "./layout.js";
import { readListSheet, type Value } from "./listSheet.js";
import type { Raw, RawFile } from "./rawFile.js";
import {
  CLAUSE_SHEET,
  NOTE_SHEET,
  REFERENCE_SHEET,
  REVIEW_SHEET,
  SUPERIOR_SHEET,
  applyRowFacts,
  factKey,
  type FactCells,
} from "./rowSheets.js";
import { VETO_SHEET, vetoesOf } from "./vetoSheet.js";

type Plain = (sheet: ExcelJSType.Worksheet, cell: ExcelJSType.Cell) => Value;
type Problem = (sheet: string, cell: string, m: Message) => void;

export interface FactSheets {
  vetoes?: Raw;
  /** `year` + NUL + condition → the 否决项 sheet's cell of its statement, for the loader's errors. */
  vetoCells: Map<string, string>;
  vetoSheet?: string;
  /** Where each superior target, reference value, condition and review came from. */
  rowCells: FactCells;
}

/** The fact sheets onto `file`'s rows (built from the indicator sheet); `vetoes:` returned. */
export function readFactSheets(
  workbook: ExcelJSType.Workbook,
  file: RawFile,
  plain: Plain,
  problem: Problem,
): FactSheets {
  const onSheet = (sheet: ExcelJSType.Worksheet, cell: string, m: Message) => problem(sheet.name, cell, m);
  const read = <K extends string>(def: Parameters<typeof readListSheet<K>>[1]) =>
    readListSheet(workbook, def, plain, onSheet);
  const vetoRead = read(VETO_SHEET);
  const { vetoes, rowOf } = vetoesOf(vetoRead, (cell, m) => problem(vetoRead!.sheet, cell, m));
  const rowCells = applyRowFacts(
    {
      superior: read(SUPERIOR_SHEET),
      reference: read(REFERENCE_SHEET),
      clauses: read(CLAUSE_SHEET),
      reviews: read(REVIEW_SHEET),
      notes: read(NOTE_SHEET),
    },
    file.indicators,
    file.plan.base_year,
    problem,
  );
  const vetoCells = new Map(
    [...rowOf].map(([key, row]) => [key, vetoRead!.rows.find((r) => r.row === row)!.at("stated")]),
  );
  return { ...(vetoes ? { vetoes } : {}), vetoCells, ...(vetoRead ? { vetoSheet: vetoRead.sheet } : {}), rowCells };
}

/**
 * The indicator sheet's 数值类型, 比较基准 and 容差 cells onto the row `out` (which already holds the
 * YAML column's fields: one given in both places is a problem at the cell).
 */
export function readHowColumns(
  cells: ReadonlyMap<string, Value>,
  out: Raw,
  problem: (key: HowField, m: Message) => void,
): void {
  for (const key of HOW_FIELDS) {
    const v = cells.get(key);
    if (v === undefined) continue;
    if (out[key] !== undefined && out[key] !== null) {
      problem(key, { id: "import.cell.twice", data: { field: key } });
      continue;
    }
    if (key === "domain") {
      out.domain = String(v).trim();
      continue;
    }
    if (key === "tolerance") {
      // 0.5 in the unit, or "1%" of the reference value; the loader judges the rest at this cell.
      out.tolerance = typeof v === "string" && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
      continue;
    }
    const word = (key === "measure" ? MEASURE_WORDS : REFERENCE_WORDS)[String(v).trim()];
    if (word === undefined) problem(key, { id: `import.cell.${key}`, data: { found: String(v) } });
    else out[key] = word;
  }
}

/**
 * A loader error on a line of `vetoes:` in the YAML import made → the 否决项 cell it came from.
 * The YAML is import's own (two-space indents, years quoted or not), so the lines say where.
 */
export function locateVeto(text: string, line: number, facts: FactSheets): { sheet: string; cell: string } | undefined {
  if (!facts.vetoSheet) return undefined;
  const lines = text.split("\n").slice(0, line);
  let top = "";
  let year = "";
  let condition = "";
  for (const l of lines) {
    const m = /^(\w+):/.exec(l);
    if (m) top = m[1]!;
    const y = /^ {2}"?(\d{4})"?:/.exec(l);
    if (y) year = y[1]!;
    const c = /^ {4}("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:'"][^:]*):/.exec(l);
    if (c) condition = keyText(c[1]!);
  }
  if (top !== "vetoes") return undefined;
  return { sheet: facts.vetoSheet, cell: facts.vetoCells.get(`${year}\u0000${condition}`) ?? "-" };
}

/** A key as import's YAML writes it: plain, or in double or single quotes. */
function keyText(raw: string): string {
  if (raw.startsWith('"')) return JSON.parse(raw) as string;
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw.trim();
}

/**
 * A loader error on a row's superior target, reference value, condition or review (an unreadable
 * rule, a condition no rule states) → the fact sheet's cell it came from.
 */
export function locateFact(
  text: string,
  line: number,
  rows: readonly Raw[],
  facts: FactSheets,
): { sheet: string; cell: string } | undefined {
  let top = "";
  let index = -1;
  let field = "";
  let sub = "";
  for (const l of text.split("\n").slice(0, line)) {
    const m = /^(\w+):/.exec(l);
    if (m) top = m[1]!;
    if (top !== "indicators") continue;
    if (/^ {2}- /.test(l)) {
      index++;
      field = "";
      sub = "";
    }
    const f = /^ {2}(?:- | {2})(\w+):/.exec(l);
    if (f) {
      field = f[1]!;
      sub = "";
    }
    const k = /^ {6}("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:'"][^:]*):/.exec(l);
    if (k) sub = keyText(k[1]!);
  }
  const row = rows[index];
  if (top !== "indicators" || !row) return undefined;
  const id = String(row.id);
  return facts.rowCells.get(factKey(id, field, sub)) ?? facts.rowCells.get(factKey(id, field));
}
