/**
 * `lingling-check record FILE --year Y --set ID=VALUE …`: writes observed values into the file in
 * place. Whole or not at all; an existing different value needs --force; any problem leaves the
 * file untouched. Two records on one file take turns: each reads, checks and writes it while
 * holding its lock.
 */
import { readFile } from "node:fs/promises";
import type { Lang } from "../../i18n/catalog.js";
import { message } from "../../i18n/translate.js";
import { decode } from "../../load/decode.js";
import type { Entry, RecordProblem } from "../../record/record.js";
import { recordText } from "../../record/recordText.js";
import { CliError, reasonOf } from "../errors.js";
import { fileToRecord, readFileToRecord, whileLocked } from "../recordFile.js";
import { replaceFile, resolveTarget } from "../wholeWrite.js";

export interface RecordCliOptions {
  year: string;
  set?: string[];
  from?: string;
  note?: string;
  force: boolean;
  lang: Lang;
}

function parseSet(text: string): Entry {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new CliError({ id: "error.record.set", data: { found: text } });
  return { id: text.slice(0, eq).trim(), value: text.slice(eq + 1).trim() };
}

async function fromCsv(path: string): Promise<Entry[]> {
  const { parse } = await import("csv-parse/sync");
  const text = await readFile(path, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new CliError({ id: "error.readFile", data: { file: path, reason: reasonOf(e) } });
  });
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true }) as typeof records;
  } catch (e) {
    throw new CliError({ id: "error.record.csv", data: { file: path, detail: (e as Error).message } });
  }
  if (records.length > 0 && (!("id" in records[0]!.record) || !("value" in records[0]!.record))) throw new CliError({ id: "error.record.csvColumns", data: { file: path } });
  // An empty cell is most likely a value not filled in yet: say where, not just that "" is no number.
  const blank = records.find(({ record }) => !record.id || !record.value);
  if (blank) throw new CliError({ id: "error.record.csvBlank", data: { file: path, line: blank.info.lines } });
  return records.map(({ record }) => ({ id: String(record.id), value: String(record.value) }));
}

const problemText = (lang: Lang, p: RecordProblem, year: number) => {
  // The check's own hint, word for word, inside the refusal.
  const hint = p.kind === "fraction" ? message(lang, { id: "value.fractionPercent", data: { year, value: p.value, percent: p.percent, rule: p.rule } }) : undefined;
  return message(lang, { id: `error.record.${p.kind}`, data: { ...p, year, ...(hint ? { hint } : {}) } as Record<string, string | number> });
};

export async function runRecord(file: string, options: RecordCliOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const year = Number(options.year);
  if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new CliError({ id: "error.yearOption", data: { found: options.year } });
  const entries = [...(options.set ?? []).map(parseSet), ...(options.from ? await fromCsv(options.from) : [])];
  if (entries.length === 0) throw new CliError({ id: "error.record.nothing" });

  // Written where a symbolic link points, so the link stays a link; locked there too.
  const target = resolveTarget(file);
  fileToRecord(target, file);
  const changes = await whileLocked(target, file, async (held) => {
    // Read, checked and written while no other record can change the file.
    const bytes = readFileToRecord(target, file);
    // Edited in place, so written back as it was read: UTF-8, with its byte-order mark if it had one.
    const decoded = decode(bytes);
    if (decoded.ok && decoded.encoding !== "utf-8") throw new CliError({ id: "error.record.encoding", data: { file, encoding: decoded.encoding.toUpperCase() } });
    if (!decoded.ok) throw new CliError({ id: "error.record.invalidFile", data: { file } });
    const result = recordText(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? `\uFEFF${decoded.text}` : decoded.text, entries, { year, force: options.force, ...(options.note !== undefined ? { note: options.note } : {}) }, file);
    if (!result.ok) {
      if (result.problems.some((p) => p.kind === "invalid-file")) throw new CliError({ id: "error.record.invalidFile", data: { file } });
      io.stderr.write(`${result.problems.map((p) => `${file}: ${problemText(options.lang, p, year)}`).join("\n")}\n`);
      io.stderr.write(`${message(options.lang, { id: "record.untouched", data: { file } })}\n`);
      return undefined;
    }
    if (result.changes.some((c) => c.kind !== "unchanged")) {
      held();
      await replaceFile(target, Buffer.from(result.text, "utf8")).catch((e: unknown) => {
        throw new CliError({ id: "error.notWritten", data: { file, reason: reasonOf(e) } });
      });
    }
    return result.changes;
  });
  if (!changes) return 2;
  for (const c of changes) {
    const data = { id: c.id, year, value: c.value, old: c.kind === "changed" ? c.old : undefined };
    io.stdout.write(`${message(options.lang, { id: `record.${c.kind}`, data })}\n`);
  }
  return 0;
}
