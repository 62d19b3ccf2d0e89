/** The key projects in sentences, for every human format: the heading facts, each finding, the summary by domain, kind and lead unit. */
import type { RunTotals } from "../../assess/result.js";
import type { Lang } from "../../i18n/lang.js";
import { message, t } from "../../i18n/translate.js";
import type { Group, ProjectCheck, ProjectsResult } from "../../projects/result.js";
import { leadCell } from "./sheet.js";
import { ref } from "../../i18n/message.js";

/** "34 projects, 1730592 万元: 4 with warnings, 0 completed — warn". */
export function projectsLine(lang: Lang, r: ProjectsResult): string {
  const { total } = r.summary;
  return t(lang, "project.line", {
    count: total.count,
    investment: total.investment,
    warnings: r.items.filter((c) => c.verdict === "WARN").length,
    completed: total.completed,
    verdict: ref(`verdict.${r.verdict}`),
  });
}

/** The stated total against the sum, the year judged with its margin, and whether the findings decide. */
export function projectsFacts(lang: Lang, r: ProjectsResult): string[] {
  const c = r.consistency;
  const total =
    c.statedTotal === undefined
      ? t(lang, "project.total.none", { count: r.items.length, sum: c.sum })
      : c.totalAgrees
        ? t(lang, "project.total.agrees", { stated: c.statedTotal, count: r.items.length })
        : undefined;
  const year =
    r.year === undefined
      ? t(lang, "project.year.none")
      : t(lang, "project.year", { year: r.year, margin: r.margin, source: ref(`project.margin.${r.marginSource}`) });
  return [...(total ? [total] : []), year, t(lang, r.decides ? "project.decides" : "project.shown")];
}

/** Every finding, in the file's order: the plan's, then each project's schedule and pace. */
export function findingLines(lang: Lang, r: ProjectsResult): string[] {
  const plan = r.consistency.findings;
  const own = r.items.flatMap((c) => c.findings.filter((f) => !plan.includes(f)));
  return [...plan, ...own].map((f) => message(lang, f.message));
}

const groupText = (lang: Lang, g: Group, key: string) =>
  `${key || "—"} ${g.count} · ${g.investment} 万元${g.invested ? ` · ${t(lang, "project.invested")} ${g.invested}` : ""} · ${t(lang, "project.status.completed")} ${g.completed}`;

/** "by domain: 生态安全 11 · 178512 万元 · completed 0; …" and the same by kind and by lead unit. */
export function summaryLines(lang: Lang, r: ProjectsResult): string[] {
  const sep = lang === "zh" ? "；" : "; ";
  const colon = lang === "zh" ? "：" : ": ";
  return [
    `${t(lang, "project.by.domain")}${colon}${r.summary.byDomain.map((g) => groupText(lang, g, g.key)).join(sep)}`,
    `${t(lang, "project.by.kind")}${colon}${r.summary.byKind.map((g) => groupText(lang, g, g.key ? t(lang, `project.kind.${g.key}`) : "")).join(sep)}`,
    `${t(lang, "project.by.lead")}${colon}${r.summary.byLead.map((g) => groupText(lang, g, g.key)).join(sep)}`,
  ];
}

/** Across a batch: each region's projects, then the sum. */
export function runProjectsLines(lang: Lang, totals: RunTotals): string[] {
  const p = totals.projects;
  if (!p) return [];
  return [
    t(lang, "project.batch", {
      files: p.files,
      count: p.count,
      investment: p.investment,
      invested: p.invested,
      completed: p.completed,
      warnings: p.warnings,
    }),
    ...p.regions.map(
      (r) =>
        `  ${r.region} (${r.file}): ${r.count} · ${r.investment} 万元 · ${t(lang, "project.invested")} ${r.invested} · ${t(lang, "project.status.completed")} ${r.completed} · ${t(lang, "verdict.WARN")} ${r.warnings}`,
    ),
  ];
}

/** The columns of a project's row in the text and page tables, in 附表1's order. */
export const PROJECT_COLUMNS = [
  "id",
  "name",
  "domain",
  "task",
  "kind",
  "investment",
  "period",
  "lead",
  "status",
  "invested",
  "verdict",
] as const;
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number];

/** A project's row as words, one per column: what markdown and the page show of it. */
export function projectCells(lang: Lang, c: ProjectCheck): Record<ProjectColumn, string> {
  return {
    id: c.project.id,
    name: c.project.name,
    domain: c.project.domain ?? "",
    task: c.project.task ?? "",
    kind: c.project.kind ? t(lang, `project.kind.${c.project.kind}`) : "",
    investment: String(c.project.investment),
    period: c.project.period.text,
    lead: leadCell(c.project.lead),
    status: c.status ? t(lang, `project.status.${c.status}`) : "",
    invested: c.invested === undefined ? "" : String(c.invested),
    verdict: t(lang, `verdict.${c.verdict}`),
  };
}
