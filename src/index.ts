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
import type { FileAssessment, Mode, RunAssessment } from "./assess/result.js";
import {
  assess as assessFile,
  questionOf as questionOfFile,
  type AssessOptions as CoreAssessOptions,
} from "./assess/assess.js";
import { summarizeRun as summarizeFiles } from "./assess/summarize.js";
import type { Catalogs } from "./compile/catalogs.js";
import { compile as compileDocument } from "./compile/compile.js";
import { LANGS, type Lang } from "./i18n/lang.js";
import type { Message } from "./i18n/message.js";
import { message as messageIn } from "./i18n/translate.js";
import type { LoadResult } from "./load/errors.js";
import { parseYaml as parseText, type RawDocument } from "./load/parse.js";
import type { Catalog } from "./model/schema.js";
import type { IndicatorFile } from "./model/types.js";
import { loadCatalogFile as loadCatalogPath, parseCatalog as parseCatalogText } from "./standards/catalogFile.js";
import {
  ArgumentError,
  assessOptions,
  catalogsArgument,
  judged,
  langArgument,
  made,
  oneOf,
} from "./libraryArguments.js";
import { DEFAULT_MAX_BYTES, loadIndicatorBytes as loadBytes, loadIndicatorFile as loadText } from "./read.js";
import {
  encodeRun,
  FORMAT_NAMES,
  formatRun,
  loadStreamingFormatter,
  type FormatName,
  type FormatOptions,
} from "./report/index.js";
import { shippedCatalogs as catalogsOnDisk } from "./standards/editions.js";

export { ArgumentError } from "./libraryArguments.js";
/** What a format refuses to write (an HTML page or Word document past its size): `detail` is the message. */
export { CliError } from "./load/errors.js";

// Read: bytes or text → a raw document (parse) → the model (compile).
export { DEFAULT_MAX_BYTES } from "./read.js";

/**
 * One indicator file → its model. `input` is its text, or its bytes (a Buffer or Uint8Array) as
 * read from disk: decoded as the command line decodes them (UTF-8 with or without a BOM, UTF-16
 * with a BOM, GB18030), under the size cap. `file` is the name errors are located at; a catalog
 * file the indicator file names is read relative to it.
 */
export function loadIndicatorFile(
  input: string | Uint8Array,
  file: string,
  catalogs: Catalogs = catalogsOnDisk,
): LoadResult<IndicatorFile> {
  const name = fileName(file);
  catalogsArgument(catalogs);
  if (typeof input === "string") return madeModel(loadText(input, name, catalogs));
  if (input instanceof Uint8Array) return madeModel(loadBytes(input, name, DEFAULT_MAX_BYTES, input.length, catalogs));
  throw new ArgumentError("input", "the file's text (a string) or its bytes (a Buffer or Uint8Array)");
}

/**
 * {@link loadIndicatorFile} from bytes, under a size cap of your own (`maxBytes`); `size` is the
 * file's size where only part of it was read. The encoding read is returned too.
 */
export function loadIndicatorBytes(
  bytes: Uint8Array,
  file: string,
  maxBytes: number = DEFAULT_MAX_BYTES,
  size: number = bytes?.length,
  catalogs: Catalogs = catalogsOnDisk,
): LoadResult<IndicatorFile> & { encoding?: string } {
  if (!(bytes instanceof Uint8Array)) throw new ArgumentError("bytes", "the file's bytes (a Buffer or Uint8Array)");
  fileName(file);
  for (const [argument, value] of [
    ["maxBytes", maxBytes],
    ["size", size],
  ] as const) {
    if (!(Number.isSafeInteger(value) && value >= 0))
      throw new ArgumentError(argument, "a size in bytes (a whole number, 0 or more)");
  }
  // The cap is held against the file's size: a size below the bytes given would let them past it.
  if (size < bytes.length)
    throw new ArgumentError("size", `the file's size in bytes: at least the ${bytes.length} bytes given`);
  catalogsArgument(catalogs);
  return madeModel(loadBytes(bytes, file, maxBytes, size, catalogs));
}

/** A load's model, noted as the library's own (see {@link judged}). */
function madeModel<R extends LoadResult<IndicatorFile>>(result: R): R {
  if (result.ok) made(result.value);
  return result;
}
export type { RawDocument } from "./load/parse.js";

/** A file's name, where its errors are located: a string, or an ArgumentError. */
function fileName(file: unknown): string {
  if (typeof file !== "string") throw new ArgumentError("file", "the file's name (a string), where errors are located");
  return file;
}

