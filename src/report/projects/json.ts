/** The `projects` member of a file in the JSON report: machine words (in_progress, continued), messages in the report's language. */
import type { Lang } from "../../i18n/lang.js";
import { message } from "../../i18n/translate.js";
import type { Group, ProjectFinding, ProjectsResult, Subtotal } from "../../projects/result.js";
import type { ProjectsTotals, RegionProjects } from "../../projects/totals.js";
import type { ProjectsJson, RunSummaryJson } from "../reportSchema.js";

const finding = (f: ProjectFinding, lang: Lang) => ({
  code: f.code,
  ...(f.projectId !== undefined ? { project: f.projectId } : {}),
  line: f.line,
  message: message(lang, f.message),
});
const subtotal = (s: Subtotal) => ({ key: s.key, count: s.count, investment: s.investment });
const group = (g: Group) => ({
  key: g.key,
  count: g.count,
  investment: g.investment,
  invested: g.invested,
  completed: g.completed,
});

export function projectsJson(r: ProjectsResult, lang: Lang): ProjectsJson {
  const c = r.consistency;
  return {
    ...(r.year !== undefined ? { year: r.year } : {}),
    margin: r.margin,
    margin_source: r.marginSource,
    verdict: r.verdict,
    decides: r.decides,
    consistency: {
      ...(c.statedTotal !== undefined ? { stated_total: c.statedTotal, total_agrees: c.totalAgrees } : {}),
      sum: c.sum,
      by_domain: c.byDomain.map(subtotal),
      by_task: c.byTask.map(subtotal),
      findings: c.findings.map((f) => finding(f, lang)),
      ...(c.nearSearch ? { near_search: c.nearSearch } : {}),
    },
    items: r.items.map(({ project: p, status, invested, investedShare, elapsedShare, verdict, findings }) => ({
      id: p.id,
      name: p.name,
      ...(p.domain !== undefined ? { domain: p.domain } : {}),
      ...(p.task !== undefined ? { task: p.task } : {}),
      ...(p.kind !== undefined ? { kind: p.kind } : {}),
      investment: p.investment,
      period: p.period.text,
      start: p.period.start,
      end: p.period.end,
      lead: p.lead,
      indicators: p.indicators,
      line: p.line,
      ...(status !== undefined ? { status } : {}),
      ...(invested !== undefined ? { invested } : {}),
      ...(investedShare !== undefined ? { invested_share: round(investedShare) } : {}),
      ...(elapsedShare !== undefined ? { elapsed_share: round(elapsedShare) } : {}),
      verdict,
      findings: findings.map((f) => finding(f, lang)),
    })),
    summary: {
      by_domain: r.summary.byDomain.map(group),
      by_kind: r.summary.byKind.map(group),
      by_lead: r.summary.byLead.map(group),
      total: group(r.summary.total),
    },
  };
}

const round = (share: number) => Math.round(share * 10000) / 10000;

const regionTotals = (r: RegionProjects) => ({
  file: r.file,
  region: r.region,
  count: r.count,
  investment: r.investment,
  invested: r.invested,
  completed: r.completed,
  warnings: r.warnings,
});

/** The batch summary's `projects`: totals across the files that list projects, and each region's. */
export const projectTotalsJson = (t: ProjectsTotals): NonNullable<RunSummaryJson["projects"]> => ({
  files: t.files,
  count: t.count,
  investment: t.investment,
  invested: t.invested,
  completed: t.completed,
  warnings: t.warnings,
  regions: t.regions.map(regionTotals),
});
