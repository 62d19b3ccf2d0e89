/** The history view an analyst puts in the annual report: series, each year's verdict, trend, forecast. */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { History, HistoryRow } from "../assess/history.js";
import type { Lang } from "../i18n/lang.js";
import { VERDICT_MARK, formatNumber, reason, t } from "../i18n/translate.js";
import { reasonRounding } from "../assess/precision.js";
import { displayValue } from "./columns.js";
import { sparkline } from "./sparkline.js";
import { visible } from "./visible.js";
import { truncate, widest, wrap } from "./wrap.js";

/** The projected value at the row's precision, as the reasons show it (`projected 82.6`). */
function forecastText(lang: Lang, row: History["rows"][number]): string {
  const f = row.progress?.forecast;
  if (!f) return "";
  const projected =
    f.projected === null
      ? ""
      : ` → ${formatNumber(reasonRounding(row.indicator)(f.projected))}${f.clamped?.projected ? ` (${t(lang, `forecast.held.${f.clamped.projected}`)})` : ""}`;
  return `${t(lang, `forecast.${f.class}`)}${projected} (${f.target_year}: ${formatNumber(f.target)})`;
}

/**
 * The history's layouts, widest first: on a terminal the first that fits its width is drawn (the
 * name and forecast columns narrower, then the oldest years left out, the latest always shown);
 * files and pipes get the first with every year.
 */
const LAYOUTS: ReadonlyArray<{ name: number; forecast: number | undefined }> = [
  { name: 24, forecast: undefined },
  { name: 24, forecast: 36 },
  { name: 16, forecast: 24 },
  { name: 10, forecast: 16 },
];

export function historyTable(h: History, options: { lang: Lang; color: boolean; width?: number }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const title = chalk.bold(visible(t(options.lang, "report.file", { file: h.file.file, region: h.file.region.name })));
  const { width } = options;
  const drawn =
    width === undefined
      ? drawHistory(h, chalk, options.lang, LAYOUTS[0]!, h.years.length)
      : fitted(h, chalk, options.lang, width);
  return `${width === undefined ? title : wrap(title, width)}\n${drawn}\n`;
}

/**
 * The history fitted to `width`: the first layout in which some years fit, with the most years
 * that fit, found by halving (a table is no narrower with more years: a century of history was
 * drawn once for each year left out); the narrowest with the latest year alone where none fits.
 */
function fitted(h: History, chalk: InstanceType<typeof Chalk>, lang: Lang, width: number): string {
  const fewest = Math.min(1, h.years.length);
  let drawn = "";
  for (const layout of LAYOUTS) {
    const draw = (shown: number) => drawHistory(h, chalk, lang, layout, shown);
    drawn = draw(h.years.length);
    if (widest(drawn) <= width) return drawn;
    drawn = draw(fewest);
    if (widest(drawn) > width) continue;
    // fewest fits and every year does not: the most that fit lies between.
    let fits = fewest;
    let fitsNot = h.years.length;
    while (fitsNot - fits > 1) {
      const middle = (fits + fitsNot) >>> 1;
      const tried = draw(middle);
      if (widest(tried) <= width) {
        fits = middle;
        drawn = tried;
      } else fitsNot = middle;
    }
    return drawn;
  }
  return drawn;
}

function drawHistory(
  h: History,
  chalk: InstanceType<typeof Chalk>,
  lang: Lang,
  layout: (typeof LAYOUTS)[number],
  shown: number,
): string {
  const from = h.years.length - shown;
  const table = new Table({
    head: [
      t(lang, "report.header.id"),
      t(lang, "report.header.name"),
      ...h.years.slice(from).map(String),
      t(lang, "history.trend"),
      t(lang, "history.forecast"),
    ].map((x) => chalk.bold(x)),
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const row of h.rows) {
    const numbers = row.series.map((o) => (o.value.kind === "number" ? o.value.n : undefined));
    const forecast = forecastText(lang, row);
    table.push([
      visible(row.indicator.id),
      wrap(visible(row.indicator.name), layout.name),
      // Each year's mark is its judgement's, the one `--year` gives: a year without a value shows its ? (or –) alone.
      ...row.cells
        .slice(from)
        .map(
          (c) =>
            `${c.verdict ? VERDICT_MARK[c.verdict] : c.observation ? " " : ""}${c.observation ? ` ${truncate(visible(displayValue(c.observation.value)), 12)}` : ""}`,
        ),
      // The trend line keeps every year: it is the whole history in a few columns.
      sparkline(numbers),
      layout.forecast === undefined ? forecast : wrap(forecast, layout.forecast),
    ]);
  }
  return table.toString();
}

/** One row of the history's JSON. */
function rowJson(r: HistoryRow, lang: Lang) {
  return {
    id: r.indicator.id,
    name: r.indicator.name,
    binding: r.indicator.binding,
    series: Object.fromEntries(r.series.map((o) => [o.year, o.value.kind === "number" ? o.value.n : o.value.text])),
    verdicts: Object.fromEntries(
      r.cells.filter((c) => c.verdict).map((c) => [c.year, { verdict: c.verdict, reason: reason(lang, c.outcome!) }]),
    ),
    ...(r.progress?.forecast ? { forecast: r.progress.forecast } : {}),
  };
}

/** A value as `JSON.stringify(…, null, 2)` writes it `depth` levels in (a JSON string holds no line break of its own). */
const indented = (value: unknown, depth: number) =>
  JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);

/**
 * The history as JSON, in pieces: the text `JSON.stringify` would give the whole, made a row at a
 * time (a history of 3,000 rows over a century held gigabytes as one object and one string). Each
 * file's rows are made as they are written, so only one row's reasons are held at once.
 */
export function* historyJson(histories: Iterable<History<Iterable<HistoryRow>>>, lang: Lang): Generator<string> {
  yield `{\n  "format": "lingling-check/history/v1",\n  "files": [`;
  let files = 0;
  for (const h of histories) {
    const head = indented({ file: h.file.file, region: h.file.region, years: h.years }, 2);
    yield `${files++ === 0 ? "" : ","}\n    ${head.slice(0, head.lastIndexOf("\n"))},\n      "indicators": [`;
    let rows = 0;
    for (const r of h.rows) yield `${rows++ === 0 ? "" : ","}\n        ${indented(rowJson(r, lang), 4)}`;
    yield `${rows === 0 ? "]" : "\n      ]"}\n    }`;
  }
  yield `${files === 0 ? "]" : "\n  ]"}\n}\n`;
}
