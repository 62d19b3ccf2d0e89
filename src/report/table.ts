/**
 * The human report: one table per file (a row per indicator, each cell with its verdict mark),
 * the reasons for every check that did not pass, and the summary line.
 */
import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { CheckName, CheckResult, Counts, FileAssessment, IndicatorAssessment } from "../assess/result.js";
import type { Lang } from "../i18n/catalog.js";
import { VERDICT_MARK, formatNumber, reason, t } from "../i18n/translate.js";
import type { Observation, Value } from "../model/types.js";
import type { Verdict } from "../model/verdict.js";
import type { FormatOptions, Formatter } from "./index.js";
import { truncate, wrap } from "./wrap.js";

const COUNT_ORDER: readonly Verdict[] = ["PASS", "FAIL", "WARN", "MISSING", "REVIEW", "N/A"];

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

const NAME_WIDTH = 28;
const RULE_WIDTH = 18;

export function displayValue(v: Value | undefined): string {
  if (!v) return "";
  return v.kind === "number" ? formatNumber(v.n) : truncate(v.text, RULE_WIDTH);
}

function cell(chalk: ChalkInstance, check: CheckResult | undefined, text: string): string {
  if (!check) return text;
  return paint(chalk, check.verdict, `${VERDICT_MARK[check.verdict]} ${text}`.trim());
}

/** "21 pass · 2 missing · 1 review" — zero counts left out. */
export function countsLine(lang: Lang, counts: Counts): string {
  const parts = COUNT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${t(lang, `verdict.${v}`)}`);
  return t(lang, "report.counts", { total: counts.total, counts: parts.join(" · ") || "—" });
}

export function summaryLine(lang: Lang, f: FileAssessment): string {
  return t(lang, "report.summary", {
    binding: countsLine(lang, f.summary.binding),
    reference: countsLine(lang, f.summary.reference),
    overall: `@overall.${f.summary.overall}`,
  });
}

const latest = (series: readonly Observation[], year: number) => series.filter((o) => o.year <= year).at(-1);

function fileTable(f: FileAssessment, { lang, color }: FormatOptions): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const { plan } = f.file;
  const withActual = f.year !== undefined && f.checks.includes("progress");
  const head = [
    t(lang, "report.header.id"),
    t(lang, "report.header.name"),
    t(lang, "report.header.unit"),
    t(lang, "report.header.standard"),
    t(lang, "report.header.baseline", { year: plan.baseYear }),
    t(lang, "report.header.target", { year: plan.nearTerm ?? "" }),
    t(lang, "report.header.target", { year: plan.longTerm ?? "" }),
    ...(withActual ? [t(lang, "report.header.actual", { year: f.year })] : []),
  ];
  const table = new Table({
    head: head.map((h) => chalk.bold(h)),
    style: { head: [], border: [] },
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const a of f.indicators) {
    const { indicator: i, checks } = a;
    const baseline = latest(i.baseline, plan.baseYear);
    const actual = f.year === undefined ? undefined : [...i.baseline, ...i.actuals].find((o) => o.year === f.year);
    table.push([
      i.binding ? i.id : chalk.dim(i.id),
      wrap(i.name, NAME_WIDTH),
      i.unit,
      wrap(i.standard?.text ?? "", RULE_WIDTH),
      cell(chalk, checks.baseline, displayValue(baseline?.value)),
      cell(chalk, checks.near_term, wrap(i.nearTerm?.text ?? "", RULE_WIDTH)),
      cell(chalk, checks.long_term, wrap(i.longTerm?.text ?? "", RULE_WIDTH)),
      ...(withActual ? [cell(chalk, checks.progress, displayValue(actual?.value))] : []),
    ]);
  }
  return table.toString();
}

const CHECK_LABEL: Record<Lang, Record<CheckName, string>> = {
  zh: { baseline: "基准值", near_term: "近期目标", long_term: "远期目标", progress: "进展", override: "改写国家标准" },
  en: { baseline: "baseline", near_term: "near-term", long_term: "long-term", progress: "progress", override: "override" },
};

function reasons(f: FileAssessment, { lang, color }: FormatOptions): string[] {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const line = (a: IndicatorAssessment, name: CheckName, c: CheckResult) =>
    `  ${paint(chalk, c.verdict, `${VERDICT_MARK[c.verdict]} ${c.verdict.padEnd(7)}`)} ${a.indicator.id} ${CHECK_LABEL[lang][name]}: ${reason(lang, c.outcome)}`;
  const overridden = (a: IndicatorAssessment) =>
    (a.indicator.edition?.overrides ?? []).map((o) => `  ${chalk.blue("ⓘ")}         ${a.indicator.id} ${t(lang, "report.override", { field: o.field, file: o.file, edition: o.edition })}`);
  return f.indicators.flatMap((a) => [
    ...overridden(a),
    ...Object.entries(a.checks)
      .filter(([, c]) => c.verdict !== "PASS" && c.verdict !== "N/A")
      .map(([name, c]) => line(a, name as CheckName, c)),
  ]);
}

const table: Formatter = (run, options) => {
  const blocks = run.files.map((f) => {
    const title = t(options.lang, "report.file", { file: f.file.file, region: f.file.region.name });
    const summary = summaryLine(options.lang, f);
    if (options.quiet) return `${title}\n${summary}`;
    const why = reasons(f, options);
    return [title, fileTable(f, options), ...(why.length ? [t(options.lang, "report.reasons"), ...why] : []), summary].join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
};

export default table;
