/**
 * `projects:` (schema-valid) → the Projects model: words read as the model's (在建 → in_progress,
 * 续建 → continued), periods as years, and what the schema cannot say reported as located errors.
 * Pure: where things are comes from the functions passed in.
 */
import type { InputError } from "../load/errors.js";
import type { Path } from "../load/positions.js";
import type { ErrorAt } from "../compile/schemaErrors.js";
import {
  PERIOD,
  PROJECT_KIND_WORDS,
  PROJECT_STATUS_WORDS,
  type RawProject,
  type RawProjects,
} from "../model/projectSchema.js";
import type { Project, ProjectProgress, Projects } from "./types.js";

export interface CompiledProjects {
  projects: Projects;
  errors: InputError[];
}

const ROOT = ["projects"] as const;

export function compileProjects(raw: RawProjects, error: ErrorAt, lineOf: (path: Path) => number): CompiledProjects {
  const errors: InputError[] = [];
  const seen = new Map<string, number>();
  const items = raw.items.map((item, i) => {
    const path = [...ROOT, "items", i];
    const id = String(item.id).trim();
    const first = seen.get(id);
    if (first !== undefined)
      errors.push(error([...path, "id"], "duplicate-project", "error.project.duplicateId", { id, line: first }));
    else seen.set(id, lineOf(path));
    return project(item, id, path, error, lineOf, errors);
  });
  return {
    projects: {
      ...(raw.stated_total !== undefined
        ? { statedTotal: raw.stated_total, statedTotalLine: lineOf([...ROOT, "stated_total"]) }
        : {}),
      ...(raw.margin !== undefined ? { margin: raw.margin } : {}),
      items,
      line: lineOf(ROOT),
    },
    errors,
  };
}

function project(
  item: RawProject,
  id: string,
  path: Path,
  error: ErrorAt,
  lineOf: (path: Path) => number,
  errors: InputError[],
): Project {
  const [, from, to] = PERIOD.exec(String(item.period))!;
  const period = { start: Number(from), end: Number(to ?? from), text: String(item.period).trim() };
  if (period.end < period.start)
    errors.push(error([...path, "period"], "invalid-value", "error.project.periodOrder", { id, period: period.text }));
  const lead = (typeof item.lead === "string" ? [item.lead] : (item.lead ?? []))
    .map((u) => u.trim())
    .filter((u) => u !== "");
  const progress: ProjectProgress[] = Object.entries(item.progress ?? {}).map(([year, p]) => ({
    year: Number(year),
    ...(typeof p.invested === "number" ? { invested: p.invested } : {}),
    ...(typeof p.status === "string" ? { status: PROJECT_STATUS_WORDS[p.status] } : {}),
    ...(typeof p.note === "string" && p.note !== "" ? { note: p.note } : {}),
    line: lineOf([...path, "progress", year]),
  }));
  // `invested` is cumulative: a later year below an earlier one is a slip of the pen, never a refund.
  let before: ProjectProgress | undefined;
  for (const p of progress) {
    if (p.invested === undefined) continue;
    if (before && p.invested < before.invested!) {
      errors.push(
        error([...path, "progress", String(p.year), "invested"], "invalid-value", "error.project.investedFalls", {
          id,
          year: p.year,
          invested: p.invested,
          earlier: before.year,
          before: before.invested!,
        }),
      );
    }
    before = p;
  }
  return {
    id,
    name: item.name.trim(),
    ...(item.domain?.trim() ? { domain: item.domain.trim() } : {}),
    ...(item.task?.trim() ? { task: item.task.trim() } : {}),
    ...(item.content?.trim() ? { content: item.content.trim(), contentLine: lineOf([...path, "content"]) } : {}),
    ...(item.kind !== undefined ? { kind: PROJECT_KIND_WORDS[item.kind] } : {}),
    investment: item.investment,
    period,
    lead,
    indicators: (item.indicators ?? []).map(String),
    progress,
    ...(item.note ? { note: item.note } : {}),
    line: lineOf(path),
    investmentLine: lineOf([...path, "investment"]),
  };
}
