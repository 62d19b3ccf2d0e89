/**
 * The output formats. The keys of FORMATTERS are the accepted `--format` values, so the list the
 * CLI offers can never drift from what exists; each formatter is loaded only when used.
 *
 * A formatter formats one file at a time (with what comes before the first and after the last),
 * so a run of thousands of files streams its output instead of holding every result.
 */
import type { ExitPolicy } from "../assess/exitPolicy.js";
import type { FileAssessment, RunAssessment, RunTotals } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import type { InputError } from "../load/errors.js";

/** How a format is asked for. What makes the run fail (failOn, allowIncomplete) is the core's exit policy, which JUnit follows. */
export interface FormatOptions extends Pick<ExitPolicy, "failOn" | "allowIncomplete"> {
  lang: Lang;
  /** Colour the output (only ever true for a terminal). */
  color: boolean;
  /** The summary only. */
  quiet: boolean;
  /** Start with a byte-order mark (CSV for Excel). */
  bom?: boolean;
  /** The terminal's width, where the output goes to one: human formats fit it. Files and pipes get the full layout. */
  width?: number;
  /** How many inputs the run has: a workbook lays out a large batch as one long sheet. */
  files?: number;
}

/** Where an encoder's bytes go: the run's sink for that format. */
export interface ByteOutput {
  write(chunk: Uint8Array): Promise<void>;
}

/**
 * Turns a format's parts (in order: head, files, foot) into its bytes. A file's part comes as text
 * from the main thread, or as its UTF-8 bytes from a worker (the parts of a binary format always as text).
 */
export interface Encoder {
  write(part: string | Uint8Array): Promise<void>;
  /** After the foot: the last bytes. */
  finish(): Promise<void>;
}

export interface StreamingFormatter {
  /** What comes before the first file. */
  head?(options: FormatOptions): string;
  /** One file's part; a formatter has this or `pieces`. */
  file?(f: FileAssessment, options: FormatOptions): string;
  /**
   * One file's part in pieces, made as they are written: a formatter whose part grows with the
   * file's rows, so that a file of 300,000 rows is never one string of a hundred megabytes.
   */
  pieces?(f: FileAssessment, options: FormatOptions): Iterable<string>;
  /**
   * What comes between two files' parts. The writer puts it there, knowing which part is the
   * first it writes: a file with input errors in front has no part, and no separator either.
   */
  separator?(options: FormatOptions): string;
  /**
   * A file's input errors, for formats a CI system reads as they come (GitHub annotations). They
   * are on standard error too; a report written to a file is not written at all when there are any.
   */
  inputErrors?(errors: readonly InputError[], options: FormatOptions): string;
  /** What comes after the last file, with the run's totals. */
  foot?(totals: RunTotals, options: FormatOptions): string;
  /**
   * A binary format (xlsx): the strings above are data for this encoder, not output. The command
   * hands it each one where it would have written it, and it writes bytes to `out`, on the main
   * thread (the parts themselves are still made on the worker threads). HTML uses it to write its
   * index, known only at the end, after the sections.
   */
  encoder?(out: ByteOutput, options: FormatOptions): Promise<Encoder>;
  /** Bytes no terminal can show (xlsx): refused on a terminal's standard output. */
  binary?: boolean;
  /**
   * Shows every year of each forecast's pace (JSON, HTML's charts). A run whose formats all show
   * only the reasons' few years asks the assessment for those alone: a pace to 2100 is some eighty
   * numbers a row.
   */
  listsPace?: boolean;
}

/** A file's part whole, however its formatter gives it. */
export function filePart(formatter: StreamingFormatter, f: FileAssessment, options: FormatOptions): string {
  return formatter.file ? formatter.file(f, options) : [...formatter.pieces!(f, options)].join("");
}

/** A whole run at once. */
export type Formatter = (run: RunAssessment, options: FormatOptions) => string;

export function formatRun(formatter: StreamingFormatter, run: RunAssessment, options: FormatOptions): string {
  // An empty part gets no separator (as the command writes them).
  const parts = run.files.map((f) => filePart(formatter, f, options)).filter((part) => part.length > 0);
  return (
    (formatter.head?.(options) ?? "") +
    parts.join(formatter.separator?.(options) ?? "") +
    (formatter.foot?.(run, options) ?? "")
  );
}

/** A whole run through a format's encoder (xlsx, html), parts in the order the command hands them over: its bytes. */
export async function encodeRun(
  formatter: StreamingFormatter,
  run: RunAssessment,
  options: FormatOptions,
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const encoder = await formatter.encoder!({ write: async (chunk) => void chunks.push(chunk) }, options);
  await encoder.write(formatter.head?.(options) ?? "");
  let first = true;
  for (const f of run.files) {
    const part = filePart(formatter, f, options);
    if (part.length === 0) continue;
    if (!first) await encoder.write(formatter.separator?.(options) ?? "");
    first = false;
    await encoder.write(part);
  }
  await encoder.write(formatter.foot?.(run, options) ?? "");
  await encoder.finish();
  return Buffer.concat(chunks);
}

export const FORMATTERS = {
  table: () => import("./table.js"),
  json: () => import("./json.js"),
  markdown: () => import("./markdown.js"),
  junit: () => import("./junit.js"),
  github: () => import("./github.js"),
  csv: () => import("./csv.js"),
  xlsx: () => import("./xlsx.js"),
  docx: () => import("./docx.js"),
  html: () => import("./html.js"),
  sarif: () => import("./sarif.js"),
  gitlab: () => import("./gitlab.js"),
} satisfies Record<string, () => Promise<{ default: StreamingFormatter }>>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES: readonly FormatName[] = Object.freeze(Object.keys(FORMATTERS) as FormatName[]);

export async function loadStreamingFormatter(name: FormatName): Promise<StreamingFormatter> {
  return (await FORMATTERS[name]()).default;
}

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  const formatter = await loadStreamingFormatter(name);
  return (run, options) => formatRun(formatter, run, options);
}
