/** The summary lines every human format ends with. */
import type { Counts, FileAssessment, RunTotals } from "../assess/result.js";
import type { Lang } from "../i18n/catalog.js";
import { t } from "../i18n/translate.js";
import type { Verdict } from "../model/verdict.js";
import { ref } from "../rules/context.js";

const COUNT_ORDER: readonly Verdict[] = ["PASS", "FAIL", "WARN", "MISSING", "REVIEW", "N/A"];

/** "25: 21 pass · 2 missing · 1 review" — zero counts left out. */
export function countsLine(lang: Lang, counts: Counts): string {
  const parts = COUNT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${t(lang, `verdict.${v}`)}`);
  return t(lang, "report.counts", { total: counts.total, counts: parts.join(" · ") || "—" });
}

export function summaryLine(lang: Lang, f: FileAssessment): string {
  return t(lang, "report.summary", {
    binding: countsLine(lang, f.summary.binding),
    reference: countsLine(lang, f.summary.reference),
    overall: ref(`overall.${f.summary.overall}`),
  });
}

/** Across files: how many files per overall verdict, and the run's verdict (the worst file's). */
export function runSummaryLine(lang: Lang, run: RunTotals): string {
  const parts = (["PASS", "WARN", "INCOMPLETE", "FAIL"] as const).filter((o) => run.byOverall[o] > 0).map((o) => `${run.byOverall[o]} ${t(lang, `overall.${o}`)}`);
  if (run.unreadable) parts.push(t(lang, "report.unreadable", { count: run.unreadable }));
  return t(lang, "report.runSummary", { files: run.fileCount + (run.unreadable ?? 0), counts: parts.join(" · "), overall: ref(`overall.${run.overall}`) });
}
