/**
 * lingling-check as a library: the pipeline the command line runs, stage by stage, for a data
 * platform or a notebook that checks files without spawning the CLI.
 *
 *   text ─parseYaml→ RawDocument ─compile(·, catalogs)→ IndicatorFile ─assess→ FileAssessment
 *        ─summarizeRun→ RunAssessment ─format(name, run, options)→ text
 *
 * `loadIndicatorFile` does the first two stages with the shipped catalogs (and catalog files beside
 * the indicator file). Nothing here touches the terminal, exit codes or files other than catalogs.
 */
import type { RunAssessment } from "./assess/result.js";
import type { Lang } from "./i18n/catalog.js";
import { encodeRun, formatRun, loadStreamingFormatter, type FormatName, type FormatOptions } from "./report/index.js";

// Read: bytes or text → a raw document (parse) → the model (compile).
export { loadIndicatorBytes, loadIndicatorFile, DEFAULT_MAX_BYTES } from "./read.js";
export { parseYaml, type RawDocument } from "./load/parse.js";
export { compile } from "./compile/compile.js";
export type { Catalogs, CatalogLookup, ResolvedCatalog } from "./compile/catalogs.js";
export { shippedCatalogs, editionNames, edition } from "./standards/editions.js";
export { parseCatalog, loadCatalogFile } from "./standards/catalogFile.js";
export type { InputError, LoadResult, Location } from "./load/errors.js";
export type { IndicatorFile, Indicator, Observation, Region, Plan, RuleSpec, Value } from "./model/types.js";
export type { Catalog } from "./model/schema.js";

// Judge: a file's plan review or year assessment, and a run's totals.
export { assess, questionOf, type AssessOptions } from "./assess/assess.js";
export { summarizeRun } from "./assess/summarize.js";
export type { CheckName, CheckResult, FileAssessment, Forecast, IndicatorAssessment, Mode, Overall, RunAssessment, Summary } from "./assess/result.js";
export type { Verdict } from "./model/verdict.js";

// Format: every --format, as text (xlsx is a binary format: use the command line for it).
export { FORMAT_NAMES, type FormatName, type FormatOptions } from "./report/index.js";
export { message } from "./i18n/translate.js";
export type { Lang } from "./i18n/catalog.js";

/** A run in one format: `format("json", run, { lang: "en" })`. */
export async function format(name: Exclude<FormatName, "xlsx">, run: RunAssessment, options: Partial<FormatOptions> & { lang: Lang }): Promise<string> {
  const formatter = await loadStreamingFormatter(name);
  const all = { color: false, quiet: false, ...options };
  // HTML writes its index after the sections: through its encoder, as the command does.
  return formatter.encoder ? (await encodeRun(formatter, run, all)).toString("utf8") : formatRun(formatter, run, all);
}
