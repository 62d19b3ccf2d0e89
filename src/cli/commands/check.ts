/** The check command: read inputs, assess each file, write every requested format, pick the exit status. */
import { Chalk } from "chalk";
import { CHECKS, type CheckName } from "../../assess/result.js";
import { addToTotals, addUnreadable, emptyTotals } from "../../assess/summarize.js";
import type { Lang } from "../../i18n/lang.js";
import { message } from "../../i18n/translate.js";
import { ref } from "../../i18n/message.js";
import type { InputError } from "../../load/errors.js";
import { didYouMean } from "../../load/didYouMean.js";
import {
  FORMAT_NAMES,
  loadStreamingFormatter,
  type FormatName,
  type FormatOptions,
  type StreamingFormatter,
} from "../../report/index.js";
import { visible } from "../../report/visible.js";
import { wantsBom } from "../../report/csvRecords.js";
import { runFiles } from "../batch.js";
import { CliError, EXIT } from "../errors.js";
import type { ExitPolicy } from "../../assess/exitPolicy.js";
import { folderFiles, folderSink, htmlFolder, pageNames } from "../htmlFolder.js";
import { listInputs } from "../inputs.js";
import { checkOutputs } from "../sink.js";
import { inPieces, type Pieces, type RunSettings } from "../processFile.js";
import { progress } from "../progress.js";
import { fileSink, stdoutSink, type Sink } from "../sink.js";
import type { Pairing } from "../pairOutputs.js";
import { sizeOption } from "../sizeOption.js";
import { yearOption } from "../yearOption.js";

export interface CheckOptions extends Omit<ExitPolicy, "failOn"> {
  /** --fail-on, every value given (it repeats, and takes comma lists). */
  failOn?: ReadonlyArray<"warn" | "projects">;
  /** Formats and their outputs, paired by position on the command line (see pairOutputs). */
  pairing: { pairs: Pairing[]; strayOutputs: number };
  year?: string;
  /** The project config's `catalogs:` folders, absolute. */
  catalogFolders?: string[];
  assess?: "plan" | "year";
  compareYear?: string;
  /** --checks, which may be given more than once: the lists combine. */
  checks?: string | readonly string[];
  /** Set when the checks are the project config's `checks:`, which a sentence about them then names. */
  checksFromConfig?: boolean;
  projectMargin?: string;
  lang: Lang;
  color: boolean;
  quiet: boolean;
  force: boolean;
  /** --bom / --no-bom; neither: a CSV file gets a byte-order mark, standard output none (wantsBom). */
  bom?: boolean;
  maxFileSize?: string;
  stdinFilepath?: string;
}

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Whether a stream should get colour: a terminal, and neither --no-color nor NO_COLOR. */
export function wantsColor(stream: { isTTY?: boolean }, optionColor: boolean, env: NodeJS.ProcessEnv): boolean {
  if (!optionColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

function parseYear(text: string | undefined, option?: string): number | undefined {
  if (text === undefined) return undefined;
  return yearOption(text, option);
}

/** `--project-margin 15`: percentage points from 0 to 100. */
function parseMargin(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 0 && n <= 100)) throw new CliError({ id: "error.projectMargin", data: { found: text } });
  return n;
}

function parseChecks(given: string | readonly string[] | undefined): CheckName[] | undefined {
  if (given === undefined) return undefined;
  const text = typeof given === "string" ? given : given.join(",");
  const names = text.split(",").map((s) => s.trim());
  // An empty item (`baseline,,progress`, a trailing comma) is a list written wrong, not a shorter one.
  if (names.some((n) => !(CHECKS as readonly string[]).includes(n))) {
    throw new CliError({ id: "error.checksOption", data: { found: text } });
  }
  return CHECKS.filter((c) => names.includes(c));
}

/** Checks the format/output pairs: known formats, one file per format, at most one on standard output. */
function plan(pairing: { pairs: Pairing[]; strayOutputs: number }): Array<{ format: FormatName; output?: string }> {
  const { pairs, strayOutputs } = pairing;
  for (const { format } of pairs) {
    if (!(FORMAT_NAMES as string[]).includes(format)) {
      throw new CliError({
        id: "error.invalidFormat",
        data: { found: format, known: FORMAT_NAMES.join(", "), suggestion: didYouMean(format, FORMAT_NAMES) },
      });
    }
  }
  if (strayOutputs > 0)
    throw new CliError({
      id: "error.formatsOutputs",
      data: { formats: pairs.length, outputs: pairs.filter((p) => p.output).length + strayOutputs },
    });
  const files = pairs.flatMap((p) => (p.output !== undefined && p.output !== "-" ? [p.output] : []));
  const twice = files.find((o, i) => files.indexOf(o) !== i);
  if (twice !== undefined) throw new CliError({ id: "error.outputTwice", data: { file: twice } });
  if (pairs.length - files.length > 1) throw new CliError({ id: "error.stdoutTwice" });
  // `-o -` is standard output, like a format without an output.
  return pairs.map(({ format, output }) => ({
    format: format as FormatName,
    ...(output !== undefined && output !== "-" ? { output } : {}),
  }));
}

