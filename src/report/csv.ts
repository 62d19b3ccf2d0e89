/**
 * CSV (RFC 4180): one record per indicator check, CRLF line ends; `--bom` so Excel reads Chinese as
 * UTF-8. Text that a spreadsheet would take for a formula (a rule written `=100`, a name starting
 * with `@`) is written with a leading apostrophe, which spreadsheets show as text and do not run.
 */
import { reason } from "../i18n/translate.js";
import type { StreamingFormatter } from "./index.js";

const HEADER = ["file", "region", "id", "name", "unit", "binding", "line", "check", "year", "rule", "verdict", "reason", "forecast_class", "projected", "target", "target_year", "ratio"];

const FORMULA = /^[=+\-@\t\r]/;

const field = (v: string | number | boolean | null | undefined): string => {
  const text = v === null || v === undefined ? "" : String(v);
  const s = typeof v === "string" && FORMULA.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const record = (r: ReadonlyArray<string | number | boolean | null | undefined>) => `${r.map(field).join(",")}\r\n`;

const csv: StreamingFormatter = {
  head: ({ bom }) => `${bom ? "\uFEFF" : ""}${record(HEADER)}`,
  file: (f, { lang }) =>
    f.indicators
      .flatMap(({ indicator: i, checks }) =>
        Object.entries(checks).map(([name, check]) => {
          const x = check.forecast;
          return record([f.file.file, f.file.region.name, i.id, i.name, i.unit, i.binding, i.line, name, check.year, check.rule, check.verdict, reason(lang, check.outcome), x?.class, x?.projected, x?.target, x?.target_year, x?.ratio]);
        }),
      )
      .join(""),
};

export default csv;
