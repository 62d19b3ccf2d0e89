/** The history view an analyst puts in the annual report: series, each year's verdict, trend, forecast. */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { History } from "../assess/history.js";
import type { Lang } from "../i18n/lang.js";
import { VERDICT_MARK, formatNumber, reason, t } from "../i18n/translate.js";
import { displayValue } from "./columns.js";
import { sparkline } from "./sparkline.js";
import { visible } from "./visible.js";
import { truncate, wrap } from "./wrap.js";

function forecastText(lang: Lang, row: History["rows"][number]): string {
  const f = row.progress?.forecast;
  if (!f) return "";
  const projected =
    f.projected === null
      ? ""
      : ` → ${formatNumber(f.projected)}${f.clamped?.projected ? ` (${t(lang, `forecast.held.${f.clamped.projected}`)})` : ""}`;
  return `${t(lang, `forecast.${f.class}`)}${projected} (${f.target_year}: ${formatNumber(f.target)})`;
}

export function historyTable(h: History, options: { lang: Lang; color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const { lang } = options;
  const table = new Table({
    head: [
      t(lang, "report.header.id"),
      t(lang, "report.header.name"),
      ...h.years.map(String),
      t(lang, "history.trend"),
      t(lang, "history.forecast"),
    ].map((x) => chalk.bold(x)),
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const row of h.rows) {
    const numbers = row.series.map((o) => (o.value.kind === "number" ? o.value.n : undefined));
    table.push([
      visible(row.indicator.id),
      wrap(visible(row.indicator.name), 24),
      // Each year's mark is its judgement's, the one `--year` gives: a year without a value shows its ? (or –) alone.
      ...row.cells.map(
        (c) =>
          `${c.verdict ? VERDICT_MARK[c.verdict] : c.observation ? " " : ""}${c.observation ? ` ${truncate(visible(displayValue(c.observation.value)), 12)}` : ""}`,
      ),
      sparkline(numbers),
      forecastText(lang, row),
    ]);
  }
  return `${chalk.bold(visible(t(lang, "report.file", { file: h.file.file, region: h.file.region.name })))}\n${table.toString()}\n`;
}

export function historyJson(histories: History[], lang: Lang): string {
  return `${JSON.stringify(
    {
      format: "lingling-check/history/v1",
      files: histories.map((h) => ({
        file: h.file.file,
        region: h.file.region,
        years: h.years,
        indicators: h.rows.map((r) => ({
          id: r.indicator.id,
          name: r.indicator.name,
          binding: r.indicator.binding,
          series: Object.fromEntries(
            r.series.map((o) => [o.year, o.value.kind === "number" ? o.value.n : o.value.text]),
          ),
          verdicts: Object.fromEntries(
            r.cells
              .filter((c) => c.verdict)
              .map((c) => [c.year, { verdict: c.verdict, reason: reason(lang, c.outcome!) }]),
          ),
          ...(r.progress?.forecast ? { forecast: r.progress.forecast } : {}),
        })),
      })),
    },
    null,
    2,
  )}\n`;
}
