/** GitHub-flavoured Markdown: per file a table and the reasons, then the summary; pastes into a report or a job summary. */
import { catalogLine } from "./catalogLine.js";
import type { CheckResult, FileAssessment } from "../assess/result.js";
import { VERDICT_MARK, message, reason, t } from "../i18n/translate.js";
import { checkLabel, actualValue, baselineValue, displayValue, headers, withActual } from "./columns.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import type { InputError } from "../load/errors.js";
import { checkRows, needsAttention, rowBatches } from "./rows.js";
import { completenessLines, runGapLines, runSummaryLine, summaryLine } from "./summaryLines.js";
import { vetoLines } from "./vetoLines.js";
import { visible } from "./visible.js";
import { projectsMarkdown, runProjectsMarkdown } from "./projects/markdown.js";

/**
 * Text from a file in Markdown, for every cell, heading and list item: shown as written, with
 * backslash escapes rather than HTML entities, so that it reads the same rendered and pasted as
 * text. Control characters and line breaks are shown visibly first (`\n`, `\x1b`: a line break
 * would end a table row); then the punctuation that makes markup — `\` `` ` `` `*` `_` `[` `]`
 * `<` `|` `#` `~`, and `&` where it would start an entity. `>` is left alone: it quotes only at
 * the start of a line, where file text never stands, and after an escaped `<` no tag can close.
 */
const markdownText = (s: string) =>
  visible(s)
    .replace(/[\\`*_[\]<|#~]/g, "\\$&")
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, "\\&");
const marked = (c: CheckResult | undefined, text: string) => (c ? `${VERDICT_MARK[c.verdict]} ${text}`.trim() : text);

/**
 * A file's section in pieces: its heading, its table and its reasons a thousand rows at a time,
 * then what follows them.
 */
function* fileSection(f: FileAssessment, options: FormatOptions): Generator<string> {
  const { lang } = options;
  const head = headers(f, lang);
  const line = (r: readonly string[]) => `| ${r.map(markdownText).join(" | ")} |`;
  yield `### ${markdownText(t(lang, "report.file", { file: f.file.file, region: f.file.region.name }) + catalogLine(lang, f.file))}\n\n${line(head)}\n${line(head.map(() => "---"))}`;
  for (const rows of rowBatches(f)) {
    const lines = rows.map((a) => {
      const { indicator: i, checks } = a;
      return line([
        i.id,
        i.name,
        i.unit,
        i.standard?.text ?? "",
        marked(checks.baseline, displayValue(baselineValue(a))),
        marked(checks.near_term, i.nearTerm?.text ?? ""),
        marked(checks.long_term, i.longTerm?.text ?? ""),
        ...(withActual(f) ? [marked(checks.progress, displayValue(actualValue(a)))] : []),
      ]);
    });
    yield `\n${lines.join("\n")}`;
  }
  let heading = false;
  for (const rows of rowBatches(f)) {
    const reasons = checkRows(f, rows)
      .filter((r) => needsAttention(r.check))
      .map(
        ({ assessment: { indicator: i }, name, check: c }) =>
          `- ${VERDICT_MARK[c.verdict]} **${t(lang, `tag.${c.verdict}`)}** ${markdownText(i.id)} ${checkLabel(lang, f, name)}${lang === "zh" ? "：" : ": "}${markdownText(reason(lang, c.outcome))}`,
      );
    if (reasons.length === 0) continue;
    if (!heading) yield `\n\n**${t(lang, "report.reasons")}**\n`;
    heading = true;
    yield `\n${reasons.join("\n")}`;
  }
  yield `\n${[
    ...completion(f, lang),
    ...vetoSection(f, lang),
    "",
    `**${summaryLine(lang, f)}**`,
    ...projectsMarkdown(f, options, markdownText),
  ].join("\n")}`;
}

function completion(f: FileAssessment, lang: FormatOptions["lang"]): string[] {
  const [heading, ...rows] = completenessLines(lang, f);
  return heading ? ["", `**${markdownText(heading)}**`, "", ...rows.map((r) => `- ${markdownText(r.trim())}`)] : [];
}

/** The basic conditions, as a list under their heading, and whose list it is. */
function vetoSection(f: FileAssessment, lang: FormatOptions["lang"]): string[] {
  const lines = vetoLines(lang, f);
  if (lines.length === 0) return [];
  const [heading, ...rest] = lines;
  const own = rest.pop()!;
  return [
    "",
    `**${markdownText(heading!)}**`,
    "",
    ...rest.map((r) => `- ${markdownText(r.trim())}`),
    "",
    markdownText(own),
  ];
}

function runGaps(totals: Parameters<typeof runGapLines>[1], lang: FormatOptions["lang"]): string {
  const [heading, ...rows] = runGapLines(lang, totals);
  return heading
    ? `\n\n**${markdownText(heading)}**\n\n${rows.map((r) => `- ${markdownText(r.trim())}`).join("\n")}`
    : "";
}

/** A file that could not be checked: a section with each error at its place. */
function inputErrorSection(errors: readonly InputError[], { lang, quiet }: FormatOptions): string {
  // The place in a code span, where nothing is markup: only its backticks must go.
  const lines = errors.map(
    (e) =>
      `- \`${visible(`${e.file}:${e.line}:${e.column}`).replace(/`/g, "'")}\` error\\[${e.code}\\]: ${markdownText(message(lang, e.message))}`,
  );
  return quiet
    ? lines.join("\n")
    : [`### ${markdownText(t(lang, "report.inputErrors", { file: errors[0]!.file }))}`, "", ...lines].join("\n");
}

const markdown: StreamingFormatter = {
  inputErrors: inputErrorSection,
  head: () => "## lingling-check\n\n",
  pieces: (f, options) =>
    options.quiet ? [`- ${markdownText(f.file.file)}: ${summaryLine(options.lang, f)}`] : fileSection(f, options),
  separator: (options) => (options.quiet ? "\n" : "\n\n"),
  foot: (totals, options) =>
    `${totals.fileCount + (totals.unreadable ?? 0) > 1 ? `${options.quiet ? "" : `${runGaps(totals, options.lang)}${runProjectsMarkdown(totals, options, markdownText)}`}\n\n**${runSummaryLine(options.lang, totals)}**` : ""}\n`,
};

export default markdown;
