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
  return {
    file,
    region,
    count: total.count,
    investment: total.investment,
    invested: total.invested,
    completed: total.completed,
    warnings: result.items.filter((c) => c.verdict === "WARN").length,
  };
}

/** A region's key projects into the run's (in place, as the run's other totals: src/assess/summarize.ts). */
export function addProjects(totals: ProjectsTotals | undefined, r: RegionProjects): ProjectsTotals {
  const t = totals ?? { files: 0, count: 0, investment: 0, invested: 0, completed: 0, warnings: 0, regions: [] };
  t.files++;
  t.count += r.count;
  t.investment = round(t.investment + r.investment);
  t.invested = round(t.invested + r.invested);
  t.completed += r.completed;
  t.warnings += r.warnings;
  t.regions.push(r);
  return t;
}
