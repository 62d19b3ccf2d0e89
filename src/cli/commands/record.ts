/**
 * `lingling-check record FILE --year Y --set ID=VALUE …`: writes observed values into the file in
 * place. Whole or not at all; an existing different value needs --force; any problem leaves the
 * file untouched. Two records on one file take turns: each reads, checks and writes it while
 * holding its lock.
 */
import { excerptData } from "../../compile/schemaErrors.js";
import type { Lang } from "../../i18n/lang.js";
import { message } from "../../i18n/translate.js";
import { visible } from "../../report/visible.js";
import { decode, encodingError } from "../../load/decode.js";
import { InputFileError, refusedFile } from "../../load/errors.js";
import { placeIn, type Entry, type RecordProblem } from "../../record/record.js";
import type { ProjectEntry } from "../../record/recordProject.js";
import { recordText } from "../../record/recordText.js";
import { CliError, reasonOf } from "../errors.js";
import { assertUnchanged, fileToRecord, readFileToRecord, whileLocked } from "../recordFile.js";
import { replaceFile, resolveTarget } from "../wholeWrite.js";
import { sizeOption } from "../sizeOption.js";
import { yearOption } from "../yearOption.js";

export interface RecordCliOptions {
  year: string;
  set?: string[];
  from?: string;
  sheet?: string;
  template?: boolean;
  output?: string;
  /** record --template: --bom / --no-bom. */
  bom?: boolean;
  note?: string;
  force: boolean;
  lang: Lang;
  /** record --project ID: a key project's progress for the year instead of values. */
  project?: string;
  invested?: string;
  status?: string;
  maxFileSize?: string;
}

function parseSet(text: string): Entry {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new CliError({ id: "error.record.set", data: { found: text } });
  return { id: text.slice(0, eq).trim(), value: text.slice(eq + 1).trim() };
}

const problemText = (lang: Lang, p: RecordProblem, year: number) => {
  // The check's own hint, word for word, inside the refusal.
  const hint =
    p.kind === "fraction"
      ? message(lang, { id: "value.fractionPercent", data: { year, value: p.value, percent: p.percent, rule: p.rule } })
      : p.kind === "pastWhole"
        ? message(lang, {
            id: "value.pastWhole",
            data: { year, value: p.value, unit: p.unit, whole: p.whole, rule: p.rule },
          })
        : undefined;
  // A refusal by the file's own rules says the rule's sentence.
  const reason = p.kind === "refused" ? message(lang, p.reason) : undefined;
  return message(lang, {
    id: `error.record.${p.kind}`,
    data: { ...excerptData(p), year, ...(hint ? { hint } : {}), ...(reason ? { reason } : {}) } as Record<
      string,
      string | number
    >,
  });
};

