/// <reference path="../types/cli-table3-utils.d.ts" />
/**
 * The human report: one table per file (a row per indicator, each cell with its verdict mark),
 * the reasons for every check that did not pass, and the summary line; across files, a total.
 */
import { catalogLine } from "./catalogLine.js";
import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import { strlen } from "cli-table3/src/utils.js";
import type { CheckName, CheckResult, FileAssessment, IndicatorAssessment } from "../assess/result.js";
import { VERDICT_MARK, reason, t } from "../i18n/translate.js";
import type { Verdict } from "../model/verdict.js";
import { checkLabel, actualValue, baselineValue, displayValue, headers, withActual } from "./columns.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import { needsAttention, rowBatches } from "./rows.js";
import { completenessLines, runGapLines, runSummaryLine, summaryLine } from "./summaryLines.js";
import { vetoLines } from "./vetoLines.js";
import { visible } from "./visible.js";
import { projectsSection, runProjectsSection } from "./projects/table.js";
import { NAME_COLUMNS, padEnd, textWidth, truncate, widest, wrap, wrapLines } from "./wrap.js";

/**
 * The table's layouts, widest first: on a terminal the first that fits its width is drawn (SPEC:
 * narrower layouts drop or narrow columns rather than let rows wrap); files and pipes get the first.
 * A cut or dropped text is always whole in the reasons below the table.
 */
interface Layout {
  name: number;
  /** Rule texts (standard, targets); 0 drops the standard column and shows targets as marks only. */
  rule: number;
  unit: boolean;
  value: number;
}
const LAYOUTS: readonly Layout[] = [
  { name: 28, rule: 18, unit: true, value: 18 },
  { name: 20, rule: 14, unit: true, value: 12 },
  { name: 14, rule: 10, unit: false, value: 10 },
  { name: 20, rule: 0, unit: false, value: 10 },
  { name: 12, rule: 0, unit: false, value: 8 },
  { name: 8, rule: 0, unit: false, value: 6 },
];

function paint(chalk: ChalkInstance, verdict: Verdict, text: string): string {
  switch (verdict) {
    case "PASS":
      return chalk.green(text);
    case "FAIL":
      return chalk.red(text);
    case "WARN":
      return chalk.yellow(text);
    case "MISSING":
      return chalk.magenta(text);
    case "REVIEW":
      return chalk.cyan(text);
    case "N/A":
      return chalk.gray(text);
  }
}

function cell(chalk: ChalkInstance, check: CheckResult | undefined, text: string): string {
  if (!check) return text;
  return paint(chalk, check.verdict, `${VERDICT_MARK[check.verdict]} ${text}`.trim());
}

/** The table fitted to a terminal `width` columns wide: the first layout, widest first, that fits. */
function fittedTable(f: FileAssessment, chalk: ChalkInstance, lang: FormatOptions["lang"], width: number): string {
  let drawn = "";
  for (const layout of LAYOUTS) {
    drawn = [...drawTable(f, chalk, lang, layout)].join("\n");
    if (widest(drawn) <= width) break;
  }
  return drawn;
}

/** The table of a file in `layout`, in parts (lines to be joined by line breaks). */
function drawTable(
  f: FileAssessment,
  chalk: ChalkInstance,
  lang: FormatOptions["lang"],
  layout: Layout,
): Iterable<string> {
  const [id, name, unit, standard, ...rest] = headers(f, lang);
  const head = [id!, name!, ...(layout.unit ? [unit!] : []), ...(layout.rule > 0 ? [standard!] : []), ...rest];
  // Rule texts wrap where there is room; in the narrowest layouts a target is its mark alone.
  const ruleText = (text: string | undefined) => (layout.rule > 0 ? wrap(visible(text ?? ""), layout.rule) : "");
  const rows = f.indicators.map((a) => {
    const { indicator: i, checks } = a;
    return [
      i.binding ? visible(i.id) : chalk.dim(visible(i.id)),
      layout.rule > 0 ? wrap(visible(i.name), layout.name) : truncate(visible(i.name), layout.name),
      ...(layout.unit ? [visible(i.unit)] : []),
      ...(layout.rule > 0 ? [ruleText(i.standard?.text)] : []),
      cell(chalk, checks.baseline, truncate(visible(displayValue(baselineValue(a))), layout.value)),
      cell(chalk, checks.near_term, ruleText(i.nearTerm?.text)),
      cell(chalk, checks.long_term, ruleText(i.longTerm?.text)),
      ...(withActual(f)
        ? [cell(chalk, checks.progress, truncate(visible(displayValue(actualValue(a))), layout.value))]
        : []),
    ];
  });
  return tableParts(
    head.map((h) => chalk.bold(h)),
    rows,
  );
}

