/**
 * The key projects sheet of a filled template → `projects:` with every field: lead units and
 * indicator ids as lists, progress by year where a cell of that year is filled, the 合计 row as
 * `stated_total`. A cell it cannot read is a problem at that cell; the loader judges the rest.
 */
import { wordTable } from "../words.js";
import type ExcelJSType from "exceljs";
import { LANGS } from "../i18n/lang.js";
import type { Message } from "../i18n/message.js";
import { t } from "../i18n/translate.js";
import { PERIOD, PROJECT_KIND_WORDS, PROJECT_STATUS_WORDS, projectWord } from "../model/projectSchema.js";
import { columnKey, isTotalLabel, projectColumnOf, splitList } from "./projectLayout.js";
import type { Raw } from "./rawFile.js";
import { sheetColumns } from "./sheetReader.js";

type Value = string | number | boolean | undefined;

export interface ProjectSheetRead {
  /** Undefined when the sheet has no project and no total. */
  projects?: Raw;
  /** Project index → sheet row, and the 合计 row. */
  rowOf: Map<number, number>;
  totalRow?: number;
  /** A row's cell in a column (`investment`, `invested 2024`), or the row number alone. */
  addressOf(row: number, key: string): string;
}

/** 已填报: 是 / 否 as the sheet offers them, and the file's words. */
const YES_NO = wordTable<boolean>(
  Object.fromEntries(
    LANGS.flatMap((lang) => [
      [t(lang, "sheet.yes"), true],
      [t(lang, "sheet.no"), false],
    ]).concat([
      ["是", true],
      ["否", false],
      ["true", true],
      ["false", false],
      ["TRUE", true],
      ["FALSE", false],
    ]),
  ),
);

const cellMessage = (id: string, data: Record<string, string | number> = {}): Message => ({ id, data });

/** An amount as typed: a number, or text that is one (7700, "7 700"). */
function amount(v: Value): number | undefined {
  if (typeof v === "number") return v >= 0 ? v : undefined;
  const n =
    typeof v === "string" && /^\s*\d[\d\s,]*(?:\.\d+)?\s*$/.test(v) ? Number(v.replace(/[\s,]/g, "")) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function readProjectSheet(
  sheet: ExcelJSType.Worksheet,
  plain: (cell: ExcelJSType.Cell) => Value,
  problem: (cell: string, m: Message) => void,
): ProjectSheetRead {
  const columns = sheetColumns(sheet, projectColumnOf, columnKey, problem);
  const addressOf = (row: number, key: string) => {
    const n = [...columns].find(([, c]) => columnKey(c) === key)?.[0];
    return n === undefined ? String(row) : sheet.getRow(row).getCell(n).address;
  };
  const years = [...new Set([...columns.values()].flatMap((c) => (typeof c === "object" ? [c.year] : [])))].sort(
    (a, b) => a - b,
  );
  const rowOf = new Map<number, number>();
  const items: Raw[] = [];
  const ids = new Set<string>();
  let statedTotal: number | undefined;
  let totalRow: number | undefined;
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells = new Map<string, Value>();
    for (const [col, c] of columns) {
      const v = plain(row.getCell(col));
      if (v !== undefined) cells.set(columnKey(c), v);
    }
    if (cells.size === 0) return;
    const at = (key: string) => addressOf(n, key);
    const amountOf = (key: string): number | undefined => {
      const v = cells.get(key);
      if (v === undefined) return undefined;
      const a = amount(v);
      if (a === undefined) problem(at(key), cellMessage("import.cell.amount", { found: String(v) }));
      return a;
    };
    if ([cells.get("domain"), cells.get("id")].some((v) => typeof v === "string" && isTotalLabel(v))) {
      totalRow = n;
      statedTotal = amountOf("investment");
      return;
    }
    const id = cells.get("id");
    const name = cells.get("name");
    if (id === undefined || name === undefined)
      return void problem(at(id === undefined ? "id" : "name"), cellMessage("import.cell.projectRow"));
    if (ids.has(String(id))) problem(at("id"), cellMessage("import.cell.duplicateProject", { id: String(id) }));
    ids.add(String(id));
    const out = projectOf({ cells, at, amountOf, problem }, id, name, years);
    rowOf.set(items.length, n);
    items.push(out);
  });
  const projects =
    items.length || statedTotal !== undefined
      ? { ...(statedTotal !== undefined ? { stated_total: statedTotal } : {}), items }
      : undefined;
  return { ...(projects ? { projects } : {}), rowOf, ...(totalRow !== undefined ? { totalRow } : {}), addressOf };
}

/** One project row's filled cells, where each is, and its amounts read (a problem at a cell that holds none). */
interface ProjectCells {
  cells: ReadonlyMap<string, Value>;
  at: (key: string) => string;
  amountOf: (key: string) => number | undefined;
  problem: (cell: string, m: Message) => void;
}

/** A project row as the file's project, its fields in the file's order. */
function projectOf(row: ProjectCells, id: string | number | boolean, name: Value, years: readonly number[]): Raw {
  const { cells, at, amountOf, problem } = row;
  const out: Raw = { id: typeof id === "number" ? id : String(id), name: String(name) };
  for (const key of ["domain", "task", "content"] as const) if (cells.has(key)) out[key] = String(cells.get(key));
  const kind = cells.get("kind");
  if (kind !== undefined) {
    const word = projectWord(PROJECT_KIND_WORDS, String(kind));
    if (word !== undefined) out.kind = word;
    else problem(at("kind"), cellMessage("import.cell.projectKind", { found: String(kind) }));
  }
  const investment = amountOf("investment");
  if (investment !== undefined) out.investment = investment;
  const period = cells.get("period");
  if (period !== undefined) {
    if (PERIOD.test(String(period))) out.period = typeof period === "number" ? period : String(period);
    else problem(at("period"), cellMessage("import.cell.period", { found: String(period) }));
  }
  for (const key of ["lead", "indicators"] as const) {
    const list = cells.has(key) ? splitList(String(cells.get(key))) : [];
    if (list.length) out[key] = list;
  }
  const progress = progressOf(row, years);
  if (progress.size) out.progress = progress;
  if (cells.has("note")) out.note = String(cells.get("note"));
  return out;
}

/** A project's progress by year, from each year's columns; a year is kept when filled or marked reported. */
function progressOf({ cells, at, amountOf, problem }: ProjectCells, years: readonly number[]): Map<number, Raw> {
  const progress = new Map<number, Raw>();
  for (const y of years) {
    const year: Raw = {};
    const reported = cells.get(`reported ${y}`);
    const recorded = reported !== undefined && YES_NO[String(reported).trim()];
    if (reported !== undefined && recorded === undefined)
      problem(at(`reported ${y}`), cellMessage("import.cell.boolean", { found: String(reported) }));
    const invested = amountOf(`invested ${y}`);
    if (invested !== undefined) year.invested = invested;
    const status = cells.get(`status ${y}`);
    if (status !== undefined) {
      const word = projectWord(PROJECT_STATUS_WORDS, String(status));
      if (word !== undefined) year.status = word;
      else problem(at(`status ${y}`), cellMessage("import.cell.projectStatus", { found: String(status) }));
    }
    if (cells.has(`note ${y}`)) year.note = String(cells.get(`note ${y}`));
    if (Object.keys(year).length || recorded) progress.set(y, year);
  }
  return progress;
}
