/** The Markdown report's projects section: a 附表1-like table with the year's state, the findings, the summary. */
import type { FileAssessment, RunTotals } from "../../assess/result.js";
import type { Lang } from "../../i18n/lang.js";
import { t } from "../../i18n/translate.js";
import type { ProjectsResult } from "../../projects/result.js";
import type { FormatOptions } from "../index.js";
import {
  PROJECT_COLUMNS,
  findingLines,
  projectCells,
  projectsFacts,
  projectsLine,
  runProjectsLines,
  summaryLines,
} from "./lines.js";

type Escape = (s: string) => string;

/** 附表1's columns but the task, which the page shows. */
const COLUMNS = PROJECT_COLUMNS.filter((c) => c !== "task");

function table(lang: Lang, r: ProjectsResult, esc: Escape): string {
  const head = COLUMNS.map((c) => t(lang, `project.col.${c}`));
  const rows = r.items.map((c) => {
    const cells = projectCells(lang, c);
    return COLUMNS.map((col) => cells[col]);
  });
  return [head, head.map(() => "---"), ...rows].map((row) => `| ${row.map(esc).join(" | ")} |`).join("\n");
}

/** The file's section's projects (never with --quiet, which writes the summary lines alone). */
export function projectsMarkdown(f: FileAssessment, { lang }: FormatOptions, esc: Escape): string[] {
  const r = f.projects;
  if (!r) return [];
  const findings = findingLines(lang, r);
  return [
    "",
    `#### ${esc(t(lang, "project.title"))}`,
    "",
    [projectsLine(lang, r), ...projectsFacts(lang, r)].map(esc).join(lang === "zh" ? "；" : "; "),
    "",
    table(lang, r, esc),
    ...(findings.length ? ["", ...findings.map((l) => `- ⚠ ${esc(l)}`)] : []),
    "",
    ...summaryLines(lang, r).map((l) => `- ${esc(l)}`),
  ];
}

export function runProjectsMarkdown(totals: RunTotals, { lang }: FormatOptions, esc: Escape): string {
  const [head, ...rows] = runProjectsLines(lang, totals);
  return head ? `\n\n**${esc(head)}**\n\n${rows.map((r) => `- ${esc(r.trim())}`).join("\n")}` : "";
}