/**
 * Rows cli-table3 draws as one table at most. Its drawing keeps objects for every cell until the
 * end (some 8 KB a row: a 300,000-row table took 2.5 GB and spent half its 23 s collecting
 * garbage), so a longer table is drawn in parts of this many rows, each with the widths of the
 * whole, and joined where the borders meet. A part this small is garbage before the young
 * generation is collected: parts of 1,000 rows lived long enough to be promoted (1.1 GB).
 */
const PART_ROWS = 100;

/** A table of `head` and `rows` as cli-table3 draws it in one piece, drawn `partRows` rows at a time. */
export function tableText(head: readonly string[], rows: readonly string[][], partRows = PART_ROWS): string {
  return [...tableParts(head, rows, partRows)].join("\n");
}

/** The parts of {@link tableText}, each drawn when it is asked for: joined by line breaks, the table. */
function* tableParts(head: readonly string[], rows: readonly string[][], partRows = PART_ROWS): Generator<string> {
  const draw = (part: readonly string[][], withHead: boolean, colWidths?: number[]) => {
    const table = new Table({
      ...(withHead ? { head: [...head] } : {}),
      ...(colWidths ? { colWidths } : {}),
      style: { head: [], border: [] },
      chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
    });
    for (const row of part) table.push(row);
    return table.toString();
  };
  if (rows.length <= partRows) return yield draw(rows, true);
  // cli-table3's own widths: its measure of each column's widest cell, and a space either side.
  const colWidths = head.map((h) => strlen(h) + 2);
  for (const row of rows) for (const [i, c] of row.entries()) colWidths[i] = Math.max(colWidths[i]!, strlen(c) + 2);
  for (let start = 0; start < rows.length; start += partRows) {
    const last = start + partRows >= rows.length;
    const lines = draw(rows.slice(start, start + partRows), start === 0, colWidths).split("\n");
    // A part after the first goes on without its top border; one before the last without its bottom.
    yield lines.slice(start === 0 ? 0 : 1, last ? lines.length : -1).join("\n");
  }
}

/**
 * Plain text cut to the terminal's width: the first line after `lead` columns already used, the
 * rest indented by `indent`; unchanged without a width.
 */
function fit(text: string, width: number | undefined, lead = 0, indent = 2): string {
  if (width === undefined || lead + textWidth(text) <= width) return text;
  return wrapLines(text, width - lead, width - indent).join(`\n${" ".repeat(indent)}`);
}

function reasons(
  f: FileAssessment,
  chalk: ChalkInstance,
  { lang, width }: FormatOptions,
  rows: readonly IndicatorAssessment[],
): string[] {
  // The mark and verdict take 12 columns (both languages' words fit in 7); a long reason goes on under its start.
  const line = (a: IndicatorAssessment, name: CheckName, c: CheckResult) =>
    `  ${paint(chalk, c.verdict, `${VERDICT_MARK[c.verdict]} ${padEnd(t(lang, `tag.${c.verdict}`), 7)}`)} ${fit(visible(`${a.indicator.id} ${checkLabel(lang, f, name)}${lang === "zh" ? "：" : ": "}${reason(lang, c.outcome)}`), width, 12, 12)}`;
  const overridden = (a: IndicatorAssessment) =>
    (a.indicator.edition?.overrides ?? []).map(
      (o) =>
        `  ${chalk.blue("ⓘ")}         ${visible(`${a.indicator.id} ${t(lang, "report.override", { field: o.field, file: o.file, edition: o.edition })}`)}`,
    );
  return rows.flatMap((a) => [
    ...overridden(a),
    ...Object.entries(a.checks)
      .filter(([, c]) => needsAttention(c))
      .map(([name, c]) => line(a, name as CheckName, c)),
  ]);
}

