/**
 * Plan consistency of 附表1: the stated 合计 against the columns' sum, subtotals by domain and
 * task, an amount a content writes that differs from its investment column, contents written twice.
 * Pure; `lint` reuses it.
 */
import { statedInvestment } from "./amounts.js";
import type { PlanConsistency, ProjectFinding, Subtotal } from "./result.js";
import { firstAlike, normalizeContent, type SimilarityWork } from "./similarity.js";
import type { Project, Projects } from "./types.js";

/** Contents this alike (character pairs shared) are named as nearly the same. */
const SIMILAR_CONTENT = 0.85;

const itemPath = (projects: Projects, p: Project) => ["projects", "items", projects.items.indexOf(p)] as const;

/** What each file's projects were found to be: the check and `lint` ask of the same projects, the near search the costliest part. */
const FOUND = new WeakMap<Projects, PlanConsistency>();

export function planConsistency(projects: Projects): PlanConsistency {
  let found = FOUND.get(projects);
  if (!found) FOUND.set(projects, (found = consistencyOf(projects)));
  return found;
}

function consistencyOf(projects: Projects): PlanConsistency {
  const sum = round(projects.items.reduce((s, p) => s + p.investment, 0));
  const findings: ProjectFinding[] = [];
  const { statedTotal } = projects;
  const totalAgrees = statedTotal === undefined ? undefined : round(statedTotal) === sum;
  if (statedTotal !== undefined && !totalAgrees) {
    findings.push({
      code: "total-mismatch",
      message: {
        id: "project.finding.totalMismatch",
        data: { stated: statedTotal, sum, diff: round(statedTotal - sum), count: projects.items.length },
      },
      path: ["projects", "stated_total"],
      line: projects.statedTotalLine ?? projects.line,
    });
  }
  for (const p of projects.items) {
    if (p.content === undefined) continue;
    const stated = statedInvestment(p.content);
    if (stated && (p.investment < stated.low || p.investment > stated.high)) {
      const amount = stated.low === stated.high ? String(stated.low) : `${stated.low}–${stated.high}`;
      findings.push({
        code: "content-amount",
        message: {
          id: "project.finding.contentAmount",
          data: { id: p.id, stated: amount, written: stated.texts.join("、"), investment: p.investment },
        },
        projectId: p.id,
        path: [...itemPath(projects, p), "content"],
        line: p.contentLine ?? p.line,
      });
    }
  }
  const searchWork: SimilarityWork = { comparisons: 0 };
  const { found, contents } = duplicates(projects, searchWork);
  findings.push(...found);
  return {
    ...(searchWork.stoppedAt !== undefined ? { nearSearch: { searched: searchWork.stoppedAt, contents } } : {}),
    ...(statedTotal !== undefined ? { statedTotal, totalAgrees } : {}),
    sum,
    byDomain: subtotals(projects.items, (p) => p.domain),
    byTask: subtotals(projects.items, (p) => p.task),
    findings: findings.sort((a, b) => a.line - b.line),
  };
}

/** A content the plan gives twice, or nearly (the later project is named, with the earliest one it repeats). */
function duplicates(projects: Projects, work: SimilarityWork): { found: ProjectFinding[]; contents: number } {
  const written = projects.items.filter((p): p is Project & { content: string } => p.content !== undefined);
  const texts = written.map((p) => normalizeContent(p.content));
  // Nearly the same words with other figures (100MW and 90MW) are two projects of one kind, not one twice.
  const alike = firstAlike(texts, texts.map(figures), SIMILAR_CONTENT, work);
  const found = written.flatMap((p, i): ProjectFinding[] => {
    const earlier = alike[i];
    if (earlier === undefined) return [];
    const same = earlier.similarity === 1;
    return [
      {
        code: same ? "duplicate-content" : "similar-content",
        message: {
          id: same ? "project.finding.duplicateContent" : "project.finding.similarContent",
          data: { id: p.id, other: written[earlier.index]!.id, similarity: Math.floor(earlier.similarity * 100) },
        },
        projectId: p.id,
        path: [...itemPath(projects, p), "content"],
        line: p.contentLine ?? p.line,
      },
    ];
  });
  return { found, contents: texts.length };
}

/** The numbers a content writes, in order: two contents that differ in a figure are about different things. */
const figures = (text: string) => (text.match(/\d+(?:\.\d+)?/g) ?? []).join(" ");

function subtotals(items: readonly Project[], keyOf: (p: Project) => string | undefined): Subtotal[] {
  const groups = new Map<string, Subtotal>();
  for (const p of items) {
    const key = keyOf(p) ?? "";
    const g = groups.get(key) ?? { key, count: 0, investment: 0 };
    groups.set(key, { key, count: g.count + 1, investment: round(g.investment + p.investment) });
  }
  return [...groups.values()];
}

/** Sums of 万元 amounts kept to four decimals (1 元), so 0.1 + 0.2 adds up. */
export const round = (n: number) => Math.round(n * 10000) / 10000;
