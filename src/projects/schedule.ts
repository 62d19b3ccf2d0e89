/**
 * A project in year Y: overdue (its period ended by Y and it is not 建成), late (it should have
 * started by Y and nothing is recorded), and its investment pace (cumulative invested ÷ investment
 * against the share of the period elapsed by the end of Y). A project that is 建成 is never flagged,
 * however early it finished.
 */
import { ref } from "../i18n/message.js";
import { decimal, multiply, order, subtract } from "../rules/decimal.js";
import type { ProjectCheck, ProjectFinding } from "./result.js";
import type { Project, ProjectProgress } from "./types.js";

/** The share of a project's period elapsed by the end of `year`: 2023–2025 in 2023 is one third. */
function elapsedShare(project: Project, year: number): number {
  const { start, end } = project.period;
  return Math.min(1, Math.max(0, (year - start + 1) / (end - start + 1)));
}

/** What the file states of the project up to the year: the latest status, the latest cumulative investment. */
function stateAt(
  progress: readonly ProjectProgress[],
  year: number,
): { status?: ProjectProgress["status"]; invested?: number; recorded: boolean } {
  const upTo = progress.filter((p) => p.year <= year);
  const status = upTo.findLast((p) => p.status !== undefined)?.status;
  const invested = upTo.findLast((p) => p.invested !== undefined)?.invested;
  return { ...(status ? { status } : {}), ...(invested !== undefined ? { invested } : {}), recorded: upTo.length > 0 };
}

export function scheduleCheck(project: Project, index: number, year: number, margin: number): ProjectCheck {
  const { status, invested, recorded } = stateAt(project.progress, year);
  const path = ["projects", "items", index];
  const lead = project.lead.join("、") || "—";
  const findings: ProjectFinding[] = [];
  const elapsed = elapsedShare(project, year);
  const investedShare = invested === undefined || project.investment === 0 ? undefined : invested / project.investment;
  const base = { projectId: project.id, path, line: project.line };
  const nothing = !recorded || (status === "not_started" && !invested);
  if (status !== "completed") {
    if (project.period.end <= year) {
      findings.push({
        ...base,
        code: "overdue",
        message: {
          id: "project.finding.overdue",
          data: {
            id: project.id,
            name: project.name,
            period: project.period.text,
            end: project.period.end,
            year,
            status: ref(`project.status.${status ?? "none"}`),
            lead,
          },
        },
      });
    } else if (project.period.start <= year && nothing) {
      findings.push({
        ...base,
        code: "late",
        message: {
          id: "project.finding.late",
          data: { id: project.id, name: project.name, start: project.period.start, year, lead },
        },
      });
    }
    if (investedShare !== undefined && project.period.start <= year) {
      const behind = (elapsed - investedShare) * 100;
      if (behindBeyond(project, year, invested!, margin)) {
        findings.push({
          ...base,
          code: "lagging",
          message: {
            id: "project.finding.lagging",
            data: {
              id: project.id,
              name: project.name,
              year,
              invested: invested!,
              investment: project.investment,
              share: percent(investedShare),
              expected: percent(elapsed),
              behind: percent(behind / 100),
              margin,
              lead,
            },
          },
        });
      }
    }
  }
  // More spent than the whole plan, whatever the status: a figure typed wrong or a plan out of date.
  if (invested !== undefined && order(decimal(invested), decimal(project.investment)) > 0) {
    findings.push({
      ...base,
      code: "overspent",
      // Nothing planned (0 万元) has no share to show.
      message: {
        id: investedShare === undefined ? "project.finding.overspentUnplanned" : "project.finding.overspent",
        data: {
          id: project.id,
          name: project.name,
          year,
          invested,
          investment: project.investment,
          ...(investedShare === undefined ? {} : { share: percent(investedShare) }),
          lead,
        },
      },
    });
  }
  return {
    project,
    ...(status ? { status } : {}),
    ...(invested !== undefined ? { invested } : {}),
    ...(investedShare !== undefined ? { investedShare } : {}),
    elapsedShare: elapsed,
    findings,
    verdict: findings.length > 0 ? "WARN" : "PASS",
  };
}

/**
 * Is the project more than `margin` points behind, in exact arithmetic? With the elapsed share
 * e/n (years) and the invested share i/I (万元, decimals as written): (e·I − i·n) × 100 > margin · n · I.
 * Exactly 20 points behind with a margin of 20 is not lagging (0.8 − 0.6 is 0.20000000000000007 in binary).
 */
function behindBeyond(project: Project, year: number, invested: number, margin: number): boolean {
  const { start, end } = project.period;
  const elapsed = decimal(Math.min(end - start + 1, Math.max(0, year - start + 1)));
  const years = decimal(end - start + 1);
  const investment = decimal(project.investment);
  const behind = multiply(subtract(multiply(elapsed, investment), multiply(decimal(invested), years)), decimal(100));
  return order(behind, multiply(multiply(decimal(margin), years), investment)) > 0;
}

/** A share as whole percent, rounded toward the project (a lag is never overstated). */
const percent = (share: number) => Math.round(share * 1000) / 10;
