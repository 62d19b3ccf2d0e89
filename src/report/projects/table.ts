/** The table report's projects section: what the checks found, as lines under the file's table. */
import type { FileAssessment, RunTotals } from "../../assess/result.js";
import { t } from "../../i18n/translate.js";
import type { FormatOptions } from "../index.js";
import { visible } from "../visible.js";
import { findingLines, projectsFacts, projectsLine, runProjectsLines, summaryLines } from "./lines.js";

/** Under the file's table (never with --quiet, which prints the summary lines alone). */
export function projectsSection(f: FileAssessment, { lang }: FormatOptions): string[] {
  const r = f.projects;
  if (!r) return [];
  const head = `${t(lang, "project.title")}${lang === "zh" ? "：" : ": "}${projectsLine(lang, r)}`;
  return [
    head,
    ...projectsFacts(lang, r).map((l) => `  ${l}`),
    ...findingLines(lang, r).map((l) => `  ! ${l}`),
    ...summaryLines(lang, r).map((l) => `  ${l}`),
  ].map(visible);
}

export const runProjectsSection = (totals: RunTotals, { lang }: FormatOptions): string[] =>
  runProjectsLines(lang, totals).map(visible);
