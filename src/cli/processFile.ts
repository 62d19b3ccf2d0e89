/**
 * One file of a check run, from bytes to formatted text: what a worker does for each file, and
 * what the main thread does when there are too few files to be worth a worker.
 */
import { encodingNotices } from "../load/decode.js";
import { assess, type AssessOptions } from "../assess/assess.js";
import { fileFails, type ExitPolicy } from "../assess/exitPolicy.js";
import { compareYears } from "../assess/compare.js";
import type { FileGaps, Overall } from "../assess/result.js";
import { gapsOf, projectsOf } from "../assess/summarize.js";
import type { RegionProjects } from "../projects/totals.js";
import type { InputError } from "../load/errors.js";
import type { Message } from "../i18n/message.js";
import type { FormatName, FormatOptions, StreamingFormatter } from "../report/index.js";
import { loadJob, type Job } from "./inputs.js";
import { catalogsIn } from "../standards/editions.js";
import { extentsFor } from "../load/positions.js";

export interface RunSettings {
  formats: FormatName[];
  /** Per format: only the one on a colour terminal gets colour. */
  formatOptions: FormatOptions[];
  /** What fails the run (--exit-zero aside, which changes only the status). */
  policy: ExitPolicy;
  maxBytes: number;
  assess: AssessOptions;
  compareYear?: number;
  /** Folders of editions a file's `standard:` may name (the project config's `catalogs:`), absolute. */
  catalogFolders?: string[];
  /** A binary format is encoded on the main thread (see StreamingFormatter.encoder). */
  encodesOnMainThread?: boolean;
}

/** A part made piece by piece as it is written. */
export interface Pieces {
  pieces: Iterable<string>;
}

/** Whether a file's part is still to be made in pieces, rather than text or bytes already. */
export const inPieces = (part: string | Uint8Array | Pieces): part is Pieces =>
  typeof part === "object" && "pieces" in part;

export interface FileResult {
  index: number;
  name: string;
  /**
   * The file's part in each format, in the order of `formats`; absent on input errors. A worker
   * sends a text part as its UTF-8 bytes (worker.ts). A format that writes a part in pieces
   * (StreamingFormatter's `pieces`) gives them here to be made as they are written.
   */
  parts?: Array<string | Uint8Array | Pieces>;
  overall?: Overall;
  /** Whether the file fails the run under the exit policy: more than its overall can say (exitPolicy.ts). */
  fails?: boolean;
  /** A year assessment's gaps, for the run's completeness list. */
  gaps?: FileGaps;
  /** The file's key projects, for the run's totals across regions. */
  projects?: RegionProjects;
  errors?: InputError[];
  /** What the reader should know that is not an error: a file read as GB18030, a year past the plan. */
  notices?: Message[];
}

export function processFile(
  job: Job,
  index: number,
  settings: RunSettings,
  formatters: readonly StreamingFormatter[],
): FileResult {
  const loaded = loadJob(job, settings.maxBytes, catalogsIn(settings.catalogFolders ?? []));
  const notices = encodingNotices(loaded.encoding, job.name);
  if (!loaded.ok) return { index, name: job.name, errors: loaded.errors, ...(notices.length ? { notices } : {}) };
  const { plan } = loaded.value;
  const lastPlanYear = plan.longTerm ?? plan.nearTerm;
  if (settings.assess.year !== undefined && lastPlanYear !== undefined && settings.assess.year > lastPlanYear) {
    notices.push({
      id: "notice.yearAfterPlan",
      data: { file: job.name, year: settings.assess.year, last: lastPlanYear },
    });
  }
  if (settings.assess.year !== undefined && settings.assess.year < plan.baseYear) {
    notices.push({
      id: "notice.yearBeforeBase",
      data: { file: job.name, year: settings.assess.year, base: plan.baseYear },
    });
  }
  const now = assess(loaded.value, settings.assess);
  const nearSearch = now.projects?.consistency.nearSearch;
  if (nearSearch) notices.push({ id: "notice.nearSearchLimited", data: { file: job.name, ...nearSearch } });
  if (settings.compareYear !== undefined && (now.year === undefined || settings.compareYear >= now.year)) {
    // Comparing needs an earlier year than the one assessed. A --year is checked with the options;
    // here the year is the file's own (its latest observed, else its base year), so the error is at
    // the row that records it, and says that no later year is recorded.
    const year = now.year ?? loaded.value.plan.baseYear;
    const { indicators } = loaded.value;
    const row = indicators.find((i) => i.series.some((o) => o.year === year)) ?? indicators[0];
    const at = row ? (extentsFor(loaded.value)?.item(row.line) ?? { line: row.line, column: 1 }) : undefined;
    const data = { compare: settings.compareYear, year };
    return {
      index,
      name: job.name,
      errors: [
        {
          file: job.name,
          line: at?.line ?? 1,
          column: at?.column ?? 1,
          code: "compare-year",
          message: { id: "error.compareYearLatest", data },
        },
      ],
    };
  }
  const file =
    settings.compareYear === undefined
      ? now
      : {
          ...now,
          comparison: compareYears(assess(loaded.value, { ...settings.assess, year: settings.compareYear }), now),
        };
  return {
    index,
    name: job.name,
    parts: formatters.map((f, i) =>
      f.pieces ? { pieces: f.pieces(file, settings.formatOptions[i]!) } : f.file!(file, settings.formatOptions[i]!),
    ),
    overall: file.summary.overall,
    fails: fileFails(file, settings.policy),
    ...(gapsOf(file) ? { gaps: gapsOf(file)! } : {}),
    ...(file.projects ? { projects: projectsOf(file)! } : {}),
    ...(notices.length ? { notices } : {}),
  };
}
