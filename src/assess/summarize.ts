/**
 * Counts per verdict and the overall verdict of a file, exactly as SPEC defines them. `overall` is
 * the one place a file's verdict is decided (checks, basic conditions and the projects policy);
 * nothing changes it afterwards.
 */
import { addProjects, regionProjects, type RegionProjects } from "../projects/totals.js";
import type { InputError } from "../load/errors.js";
import { VERDICTS, worst } from "../model/verdict.js";
import type { ProjectsResult } from "../projects/result.js";
import type { VetoCheck } from "../vetoes/types.js";
import {
  DECIDING,
  type CheckResult,
  type Counts,
  type FileAssessment,
  type FileGaps,
  type IndicatorAssessment,
  type Mode,
  type Overall,
  type RunAssessment,
  type RunTotals,
  type Summary,
} from "./result.js";

const emptyCounts = (): Counts => ({ total: 0, ...Object.fromEntries(VERDICTS.map((v) => [v, 0])) }) as Counts;

/** The verdict an indicator is counted under: the worst of the deciding checks that ran. */
export const indicatorVerdict = (checks: readonly CheckResult[]) => worst(checks.map((c) => c.verdict));

/** What decides a file besides its indicators' checks. */
export interface Beyond {
  /** Its basic conditions: one not met in the year assessed makes the file FAIL. */
  vetoes?: { readonly failed: readonly VetoCheck[] };
  /** Its key projects: a warning makes the file FAIL when they decide (--fail-on projects). */
  projects?: Pick<ProjectsResult, "verdict"> & { decides: boolean };
}

export function summarize(indicators: readonly IndicatorAssessment[], mode: Mode, beyond: Beyond = {}): Summary {
  const binding = emptyCounts();
  const reference = emptyCounts();
  // Counted, here and in overall: an iterator step of a loop run once over 300,000 rows makes an object.
  for (let r = 0; r < indicators.length; r++) {
    const a = indicators[r]!;
    const counts = a.indicator.binding ? binding : reference;
    counts.total++;
    counts[a.verdict]++;
  }
  return { binding, reference, overall: overall(indicators, mode, beyond) };
}

/**
 * Over the checks that decide the run's question (plan review: baseline and targets; a year: its
 * progress): FAIL if any binding check fails; else INCOMPLETE if any binding check is MISSING or
 * REVIEW, or no binding check ran at all; else WARN if any check warns or any reference check is
 * not a pass; else PASS. Reference indicators never make a file FAIL or INCOMPLETE. A basic
 * condition not met in the year assessed, or a key project's warning when projects decide, makes
 * the file FAIL whatever its indicators say.
 */
export function overall(indicators: readonly IndicatorAssessment[], mode: Mode, beyond: Beyond = {}): Overall {
  if ((beyond.vetoes?.failed.length ?? 0) > 0) return "FAIL";
  if (beyond.projects?.decides && beyond.projects.verdict === "WARN") return "FAIL";
  let bindingChecks = 0;
  let fail = false;
  let incomplete = false;
  let warn = false;
  const deciding = DECIDING[mode];
  for (let r = 0; r < indicators.length; r++) {
    const a = indicators[r]!;
    for (let k = 0; k < deciding.length; k++) {
      const check = a.checks[deciding[k]!];
      if (!check) continue;
      const v = check.verdict;
      if (!a.indicator.binding) warn ||= v !== "PASS" && v !== "N/A";
      else {
        bindingChecks++;
        fail ||= v === "FAIL";
        incomplete ||= v === "MISSING" || v === "REVIEW";
        warn ||= v === "WARN";
      }
    }
  }
  if (fail) return "FAIL";
  // Nothing binding was checked (no rows, or --checks chose checks that do not apply): not a pass.
  if (bindingChecks === 0 || incomplete) return "INCOMPLETE";
  return warn ? "WARN" : "PASS";
}

/** Overall verdicts from worst to best: a run's is its worst file's; an index lists the worst first. */
export const OVERALL_ORDER: readonly Overall[] = ["FAIL", "INCOMPLETE", "WARN", "PASS"];

/**
 * Totals that grow one file at a time (a streamed run never holds every file). They are added to
 * in place: a national batch's lists (gaps, regions, input errors) copied at every file would make
 * the run quadratic.
 */
export function emptyTotals(): RunTotals {
  return { fileCount: 0, overall: "PASS", byOverall: { PASS: 0, WARN: 0, INCOMPLETE: 0, FAIL: 0 } };
}

/** A checked file into the run's totals. */
export function addToTotals(totals: RunTotals, overall: Overall, gaps?: FileGaps, projects?: RegionProjects): void {
  totals.fileCount++;
  totals.byOverall[overall]++;
  totals.overall = runOverall(totals);
  if (projects) totals.projects = addProjects(totals.projects, projects);
  if (gaps) (totals.gaps ??= []).push(gaps);
}

/** A file that could not be checked, and its input errors, into the run's totals. */
export function addUnreadable(totals: RunTotals, errors: readonly InputError[]): void {
  totals.unreadable = (totals.unreadable ?? 0) + 1;
  const all = (totals.inputErrors ??= []);
  for (const e of errors) all.push(e);
  totals.overall = runOverall(totals);
}

/**
 * The run's verdict: its worst file's; a file that could not be checked leaves the run incomplete
 * at best, since nothing was judged of it (a run of unreadable files alone never passes).
 */
function runOverall(totals: RunTotals): Overall {
  const worstFile = OVERALL_ORDER.find((o) => totals.byOverall[o] > 0) ?? "PASS";
  if (!totals.unreadable) return worstFile;
  return worstFile === "FAIL" ? "FAIL" : "INCOMPLETE";
}

/** A file's key projects as the run's totals keep them, or undefined when it lists none. */
export function projectsOf(f: FileAssessment): RegionProjects | undefined {
  return f.projects && regionProjects(f.file.file, f.file.region.name, f.projects);
}

/** A year assessment's gaps as the run's totals keep them, or undefined when it has none. */
export function gapsOf(f: FileAssessment): FileGaps | undefined {
  const c = f.completeness;
  if (!c || c.missing.length === 0) return undefined;
  return { file: f.file.file, region: f.file.region.name, year: c.year, ids: c.missing.map((m) => m.id) };
}

/** The run's verdict is its worst file's. */
export function summarizeRun(files: FileAssessment[]): RunAssessment {
  const totals = emptyTotals();
  for (const f of files) addToTotals(totals, f.summary.overall, gapsOf(f), projectsOf(f));
  return { files, ...totals };
}