/** With --compare-year: what changed since then, one line each. */
function changes(f: FileAssessment, { lang }: FormatOptions): string[] {
  const c = f.comparison;
  if (!c) return [];
  const side = (s: { verdict?: Verdict; forecast?: string }) =>
    [s.verdict ? t(lang, `tag.${s.verdict}`) : "—", s.forecast ? t(lang, `forecast.${s.forecast}`) : undefined]
      .filter(Boolean)
      .join(lang === "zh" ? "，" : ", ");
  const what = (x: (typeof c.changes)[number]) =>
    x.veto ? t(lang, "veto.change", { condition: x.name }) : `${x.id} ${x.name}`;
  const lines = c.changes.map((x) =>
    lang === "zh"
      ? `  ${t(lang, `change.${x.kind}`)}：${visible(what(x))}（${side(x.from)} → ${side(x.to)}）`
      : `  ${t(lang, `change.${x.kind}`)}: ${visible(what(x))} (${side(x.from)} → ${side(x.to)})`,
  );
  return [
    t(lang, "report.changes", { from: c.fromYear, to: c.toYear }),
    ...(lines.length ? lines : [`  ${t(lang, "change.none")}`]),
  ];
}

/**
 * A file's block in pieces: its title, the table (in the parts it is drawn in, for a file or a
 * pipe; fitted to a terminal whole), the reasons a thousand rows at a time, what follows, and the
 * summary line that ends it. Joined, the file's part.
 */
function* block(f: FileAssessment, options: FormatOptions): Generator<string> {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const { width } = options;
  const title = fit(
    visible(
      t(options.lang, "report.file", {
        file: f.file.file,
        region: truncate(visible(f.file.region.name), NAME_COLUMNS),
      }) + catalogLine(options.lang, f.file),
    ),
    width,
  )
    .split("\n")
    .map((l) => chalk.bold(l))
    .join("\n");
  const summary = fit(summaryLine(options.lang, f), width);
  if (options.quiet) return yield `${title}\n${summary}\n`;
  yield title;
  if (width === undefined) for (const part of drawTable(f, chalk, options.lang, LAYOUTS[0]!)) yield `\n${part}`;
  else yield `\n${fittedTable(f, chalk, options.lang, width)}`;
  let heading = false;
  for (const rows of rowBatches(f)) {
    const why = reasons(f, chalk, options, rows);
    if (why.length === 0) continue;
    if (!heading) yield `\n${t(options.lang, "report.reasons")}`;
    heading = true;
    yield `\n${why.join("\n")}`;
  }
  const rest = [
    ...changes(f, options).map((l) => fit(visible(l), width, 0, 4)),
    ...completenessLines(options.lang, f).map((l) => fit(visible(l), width, 0, 4)),
    ...vetoLines(options.lang, f).map((l) => fit(visible(l), width, 0, 4)),
    // The key projects before the summary line, which ends the file's block.
    ...projectsSection(f, options).map((l) => fit(l, width, 0, 4)),
    summary,
  ];
  yield `\n${rest.join("\n")}\n`;
}

const table: StreamingFormatter = {
  pieces: block,
  separator: () => "\n",
  // Across several files, the total.
  foot: (totals, options) => {
    if (totals.fileCount + (totals.unreadable ?? 0) <= 1) return "";
    // --quiet: the summary lines alone, the run's as each file's.
    const gaps = (
      options.quiet ? [] : [...runGapLines(options.lang, totals), ...runProjectsSection(totals, options)]
    ).map((l) => fit(visible(l), options.width, 0, 4));
    const total = fit(runSummaryLine(options.lang, totals), options.width)
      .split("\n")
      .map((l) => new Chalk({ level: options.color ? 1 : 0 }).bold(l));
    return `\n${[...gaps, ...total].join("\n")}\n`;
  },
};

export default table;
