/**
 * `lingling-check record FILE --year Y --set ID=VALUE …`: writes observed values into the file in
 * place. Whole or not at all; an existing different value needs --force; any problem leaves the
 * file untouched.
 */
import { readFile } from "node:fs/promises";
import type { Lang } from "../../i18n/catalog.js";
import { message } from "../../i18n/translate.js";
import { decode } from "../../load/decode.js";
import { classicMac, loadIndicatorFile } from "../../load/load.js";
import { recordValues, type Entry, type RecordProblem } from "../../record/record.js";
import { edition } from "../../standards/editions.js";
import { CliError, reasonOf } from "../errors.js";
import { emit } from "../sink.js";

export interface RecordCliOptions {
  year: string;
  set?: string[];
  from?: string;
  sheet?: string;
  template?: boolean;
  output?: string;
  note?: string;
  force: boolean;
  lang: Lang;
}

function parseSet(text: string): Entry {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new CliError({ id: "error.record.set", data: { found: text } });
  return { id: text.slice(0, eq).trim(), value: text.slice(eq + 1).trim() };
}

const problemText = (lang: Lang, p: RecordProblem, year: number) =>
  message(lang, { id: `error.record.${p.kind}`, data: { ...p, year } as Record<string, string | number> });

export async function runRecord(file: string, options: RecordCliOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const year = Number(options.year);
  if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new CliError({ id: "error.yearOption", data: { found: options.year } });
  if (options.template) return (await import("./template.js")).runTemplate(file, year, options, io);
  if (options.output !== undefined) throw new CliError({ id: "error.record.outputWithoutTemplate" });
  const sets = (options.set ?? []).map(parseSet);
  const from = options.from === undefined ? undefined : await import("./recordFrom.js");
  const table = from && (await from.readTable(options, year, io.stderr));
  if (sets.length === 0 && table === undefined) throw new CliError({ id: "error.record.nothing" });

  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new CliError({ id: "error.readFile", data: { file, reason: reasonOf(e) } });
  });
  // Edited in place, so written back as it was read: UTF-8, with its byte-order mark if it had one.
  const decoded = decode(bytes);
  if (decoded.ok && decoded.encoding !== "utf-8") throw new CliError({ id: "error.record.encoding", data: { file, encoding: decoded.encoding.toUpperCase() } });
  if (!decoded.ok) throw new CliError({ id: "error.record.invalidFile", data: { file } });
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "\uFEFF" : "";
  // Classic Mac line ends (CR alone) are edited as LF and written back as CR, one for one.
  const crOnly = classicMac(decoded.text);
  const text = crOnly ? decoded.text.replaceAll("\r", "\n") : decoded.text;
  const before = loadIndicatorFile(text, file);
  if (!before.ok) throw new CliError({ id: "error.record.invalidFile", data: { file } });
  const sourced = table && from!.matchTable(table, before.value, sets, options.lang, io.stderr);
  const entries = [...sets, ...(sourced?.entries ?? [])];
  const editionIds = before.value.standardEdition ? edition(before.value.standardEdition)?.indicators.map((i) => i.id) : undefined;

  const result = recordValues(text, entries, { year, force: options.force, ...(options.note !== undefined ? { note: options.note } : {}), ...(editionIds ? { editionIds } : {}) });
  if (!result.ok || sourced?.problems.length) {
    const problems = result.ok ? [] : result.problems;
    const lines = sourced ? from!.describeProblems(sourced, problems, file, options.lang, (p) => problemText(options.lang, p, year)) : problems.map((p) => `${file}: ${problemText(options.lang, p, year)}`);
    io.stderr.write(`${lines.join("\n")}\n`);
    io.stderr.write(`${message(options.lang, { id: "record.untouched", data: { file } })}\n`);
    return 2;
  }
  // What is written must load, and hold the values just recorded.
  const after = loadIndicatorFile(result.text, file);
  if (!after.ok) throw new Error(`record produced an invalid file: ${JSON.stringify(after.errors[0])}`);
  if (result.changes.some((c) => c.kind !== "unchanged")) await emit(bom + (crOnly ? result.text.replaceAll("\n", "\r") : result.text), file, io.stdout);
  for (const c of result.changes) {
    const data = { id: c.id, year, value: c.value, old: c.kind === "changed" ? c.old : undefined };
    io.stdout.write(`${message(options.lang, { id: `record.${c.kind}`, data })}\n`);
  }
  return 0;
}