/** A file's text: a string, or an ArgumentError naming what is accepted. */
function fileText(text: unknown): string {
  if (typeof text !== "string") throw new ArgumentError("text", "the file's text (a string)");
  return text;
}

/** Text → a raw document: the first stage of loadIndicatorFile. */
export function parseYaml(text: string, file: string): LoadResult<RawDocument> {
  return parseText(fileText(text), fileName(file));
}

/** A raw document (parseYaml's value) → the model: the second stage of loadIndicatorFile. */
export function compile(doc: RawDocument, catalogs: Catalogs = catalogsOnDisk): LoadResult<IndicatorFile> {
  const d = doc as Partial<RawDocument> | null;
  if (d === null || typeof d !== "object" || typeof d.file !== "string" || typeof d.locator?.locate !== "function")
    throw new ArgumentError("doc", "a raw document, as parseYaml gives it (its value)");
  return madeModel(compileDocument(doc, catalogsArgument(catalogs)));
}

/** A standard's catalog from its text. */
export function parseCatalog(text: string, file: string): LoadResult<Catalog> {
  return parseCatalogText(fileText(text), fileName(file));
}

/** A standard's catalog from a file's path. */
export function loadCatalogFile(path: string): LoadResult<Catalog> {
  if (typeof path !== "string") throw new ArgumentError("path", "a catalog file's path (a string)");
  return loadCatalogPath(path);
}
export type { Catalogs, CatalogLookup, ResolvedCatalog } from "./compile/catalogs.js";
export { editionNames, edition } from "./standards/editions.js";

/**
 * The catalogs a file on disk may name: `resolve(standard, file)` finds a built-in edition by name,
 * or a catalog file by its path relative to the indicator file `file`.
 */
export const shippedCatalogs: Catalogs = {
  resolve(standard, file) {
    if (typeof standard !== "string")
      throw new ArgumentError("standard", "an edition's name or a catalog file's path (a string)");
    return catalogsOnDisk.resolve(standard, fileName(file));
  },
  names: () => catalogsOnDisk.names(),
};

export type { InputError, LoadResult, Location } from "./load/errors.js";
export type { IndicatorFile, Indicator, Observation, Region, Plan, RuleSpec, Value } from "./model/types.js";
export type { Catalog } from "./model/schema.js";

// Judge: a file's plan review or year assessment, and a run's totals.
/** Which question assess() answers for a file and options: the plan review, or a year and which. */
export function questionOf(file: IndicatorFile, options?: AssessOptions): { mode: Mode; year?: number } {
  const checked = assessOptions(options);
  return judged(file, "file", MODEL, () => questionOfFile(indicatorModel(file), checked));
}

const MODEL = "an indicator file's model, as loadIndicatorFile gives it (its value)";

function indicatorModel(file: unknown): IndicatorFile {
  const f = file as Partial<IndicatorFile> | null;
  if (
    f === null ||
    typeof f !== "object" ||
    !Array.isArray(f.indicators) ||
    f.indicators.some((i) => i === null || typeof i !== "object") ||
    f.plan === null ||
    typeof f.plan !== "object" ||
    !Number.isInteger(f.plan.baseYear) ||
    f.region === null ||
    typeof f.region !== "object" ||
    (f.projects !== undefined &&
      (f.projects === null || typeof f.projects !== "object" || !Array.isArray(f.projects.items))) ||
    (f.vetoes !== undefined && !Array.isArray(f.vetoes))
  )
    throw new ArgumentError("file", MODEL);
  return file as IndicatorFile;
}

/** What assess() is told: a year as a number or as its digits ("2024"), which question, which checks. */
export type AssessOptions = Omit<CoreAssessOptions, "year"> & {
  /** The year a year assessment judges, 1949–2100: `2024` or `"2024"`. Anything else is an ArgumentError. */
  year?: number | string;
};

/** A file's plan review or year assessment. Options it cannot mean (a year "abc") are an {@link ArgumentError}. */
export function assess(file: IndicatorFile, options?: AssessOptions): FileAssessment {
  const checked = assessOptions(options);
  return made(judged(file, "file", MODEL, () => assessFile(indicatorModel(file), checked)));
}

/** Files' assessments (assess()'s results) → a run: the totals every format reports. */
export function summarizeRun(files: FileAssessment[]): RunAssessment {
  // Array.from: a hole in the list ([, a]) is undefined, where some() would pass over it.
  if (!Array.isArray(files) || Array.from(files).some((f) => f === null || typeof f !== "object" || !f.summary))
    throw new ArgumentError("files", "a list of assess() results");
  return made(judged(files, "files", "a list of assess() results", () => summarizeFiles(files)));
}
export type {
  CheckName,
  CheckResult,
  FileAssessment,
  Forecast,
  IndicatorAssessment,
  Mode,
  Overall,
  RunAssessment,
  Summary,
} from "./assess/result.js";
export type { Verdict } from "./model/verdict.js";

