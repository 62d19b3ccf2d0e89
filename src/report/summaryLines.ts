/** The summary lines every human format ends with. */
import type { Counts, FileAssessment, RunTotals } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import type { Verdict } from "../model/verdict.js";
import { ref } from "../i18n/message.js";

/** The order every report counts verdicts in. */
export const COUNT_ORDER: readonly Verdict[] = ["PASS", "FAIL", "WARN", "MISSING", "REVIEW", "N/A"];

/** "25: 21 pass · 2 missing · 1 review" — zero counts left out; no rows at all, "0: none". */
export function countsLine(lang: Lang, counts: Counts): string {
  const parts = COUNT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${t(lang, `verdict.${v}`)}`);
  return t(lang, "report.counts", { total: counts.total, counts: parts.join(" · ") || t(lang, "report.counts.none") });
}

/** Which question the run answered: "plan review", "2024 assessment". */
export const questionLabel = (lang: Lang, f: FileAssessment): string =>
  f.mode === "year" ? t(lang, "mode.year", { year: f.year }) : t(lang, "mode.plan");

export function summaryLine(lang: Lang, f: FileAssessment): string {
  return t(lang, "report.summary", {
    mode: questionLabel(lang, f),
    binding: countsLine(lang, f.summary.binding),
    reference: countsLine(lang, f.summary.reference),
    overall: ref(`overall.${f.summary.overall}`),
  });
}

/** Across files: how many files per overall verdict, and the run's verdict (the worst file's). */
export function runSummaryLine(lang: Lang, run: RunTotals): string {
  const parts = (["PASS", "WARN", "INCOMPLETE", "FAIL"] as const)
    .filter((o) => run.byOverall[o] > 0)
    .map((o) => `${run.byOverall[o]} ${t(lang, `overall.${o}`)}`);
  if (run.unreadable) parts.push(t(lang, "report.unreadable", { count: run.unreadable }));
  // Nothing could be checked: there is no overall verdict to give (the exit status is 2).
  if (run.fileCount === 0)
    return t(lang, "report.runSummary.none", { files: run.unreadable ?? 0, counts: parts.join(" · ") });
  return t(lang, "report.runSummary", {
    files: run.fileCount + (run.unreadable ?? 0),
    counts: parts.join(" · "),
    overall: ref(`overall.${run.overall}`),
  });
}

/** A year assessment's gaps: the binding rows with no value for the year, or nothing when complete. */
export function completenessLines(lang: Lang, f: FileAssessment): string[] {
  const c = f.completeness;
  if (!c || c.missing.length === 0) return [];
  return [
    t(lang, "report.completeness", { year: c.year, count: c.missing.length }),
    ...c.missing.map((m) => `  ${m.id} ${m.name}`),
  ];
}

/** Across a batch: which file (region) lacks which rows, the first few files in full. */
export function runGapLines(lang: Lang, run: RunTotals, shown = 20): string[] {
  const gaps = run.gaps ?? [];
  if (gaps.length === 0) return [];
  const lines = gaps.slice(0, shown).map((g) => `  ${g.region} (${g.file}, ${g.year}): ${g.ids.join(", ")}`);
  if (gaps.length > shown) lines.push(`  ${t(lang, "report.gapsMore", { count: gaps.length - shown })}`);
  return [t(lang, "report.gaps", { files: gaps.length }), ...lines];
}
