/** The check command: read inputs, assess each file, write every requested format, pick the exit status. */
import { Chalk } from "chalk";
import { assess } from "../../assess/assess.js";
import { compareYears } from "../../assess/compare.js";
import { CHECKS, type CheckName, type FileAssessment } from "../../assess/result.js";
import { summarizeRun } from "../../assess/summarize.js";
import type { Lang } from "../../i18n/catalog.js";
import { message } from "../../i18n/translate.js";
import type { InputError } from "../../load/errors.js";
import { DEFAULT_MAX_BYTES, loadIndicatorBytes } from "../../load/load.js";
import { FORMAT_NAMES, loadFormatter, type FormatName } from "../../report/index.js";
import { CliError, EXIT } from "../errors.js";
import { exitStatus, type ExitPolicy } from "../exitStatus.js";
import { readInputs } from "../inputs.js";
import { assertWritable, emit } from "../output.js";
import type { Pairing } from "../pairOutputs.js";

export interface CheckOptions extends ExitPolicy {
  /** Formats and their outputs, paired by position on the command line (see pairOutputs). */
  pairing: { pairs: Pairing[]; strayOutputs: number };
  year?: string;
  compareYear?: string;
  checks?: string;
  lang: Lang;
  color: boolean;
  quiet: boolean;
  force: boolean;
  bom: boolean;
  maxFileSize?: string;
  stdinFilepath?: string;
}

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Whether a stream should get colour: a terminal, and neither --no-color nor NO_COLOR. */
export function wantsColor(stream: { isTTY?: boolean }, optionColor: boolean, env: NodeJS.ProcessEnv): boolean {
  if (!optionColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== "")) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}

/** "10MB", "512k", "2000000" → bytes. */
function parseSize(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_BYTES;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(text);
  if (!m) throw new CliError({ id: "error.sizeOption", data: { found: text } });
  const unit = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Math.floor(Number(m[1]) * unit);
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new CliError({ id: "error.yearOption", data: { found: text } });
  return year;
}

function parseChecks(text: string | undefined): CheckName[] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(",").map((s) => s.trim()).filter(Boolean);
  if (names.length === 0 || names.some((n) => !(CHECKS as readonly string[]).includes(n))) {
    throw new CliError({ id: "error.checksOption", data: { found: text } });
  }
  return CHECKS.filter((c) => names.includes(c));
}

/** Checks the format/output pairs: known formats, one file per format, at most one on standard output. */
function plan(pairing: { pairs: Pairing[]; strayOutputs: number }): Array<{ format: FormatName; output?: string }> {
  const { pairs, strayOutputs } = pairing;
  for (const { format } of pairs) {
    if (!(FORMAT_NAMES as string[]).includes(format)) {
      throw new CliError({ id: "error.invalidFormat", data: { found: format, known: FORMAT_NAMES.join(", ") } });
    }
  }
  if (strayOutputs > 0) throw new CliError({ id: "error.formatsOutputs", data: { formats: pairs.length, outputs: pairs.filter((p) => p.output).length + strayOutputs } });
  const files = pairs.flatMap((p) => (p.output !== undefined && p.output !== "-" ? [p.output] : []));
  const twice = files.find((o, i) => files.indexOf(o) !== i);
  if (twice !== undefined) throw new CliError({ id: "error.outputTwice", data: { file: twice } });
  if (pairs.length - files.length > 1) throw new CliError({ id: "error.stdoutTwice" });
  // `-o -` is standard output, like a format without an output.
  return pairs.map(({ format, output }) => ({ format: format as FormatName, ...(output !== undefined && output !== "-" ? { output } : {}) }));
}

export function formatInputError(e: InputError, lang: Lang, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return `${chalk.bold(`${e.file}:${e.line}:${e.column}`)}: ${chalk.red(`error[${e.code}]`)}: ${message(lang, e.message)}`;
}

export async function runCheck(args: string[], options: CheckOptions, io: Io): Promise<number> {
  const outputs = plan(options.pairing);
  const year = parseYear(options.year);
  const compareYear = parseYear(options.compareYear);
  const checks = parseChecks(options.checks);
  for (const { output } of outputs) if (output !== undefined) await assertWritable(output, options.force);

  const maxBytes = parseSize(options.maxFileSize);
  const inputs = await readInputs(args, io.stdin, maxBytes, options.stdinFilepath);
  const errors: InputError[] = [];
  const assessed: FileAssessment[] = [];
  for (const input of inputs) {
    const loaded = loadIndicatorBytes(input.bytes, input.name, maxBytes, input.size);
    if (loaded.encoding === "gb18030" && !options.quiet) io.stderr.write(`lingling-check: ${message(options.lang, { id: "notice.gb18030", data: { file: input.name } })}\n`);
    if (!loaded.ok) errors.push(...loaded.errors);
    else {
      const now = assess(loaded.value, { ...(checks ? { checks } : {}), ...(year !== undefined ? { year } : {}) });
      const before = compareYear === undefined ? undefined : assess(loaded.value, { ...(checks ? { checks } : {}), year: compareYear });
      assessed.push(before ? { ...now, comparison: compareYears(before, now) } : now);
    }
  }
  if (errors.length > 0) {
    const color = wantsColor(io.stderr, options.color, io.env);
    io.stderr.write(`${errors.map((e) => formatInputError(e, options.lang, color)).join("\n")}\n`);
    return EXIT.usage;
  }

  const run = summarizeRun(assessed);
  for (const { format, output } of outputs) {
    const formatter = await loadFormatter(format);
    const color = output === undefined && wantsColor(io.stdout, options.color, io.env);
    const text = formatter(run, { lang: options.lang, color, quiet: options.quiet, bom: options.bom });
    await emit(text, output, io.stdout);
  }
  return exitStatus(run.overall, options);
}