export async function runRecord(
  file: string,
  options: RecordCliOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const year = yearOption(options.year);
  const maxBytes = sizeOption(options.maxFileSize);
  if (options.template) return (await import("./recordTemplate.js")).runTemplate(file, year, options, io);
  if (options.output !== undefined) throw new CliError({ id: "error.record.outputWithoutTemplate" });
  const project = projectEntry(options);
  const sets = (options.set ?? []).map(parseSet);
  const from = options.from === undefined ? undefined : await import("./recordFrom.js");
  const table = from && (await from.readTable(options, year, maxBytes, io.stderr));
  if (sets.length === 0 && table === undefined && !project) throw new CliError({ id: "error.record.nothing" });
  // A table of project rows (项目编号, 累计投资, 状态) records progress, as --project does for one.
  const tableProjects =
    table && table.projects.length + table.entries.length > 0 && table.entries.length === 0
      ? table.projects
      : undefined;
  if (tableProjects && sets.length > 0) throw new CliError({ id: "error.record.projectWith" });
  const projects: ProjectEntry[] | undefined = project
    ? [project]
    : tableProjects?.map(({ at: _at, ...e }) => ({
        ...e,
        ...(e.note === undefined && options.note !== undefined ? { note: options.note } : {}),
      }));
  const recordProject = projects && (await import("../../record/recordProject.js")).recordProjectText;

  // Written where a symbolic link points, so the link stays a link; locked there too.
  const target = resolveTarget(file);
  fileToRecord(target, file, maxBytes);
  const changes = await whileLocked(target, file, async (held) => {
    // Read, checked and written while no other record can change the file.
    const { bytes, stamp } = readFileToRecord(target, file, maxBytes);
    // Edited in place, so written back as it was read: UTF-8, with its byte-order mark if it had one.
    const decoded = decode(bytes);
    // Said at the file's place, as the check says a file it cannot read: its encoding, or its first bad byte.
    if (decoded.ok && decoded.encoding !== "utf-8")
      throw refusedFile(file, "encoding", {
        id: "error.record.encoding",
        data: { file, encoding: decoded.encoding.toUpperCase() },
      });
    if (!decoded.ok) throw new InputFileError(encodingError(file, decoded));
    // A table's rows are matched against the file as it is now, under the lock.
    let sourced: ReturnType<NonNullable<typeof from>["matchTable"]> | undefined;
    const entries = (model: Parameters<NonNullable<typeof from>["matchTable"]>[1]) => {
      sourced = table && from!.matchTable(table, model, sets, options.lang, io.stderr);
      return [...sets, ...(sourced?.entries ?? [])];
    };
    const text = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? `\uFEFF${decoded.text}` : decoded.text;
    const result = recordProject
      ? recordProject(text, projects!, { year, force: options.force }, file)
      : recordText(
          text,
          entries,
          { year, force: options.force, ...(options.note !== undefined ? { note: options.note } : {}) },
          file,
        );
    if (!result.ok && result.problems.some((p) => p.kind === "invalid-file"))
      throw new CliError({ id: "error.record.invalidFile", data: { file } });
    if (!result.ok || sourced?.problems.length || (tableProjects && table!.problems.length)) {
      const problems = result.ok ? [] : result.problems;
      const lines = tableProjects
        ? from!.describeProblems(
            { entries: tableProjects, problems: table!.problems },
            problems,
            file,
            options.lang,
            (p) => problemText(options.lang, p, year),
          )
        : sourced
          ? from!.describeProblems(sourced, problems, file, options.lang, (p) => problemText(options.lang, p, year))
          : problems.map((p) => `${placeIn(file, p)}: ${problemText(options.lang, p, year)}`);
      // Cells, ids and file names are text from files: shown, never acted on by the terminal.
      io.stderr.write(`${lines.map(visible).join("\n")}\n`);
      io.stderr.write(`${visible(message(options.lang, { id: "record.untouched", data: { file } }))}\n`);
      return undefined;
    }
    if (result.changes.some((c) => c.kind !== "unchanged")) {
      held();
      assertUnchanged(target, file, stamp);
      await replaceFile(target, Buffer.from(result.text, "utf8")).catch((e: unknown) => {
        throw new CliError({ id: "error.notWritten", data: { file, reason: reasonOf(e) } });
      });
    }
    return result.changes;
  });
  if (!changes) return 2;
  // Recorded all the same (a plan may be filled in ahead by mistake or on purpose), but never silently.
  const now = new Date().getFullYear();
  if (year > now)
    io.stderr.write(
      `lingling-check: ${visible(message(options.lang, { id: "notice.yearToCome", data: { year, now } }))}\n`,
    );
  for (const c of changes) {
    const data = { id: c.id, year, value: c.value, old: c.kind === "changed" ? c.old : undefined };
    io.stdout.write(
      `${visible(message(options.lang, { id: projects ? `record.project.${c.kind}` : `record.${c.kind}`, data }))}\n`,
    );
  }
  return 0;
}

/** `--project ID` with what it records; refused beside --set, --from or --template, or with nothing to record. */
function projectEntry(options: RecordCliOptions): ProjectEntry | undefined {
  const { project, invested, status, note } = options;
  if (project === undefined) {
    if (invested !== undefined || status !== undefined) throw new CliError({ id: "error.record.projectOnly" });
    return undefined;
  }
  if (options.set?.length || options.from !== undefined || options.template)
    throw new CliError({ id: "error.record.projectWith" });
  if (invested === undefined && status === undefined && note === undefined)
    throw new CliError({ id: "error.record.projectNothing", data: { id: project } });
  return {
    id: project.trim(),
    ...(invested !== undefined ? { invested } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}