/** One line of standard error: the file's name and the message shown visibly, never a raw line break or escape sequence. */
export function formatInputError(e: InputError, lang: Lang, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return `${chalk.bold(`${visible(e.file)}:${e.line}:${e.column}`)}: ${chalk.red(`error[${e.code}]`)}: ${visible(message(lang, e.message))}`;
}

/** The sink of a format with an encoder (xlsx, html): its parts go to the encoder, whose bytes go to the real sink. */
async function encodedSink(
  sink: Sink,
  start: NonNullable<StreamingFormatter["encoder"]>,
  options: FormatOptions,
): Promise<Sink> {
  // Bytes still on their way after a failed run are dropped, not written to a discarded file.
  let discarded = false;
  const encoder = await start({ write: (chunk) => (discarded ? Promise.resolve() : sink.write(chunk)) }, options);
  return {
    write: (part) => encoder.write(part),
    async commit() {
      await encoder.finish();
      await sink.commit();
    },
    discard() {
      discarded = true;
      sink.discard();
    },
  };
}

export async function runCheck(args: string[], options: CheckOptions, io: Io): Promise<number> {
  const outputs = plan(options.pairing);
  const year = parseYear(options.year);
  const compareYear = parseYear(options.compareYear, "--compare-year");
  if (compareYear !== undefined && year !== undefined && compareYear >= year) {
    throw new CliError({ id: "error.compareYear", data: { compare: compareYear, year } });
  }
  // A plan review has no year: to judge, or to compare.
  if (year !== undefined && options.assess === "plan") throw new CliError({ id: "error.yearPlan", data: { year } });
  if (compareYear !== undefined && options.assess === "plan")
    throw new CliError({ id: "error.comparePlan", data: { compare: compareYear } });
  const checks = parseChecks(options.checks);
  const projectMargin = parseMargin(options.projectMargin);
  // A year is judged by its progress check: a year assessment without it would decide nothing.
  const named = checks && ref(options.checksFromConfig ? "checks.config" : "checks.option", checks.join(","));
  if (options.assess === "year" && checks && !checks.includes("progress"))
    throw new CliError({ id: "error.assessChecks", data: { checks: named } });
  // So is a year asked for by --year (or --compare-year): without progress it would be left unjudged, unsaid.
  const asked = year ?? compareYear;
  if (asked !== undefined && checks && !checks.includes("progress"))
    throw new CliError({
      id: "error.yearChecks",
      data: { option: year !== undefined ? "--year" : "--compare-year", year: asked, checks: named },
    });
  const maxBytes = sizeOption(options.maxFileSize);
  // A name for standard input that is empty would leave every report's heading without one.
  if (options.stdinFilepath === "")
    throw new CliError({ id: "error.optionEmpty", data: { option: "--stdin-filepath" } });
  const jobs = await listInputs(args, io.stdin, maxBytes, options.stdinFilepath, io.env);
  // HTML of several files is a folder: every page it will hold is checked like any output.
  const folders = outputs.map((o) => o.format === "html" && htmlFolder(o.output, jobs.length));
  const pages = folders.some(Boolean) ? pageNames(jobs) : [];
  checkOutputs(
    outputs.flatMap((o, i) => (o.output === undefined ? [] : folders[i] ? folderFiles(o.output, pages) : [o.output])),
    jobs,
    options.force,
  );

  const formats = outputs.map((o) => o.format);
  // Colour only on a terminal, and so only for the format that goes to standard output.
  const color = wantsColor(io.stdout, options.color, io.env);
  const policy: ExitPolicy = {
    ...(options.failOn?.includes("warn") ? { failOn: "warn" as const } : {}),
    ...(options.allowIncomplete ? { allowIncomplete: true } : {}),
  };
  const formatters = await Promise.all(formats.map(loadStreamingFormatter));
  const settings: RunSettings = {
    formats,
    policy,
    formatOptions: outputs.map((o) => ({
      lang: options.lang,
      color: color && o.output === undefined,
      quiet: options.quiet,
      bom: wantsBom(options.bom, o.output !== undefined),
      files: jobs.length,
      ...policy,
      // The terminal's width, for the format shown on it (80 columns at least); files and pipes get the full table.
      ...(o.output === undefined && io.stdout.isTTY && io.stdout.columns
        ? { width: Math.max(80, io.stdout.columns) }
        : {}),
    })),
    maxBytes,
    assess: {
      ...(checks ? { checks } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(options.assess ? { mode: options.assess } : {}),
      ...(projectMargin !== undefined ? { projectMargin } : {}),
      ...(options.failOn?.includes("projects") ? { failOnProjects: true } : {}),
      // No format lists every year of a pace: the reasons' few years are all that is worked out.
      ...(formatters.some((f) => f.listsPace) ? {} : { pace: "reasons" as const }),
    },
    ...(compareYear !== undefined ? { compareYear } : {}),
    ...(options.catalogFolders?.length ? { catalogFolders: options.catalogFolders } : {}),
  };
  if (formatters.some((f) => f.binary)) settings.encodesOnMainThread = true;
  // A binary format is never shown on a terminal.
  const binary = outputs.find((o, i) => o.output === undefined && formatters[i]!.binary && io.stdout.isTTY);
  if (binary) throw new CliError({ id: "error.binaryToTerminal", data: { format: binary.format } });
  const plainSinks = outputs.map((o, i) =>
    folders[i] ? undefined : o.output === undefined ? stdoutSink(io.stdout, o.format) : fileSink(o.output),
  );
  let sinks: Sink[];
  try {
    sinks = await Promise.all(
      plainSinks.map(async (sink, i) => {
        if (sink === undefined) return folderSink(outputs[i]!.output!, jobs, pages, settings.formatOptions[i]!);
        const encoder = formatters[i]!.encoder;
        return encoder ? encodedSink(sink, encoder, settings.formatOptions[i]!) : sink;
      }),
    );
  } catch (error) {
    for (const sink of plainSinks) sink?.discard();
    throw error;
  }
  const errColor = wantsColor(io.stderr, options.color, io.env);
  const bar = progress(jobs.length, io.stderr, !options.quiet, options.lang);
  const totals = emptyTotals();
  // Whether a checked file fails the run under the exit policy (processFile.ts's `fails`).
  let fails = false;
  let started = false;

  try {
    // Each format's heads go first, once; a part after another gets the format's separator.
    const written = formatters.map(() => false);
    const start = async () => {
      if (started) return;
      started = true;
      for (const [i, f] of formatters.entries()) await sinks[i]!.write(f.head?.(settings.formatOptions[i]!) ?? "");
    };
    // An empty part (a file with nothing to report in SARIF or Code Quality) gets no separator either.
    const write = async (i: number, text: string | Uint8Array, first: boolean) => {
      if (text.length === 0) return;
      if (first && written[i]) await sinks[i]!.write(formatters[i]!.separator?.(settings.formatOptions[i]!) ?? "");
      written[i] = true;
      await sinks[i]!.write(text);
    };
    // A part in pieces is written as each is made; its separator goes before the first that is not empty.
    const part = async (i: number, text: string | Uint8Array | Pieces) => {
      if (!inPieces(text)) return write(i, text, true);
      let first = true;
      for (const piece of text.pieces) {
        await write(i, piece, first);
        first &&= piece.length === 0;
        // The event loop's turn between pieces: Ctrl-C stops a long report here, not after it.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await runFiles(jobs, settings, async (r) => {
      bar.tick();
      if (!options.quiet)
        for (const notice of r.notices ?? [])
          io.stderr.write(`lingling-check: ${visible(message(options.lang, notice))}\n`);
      if (r.errors) {
        addUnreadable(totals, r.errors);
        io.stderr.write(`${r.errors.map((e) => formatInputError(e, options.lang, errColor)).join("\n")}\n`);
        // The reports still say what the good files gave, and where the broken one is wrong.
        await start();
        for (const [i, f] of formatters.entries())
          if (f.inputErrors) await part(i, f.inputErrors(r.errors, settings.formatOptions[i]!));
        return;
      }
      await start();
      for (const [i, text] of r.parts!.entries()) await part(i, text);
      addToTotals(totals, r.overall!, r.gaps, r.projects);
      fails ||= r.fails === true;
    });
    bar.done();
    if (started)
      for (const [i, f] of formatters.entries())
        await sinks[i]!.write(f.foot?.(totals, settings.formatOptions[i]!) ?? "");
  } catch (error) {
    for (const sink of sinks) sink.discard();
    throw error;
  }
  // Input errors: the reports are written all the same — the good files' results and each broken
  // file's errors (a CI job keeps its test report and summary) — and the exit status is 2.
  const unreadable = (totals.unreadable ?? 0) > 0;
  for (const sink of sinks) await sink.commit();
  // --exit-zero changes only the exit status, never what a report says of a check.
  return unreadable ? EXIT.usage : fails && !options.exitZero ? EXIT.failed : EXIT.ok;
}
