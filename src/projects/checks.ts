/**
 * The checks of the key projects (附表1): plan consistency, schedule and investment pace in a year,
 * and a summary. Pure: (projects, year, margin) → ProjectsResult. Their findings are warnings that
 * never change the indicators' overall (assess/ decides whether `--fail-on projects` makes them).
 */
import { planConsistency } from "./consistency.js";
import type { ProjectCheck, ProjectsResult } from "./result.js";
import { scheduleCheck } from "./schedule.js";
import { summarizeProjects } from "./summary.js";
import type { Projects } from "./types.js";

export { planConsistency } from "./consistency.js";

/** Percentage points a project's investment may lag the share of its period elapsed. */
const DEFAULT_PROJECT_MARGIN = 20;

/** The year schedule and pace are judged in; none when no project records any progress (nothing to judge). */
function projectsYear(projects: Projects, year: number | undefined): number | undefined {
  const years = projects.items.flatMap((p) => p.progress.map((g) => g.year));
  if (years.length === 0) return undefined;
  return year ?? years.reduce((a, b) => Math.max(a, b));
}

/**
 * `year`: the assessed year (without one, the latest year a project records progress for);
 * `margin`: `--project-margin`, which wins over the file's `projects.margin`. `decides` is false
 * here: only `--fail-on projects` (assess/) makes the findings decide.
 */
export function checkProjects(projects: Projects, year?: number, margin?: number): ProjectsResult {
  const [points, marginSource] =
    margin !== undefined
      ? [margin, "option" as const]
      : projects.margin !== undefined
        ? [projects.margin, "file" as const]
        : [DEFAULT_PROJECT_MARGIN, "default" as const];
  const judged = projectsYear(projects, year);
  const consistency = planConsistency(projects);
  const items: ProjectCheck[] = projects.items.map((project, i) => {
    const check: ProjectCheck =
      judged === undefined ? { project, findings: [], verdict: "PASS" } : scheduleCheck(project, i, judged, points);
    // A project's own plan findings (its content's amount, a content given twice) are its findings too.
    const own = consistency.findings.filter((f) => f.projectId === project.id);
    const findings = [...own, ...check.findings];
    return { ...check, findings, verdict: findings.length > 0 ? "WARN" : "PASS" };
  });
  const verdict = consistency.findings.length > 0 || items.some((c) => c.verdict === "WARN") ? "WARN" : "PASS";
  return {
    ...(judged !== undefined ? { year: judged } : {}),
    margin: points,
    marginSource,
    consistency,
    items,
    summary: summarizeProjects(items),
    verdict,
    decides: false,
  };
}