// Format: every --format, as text (format) or as bytes (formatBytes: xlsx and docx are binary).
export { FORMAT_NAMES, type FormatName, type FormatOptions } from "./report/index.js";
/** A message (an error's or a reason's) in a language: "zh" or "en". */
export function message(lang: Lang, m: Message): string {
  const chosen = oneOf<Lang>(lang, LANGS, "lang");
  if (m === null || typeof m !== "object" || typeof m.id !== "string")
    throw new ArgumentError("message", "a message: { id, data? }, as errors and results carry it");
  return messageIn(chosen, m);
}
export type { Lang } from "./i18n/lang.js";

/** The formats `format()` returns as text: every format but the binary ones. */
export type TextFormatName = Exclude<FormatName, "xlsx" | "docx">;

/** A format asked for, loaded; an unknown name is an ArgumentError naming the known ones. */
async function formatter(name: unknown, accepted: readonly FormatName[] = FORMAT_NAMES) {
  return loadStreamingFormatter(oneOf<FormatName>(name, accepted, "name"));
}

/** The formats that are not binary, read from the formatters themselves. */
async function textFormats(): Promise<FormatName[]> {
  const all = await Promise.all(FORMAT_NAMES.map(async (n) => [n, (await loadStreamingFormatter(n)).binary] as const));
  return all.filter(([, binary]) => !binary).map(([n]) => n);
}

/** A run in one text format: `format("json", run, { lang: "en" })`. A binary format is an ArgumentError: use {@link formatBytes}. */
export async function format(
  name: TextFormatName,
  run: RunAssessment,
  options: Partial<FormatOptions> & { lang: Lang },
): Promise<string> {
  runArgument(run);
  const text = await textFormats();
  if ((FORMAT_NAMES as readonly unknown[]).includes(name) && !(text as readonly unknown[]).includes(name))
    throw new ArgumentError(
      "name",
      `a text format (${text.join(", ")}); ${String(name)} is binary: use formatBytes`,
      text,
    );
  // An unknown name is told the formats this call accepts: the binary ones belong to formatBytes.
  const chosen = await formatter(name, text);
  const all = { color: false, quiet: false, ...options, lang: langArgument(options) };
  // HTML writes its index after the sections: through its encoder, as the command does.
  return judged(run, "run", RUN, async () =>
    chosen.encoder ? (await encodeRun(chosen, run, all)).toString("utf8") : formatRun(chosen, run, all),
  );
}

/** A run in any format, as the bytes the command line writes: `await formatBytes("xlsx", run, { lang: "zh" })`. */
export async function formatBytes(
  name: FormatName,
  run: RunAssessment,
  options: Partial<FormatOptions> & { lang: Lang },
): Promise<Uint8Array> {
  const chosen = await formatter(name);
  runArgument(run);
  const all = { color: false, quiet: false, ...options, lang: langArgument(options) };
  const bytes = await judged(run, "run", RUN, async () =>
    chosen.encoder ? await encodeRun(chosen, run, all) : Buffer.from(formatRun(chosen, run, all), "utf8"),
  );
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A run's assessment, as summarizeRun gives it, or an ArgumentError. */
const RUN = "a run's assessment, as summarizeRun gives it (a list of files and their totals)";

function runArgument(run: unknown): void {
  const files = (run as Partial<RunAssessment> | null)?.files;
  const object = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";
  const counts = (v: unknown) => object(v) && typeof v.total === "number";
  if (
    !object(run) ||
    typeof run.overall !== "string" ||
    !object(run.byOverall) ||
    !Array.isArray(files) ||
    files.some(
      (f) =>
        f === null ||
        typeof f !== "object" ||
        !Array.isArray(f.indicators) ||
        !object(f.summary) ||
        !counts(f.summary.binding) ||
        !counts(f.summary.reference) ||
        typeof f.summary.overall !== "string" ||
        !f.file ||
        f.indicators.some(
          (row) =>
            row === null ||
            typeof row !== "object" ||
            row.indicator === null ||
            typeof row.indicator !== "object" ||
            row.checks === null ||
            typeof row.checks !== "object",
        ),
    )
  )
    throw new ArgumentError("run", RUN);
}
