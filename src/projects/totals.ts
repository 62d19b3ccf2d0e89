/** A batch's key projects: each region's totals, and the sum across regions, for the run's summary. */
import { round } from "./consistency.js";
import type { ProjectsResult } from "./result.js";

export interface RegionProjects {
  file: string;
  region: string;
  count: number;
  investment: number;
  invested: number;
  completed: number;
  /** Projects with a finding. */
  warnings: number;
}

export interface ProjectsTotals extends Omit<RegionProjects, "file" | "region"> {
  files: number;
  regions: RegionProjects[];
}

export function regionProjects(file: string, region: string, result: ProjectsResult): RegionProjects {
  const { total } = result.summary;
  return { file, region, count: total.count, investment: total.investment, invested: total.invested, completed: total.completed, warnings: result.items.filter((c) => c.verdict === "WARN").length };
}

export function addProjects(totals: ProjectsTotals | undefined, r: RegionProjects): ProjectsTotals {
  const t = totals ?? { files: 0, count: 0, investment: 0, invested: 0, completed: 0, warnings: 0, regions: [] };
  return {
    files: t.files + 1,
    count: t.count + r.count,
    investment: round(t.investment + r.investment),
    invested: round(t.invested + r.invested),
    completed: t.completed + r.completed,
    warnings: t.warnings + r.warnings,
    // In place, as the run's totals' other lists (src/assess/summarize.ts).
    regions: (t.regions.push(r), t.regions),
  };
}
