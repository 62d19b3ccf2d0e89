/** GitHub-flavoured Markdown: per file a table and the reasons, then the summary; pastes into a report or a job summary. */
import { catalogLine } from "./catalogLine.js";
import type { CheckResult, FileAssessment } from "../assess/result.js";
import { VERDICT_MARK, reason, t } from "../i18n/translate.js";
import { checkLabel, actualValue, baselineValue, displayValue, headers, withActual } from "./columns.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import { checkRows, needsAttention } from "./rows.js";
import { completenessLines, runGapLines, runSummaryLine, summaryLine } from "./summaryLines.js";

/** User text shown as written: Markdown and HTML punctuation escaped. */
const escape = (s: string) => s.replace(/[\\`*_[\]<>&|#]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`));
/** A table cell: escaped, line breaks as <br>. */
const cell = (s: string) => escape(s).replace(/\r?\n/g, "<br>");
const marked = (c: CheckResult | undefined, text: string) => (c ? `${VERDICT_MARK[c.verdict]} ${text}`.trim() : text);

function fileSection(f: FileAssessment, { lang }: FormatOptions): string {
  const head = headers(f, lang);
  const rows = f.indicators.map(({ indicator: i, checks }) => [
    i.id,
    i.name,
    i.unit,
    i.standard?.text ?? "",
    marked(checks.baseline, displayValue(baselineValue(f, i))),
    marked(checks.near_term, i.nearTerm?.text ?? ""),
    marked(checks.long_term, i.longTerm?.text ?? ""),
    ...(withActual(f) ? [marked(checks.progress, displayValue(actualValue(f, i)))] : []),
  ]);
  const table = [head, head.map(() => "---"), ...rows].map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n");
  const reasons = checkRows(f)
    .filter((r) => needsAttention(r.check))
    .map(({ assessment: { indicator: i }, name, check: c }) => `- ${VERDICT_MARK[c.verdict]} **${c.verdict}** ${i.id} ${checkLabel(lang, f, name)}: ${escape(reason(lang, c.outcome))}`);
  return [
    `### ${t(lang, "report.file", { file: f.file.file, region: f.file.region.name })}${escape(catalogLine(lang, f.file))}`,
    "",
    table,
    ...(reasons.length ? ["", `**${t(lang, "report.reasons")}**`, "", ...reasons] : []),
    ...completion(f, lang),
    "",
    `**${summaryLine(lang, f)}**`,
  ].join("\n");
}

/** A year assessment's gaps, as a list. */
function completion(f: FileAssessment, lang: FormatOptions["lang"]): string[] {
  const [heading, ...rows] = completenessLines(lang, f);
  return heading ? ["", `**${escape(heading)}**`, "", ...rows.map((r) => `- ${escape(r.trim())}`)] : [];
}

function runGaps(totals: Parameters<typeof runGapLines>[1], lang: FormatOptions["lang"]): string {
  const [heading, ...rows] = runGapLines(lang, totals);
  return heading ? `\n\n**${escape(heading)}**\n\n${rows.map((r) => `- ${escape(r.trim())}`).join("\n")}` : "";
}

const markdown: StreamingFormatter = {
  head: () => "## lingling-check\n\n",
  file: (f, options) => (options.quiet ? `- ${f.file.file}: ${summaryLine(options.lang, f)}` : fileSection(f, options)),
  separator: (options) => (options.quiet ? "\n" : "\n\n"),
  foot: (totals, options) =>
    `${totals.fileCount + (totals.unreadable ?? 0) > 1 ? `${options.quiet ? "" : runGaps(totals, options.lang)}\n\n**${runSummaryLine(options.lang, totals)}**` : ""}\n`,
};

export default markdown;
