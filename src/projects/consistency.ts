/**
 * Plan consistency of 附表1: the stated 合计 against the columns' sum, subtotals by domain and
 * task, an amount a content writes that differs from its investment column, contents written twice.
 * Pure; `lint` reuses it.
 */
import { statedInvestment } from "./amounts.js";
import type { PlanConsistency, ProjectFinding, Subtotal } from "./result.js";
import { normalizeContent, pairSimilarity, pairsOf, similarityBound, type Pairs } from "./similarity.js";
import type { Project, Projects } from "./types.js";

/** Contents this alike (character pairs shared) are named as nearly the same. */
export const SIMILAR_CONTENT = 0.85;

const itemPath = (projects: Projects, p: Project) => ["projects", "items", projects.items.indexOf(p)] as const;

export function planConsistency(projects: Projects): PlanConsistency {
  const sum = round(projects.items.reduce((s, p) => s + p.investment, 0));
  const findings: ProjectFinding[] = [];
  const { statedTotal } = projects;
  const totalAgrees = statedTotal === undefined ? undefined : round(statedTotal) === sum;
  if (statedTotal !== undefined && !totalAgrees) {
    findings.push({
      code: "total-mismatch",
      message: { id: "project.finding.totalMismatch", data: { stated: statedTotal, sum, diff: round(statedTotal - sum), count: projects.items.length } },
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
        message: { id: "project.finding.contentAmount", data: { id: p.id, stated: amount, written: stated.texts.join("、"), investment: p.investment } },
        projectId: p.id,
        path: [...itemPath(projects, p), "content"],
        line: p.contentLine ?? p.line,
      });
    }
  }
  findings.push(...duplicates(projects));
  return { ...(statedTotal !== undefined ? { statedTotal, totalAgrees } : {}), sum, byDomain: subtotals(projects.items, (p) => p.domain), byTask: subtotals(projects.items, (p) => p.task), findings: findings.sort((a, b) => a.line - b.line) };
}

/** A content the plan gives twice, or nearly (the later project is named, with the earlier one). */
function duplicates(projects: Projects): ProjectFinding[] {
  // Each content reduced once; its character pairs only once it is compared (most contents differ
  // from every other in a figure or in length, and are never compared).
  const written = projects.items.flatMap((p) => {
    if (p.content === undefined) return [];
    const text = normalizeContent(p.content);
    let pairs: Pairs | undefined;
    return [{ p, size: Math.max(0, text.length - 1), pairs: () => (pairs ??= pairsOf(text)), figures: figures(text) }];
  });
  const findings: ProjectFinding[] = [];
  written.forEach((own, i) => {
    for (const earlier of written.slice(0, i)) {
      // Nearly the same words with other figures (100MW and 90MW) are two projects of one kind, not one twice.
      if (own.figures !== earlier.figures || similarityBound(own.size, earlier.size) < SIMILAR_CONTENT) continue;
      const alike = pairSimilarity(own.pairs(), earlier.pairs());
      if (alike < SIMILAR_CONTENT) continue;
      const { p } = own;
      const same = alike === 1;
      findings.push({
        code: same ? "duplicate-content" : "similar-content",
        message: { id: same ? "project.finding.duplicateContent" : "project.finding.similarContent", data: { id: p.id, other: earlier.p.id, similarity: Math.floor(alike * 100) } },
        projectId: p.id,
        path: [...itemPath(projects, p), "content"],
        line: p.contentLine ?? p.line,
      });
      return;
    }
  });
  return findings;
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
