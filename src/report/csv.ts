/** CSV (RFC 4180): one record per indicator check, CRLF line ends; `--bom` so Excel reads Chinese as UTF-8. */
import { reason } from "../i18n/translate.js";
import type { Formatter } from "./index.js";
import { checkRows } from "./rows.js";

const HEADER = ["file", "region", "id", "name", "unit", "binding", "line", "check", "year", "rule", "verdict", "reason", "forecast_class", "projected", "target", "target_year", "ratio"];

const field = (v: string | number | boolean | null | undefined): string => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const csv: Formatter = (run, { lang, bom }) => {
  const records = checkRows(run).map(({ file, assessment: { indicator: i }, name, check }) => {
    const f = check.forecast;
    return [file.file.file, file.file.region.name, i.id, i.name, i.unit, i.binding, i.line, name, check.year, check.rule, check.verdict, reason(lang, check.outcome), f?.class, f?.projected, f?.target, f?.target_year, f?.ratio];
  });
  const text = [HEADER, ...records].map((r) => r.map(field).join(",")).join("\r\n");
  return `${bom ? "\uFEFF" : ""}${text}\r\n`;
};

export default csv;
