/**
 * The human report: one table per file (a row per indicator, each cell with its verdict mark),
 * the reasons for every check that did not pass, and the summary line; across files, a total.
 */
import { catalogLine } from "./catalogLine.js";
import { Chalk, type ChalkInstance } from "chalk";
import type TableType from "cli-table3";
import { createRequire } from "node:module";
import type { CheckName, CheckResult, FileAssessment, IndicatorAssessment } from "../assess/result.js";
import { VERDICT_MARK, reason, t } from "../i18n/translate.js";
import type { Verdict } from "../model/verdict.js";
import { checkLabel, actualValue, baselineValue, displayValue, headers, withActual } from "./columns.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import { needsAttention } from "./rows.js";
import { completenessLines, runGapLines, runSummaryLine, summaryLine } from "./summaryLines.js";
import { visible } from "./visible.js";
import { truncate, wrap } from "./wrap.js";

// cli-table3 is loaded on the first table drawn: `--quiet` prints only summary lines.
const require = createRequire(import.meta.url);
let Table: typeof TableType | undefined;

const NAME_WIDTH = 28;
const RULE_WIDTH = 18;

function paint(chalk: ChalkInstance, verdict: Verdict, text: string): string {
  switch (verdict) {
    case "PASS": return chalk.green(text);
    case "FAIL": return chalk.red(text);
    case "WARN": return chalk.yellow(text);
    case "MISSING": return chalk.magenta(text);
    case "REVIEW": return chalk.cyan(text);
    case "N/A": return chalk.gray(text);
  }
}

function cell(chalk: ChalkInstance, check: CheckResult | undefined, text: string): string {
  if (!check) return text;
  return paint(chalk, check.verdict, `${VERDICT_MARK[check.verdict]} ${text}`.trim());
}

function fileTable(f: FileAssessment, chalk: ChalkInstance, { lang }: FormatOptions): string {
  Table ??= require("cli-table3") as typeof TableType;
  const table = new Table({
    head: headers(f, lang).map((h) => chalk.bold(h)),
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const { indicator: i, checks } of f.indicators) {
    table.push([
      i.binding ? visible(i.id) : chalk.dim(visible(i.id)),
      wrap(visible(i.name), NAME_WIDTH),
      visible(i.unit),
      wrap(visible(i.standard?.text ?? ""), RULE_WIDTH),
      cell(chalk, checks.baseline, truncate(visible(displayValue(baselineValue(f, i))), RULE_WIDTH)),
      cell(chalk, checks.near_term, wrap(visible(i.nearTerm?.text ?? ""), RULE_WIDTH)),
      cell(chalk, checks.long_term, wrap(visible(i.longTerm?.text ?? ""), RULE_WIDTH)),
      ...(withActual(f) ? [cell(chalk, checks.progress, truncate(visible(displayValue(actualValue(f, i))), RULE_WIDTH))] : []),
    ]);
  }
  return table.toString();
}

function reasons(f: FileAssessment, chalk: ChalkInstance, { lang }: FormatOptions): string[] {
  const line = (a: IndicatorAssessment, name: CheckName, c: CheckResult) =>
    `  ${paint(chalk, c.verdict, `${VERDICT_MARK[c.verdict]} ${c.verdict.padEnd(7)}`)} ${visible(`${a.indicator.id} ${checkLabel(lang, f, name)}${lang === "zh" ? "：" : ": "}${reason(lang, c.outcome)}`)}`;
  const overridden = (a: IndicatorAssessment) =>
    (a.indicator.edition?.overrides ?? []).map((o) => `  ${chalk.blue("ⓘ")}         ${visible(`${a.indicator.id} ${t(lang, "report.override", { field: o.field, file: o.file, edition: o.edition })}`)}`);
  return f.indicators.flatMap((a) => [
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
  const side = (s: { verdict?: string; forecast?: string }) => [s.verdict ?? "—", s.forecast ? t(lang, `forecast.${s.forecast}`) : undefined].filter(Boolean).join(", ");
  const lines = c.changes.map((x) => `  ${t(lang, `change.${x.kind}`)}: ${visible(`${x.id} ${x.name}`)} (${side(x.from)} → ${side(x.to)})`);
  return [t(lang, "report.changes", { from: c.fromYear, to: c.toYear }), ...(lines.length ? lines : [`  ${t(lang, "change.none")}`])];
}

function block(f: FileAssessment, options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const title = chalk.bold(visible(t(options.lang, "report.file", { file: f.file.file, region: f.file.region.name }) + catalogLine(options.lang, f.file)));
  const summary = summaryLine(options.lang, f);
  if (options.quiet) return `${title}\n${summary}`;
  const why = reasons(f, chalk, options);
  return [
    title,
    fileTable(f, chalk, options),
    ...(why.length ? [t(options.lang, "report.reasons"), ...why] : []),
    ...changes(f, options),
    ...completenessLines(options.lang, f).map(visible),
    summary,
  ].join("\n");
}

const table: StreamingFormatter = {
  file: (f, options) => `${block(f, options)}\n`,
  separator: () => "\n",
  // Across several files, the total.
  foot: (totals, options) => {
    if (totals.fileCount + (totals.unreadable ?? 0) <= 1) return "";
    const gaps = options.quiet ? [] : runGapLines(options.lang, totals).map(visible);
    return `\n${[...gaps, new Chalk({ level: options.color ? 1 : 0 }).bold(runSummaryLine(options.lang, totals))].join("\n")}\n`;
  },
};

export default table;
