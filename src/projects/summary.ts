/** Totals of the key projects by domain, kind and lead unit: how many, how much, how far, how many 建成. */
import { round } from "./consistency.js";
import type { Group, ProjectCheck, ProjectsSummary } from "./result.js";

export function summarizeProjects(items: readonly ProjectCheck[]): ProjectsSummary {
  return {
    byDomain: groups(items, (c) => [c.project.domain ?? ""]),
    byKind: groups(items, (c) => [c.project.kind ?? ""]) as ProjectsSummary["byKind"],
    byLead: groups(items, (c) => (c.project.lead.length > 0 ? c.project.lead : [""])),
    total: groups(items, () => [""])[0] ?? { key: "", count: 0, investment: 0, invested: 0, completed: 0 },
  };
}

function groups(items: readonly ProjectCheck[], keysOf: (c: ProjectCheck) => readonly string[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const c of items) {
    for (const key of new Set(keysOf(c))) {
      const g = byKey.get(key) ?? { key, count: 0, investment: 0, invested: 0, completed: 0 };
      byKey.set(key, {
        key,
        count: g.count + 1,
        investment: round(g.investment + c.project.investment),
        invested: round(g.invested + (c.invested ?? 0)),
        completed: g.completed + (c.status === "completed" ? 1 : 0),
      });
    }
  }
  return [...byKey.values()];
}
