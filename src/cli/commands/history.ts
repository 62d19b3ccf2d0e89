/** `lingling-check history FILE…`: each indicator's series, yearly verdicts, trend line and forecast. */
import { history, historyRows } from "../../assess/history.js";
import type { IndicatorFile } from "../../model/types.js";
import type { Lang } from "../../i18n/lang.js";
import { message } from "../../i18n/translate.js";
import type { InputError } from "../../load/errors.js";
import { historyJson, historyTable } from "../../report/history.js";
import { listInputs, loadJob, noticeEncoding } from "../inputs.js";
import { checkOutputs, emit } from "../sink.js";
import { sizeOption } from "../sizeOption.js";
import { formatInputError, wantsColor, type Io } from "./check.js";
import { visible } from "../../report/visible.js";

export interface HistoryOptions {
  format: "table" | "json";
  output?: string;
  force: boolean;
  lang: Lang;
  color: boolean;
  maxFileSize?: string;
}

export async function runHistory(args: string[], options: HistoryOptions, io: Io): Promise<number> {
  const maxBytes = sizeOption(options.maxFileSize);
  const jobs = await listInputs(args, io.stdin, maxBytes);
  checkOutputs(options.output === undefined ? [] : [options.output], jobs, options.force);
  const errors: InputError[] = [];
  let shown = 0;
  // Each file loaded as its turn comes: the table shows each year's mark; JSON gives each year's reason too.
  const json = options.format === "json";
  /** Each file read, made into what its report needs (a whole history for a table, its rows one at a time for JSON). */
  function* histories<H>(make: (file: IndicatorFile) => H): Generator<H> {
    for (const job of jobs) {
      const loaded = loadJob(job, maxBytes);
      if (!loaded.ok) {
        for (const e of loaded.errors) errors.push(e);
        continue;
      }
      noticeEncoding(loaded, job.name, options.lang, io.stderr);
      shown++;
      yield make(loaded.value);
    }
  }
  const color = options.output === undefined && wantsColor(io.stdout, options.color, io.env);
  const tables = function* () {
    let first = true;
    for (const h of histories((file) => history(file, { outcomes: false }))) {
      yield `${first ? "" : "\n"}${historyTable(h, {
        lang: options.lang,
        color,
        // As the check's table: the terminal's width (80 columns at least); files and pipes get it whole.
        ...(options.output === undefined && io.stdout.isTTY && io.stdout.columns
          ? { width: Math.max(80, io.stdout.columns) }
          : {}),
      })}`;
      first = false;
    }
  };
  // Written as it is made, a row of JSON or a file's table at a time; an -o file is put in place
  // only whole, and only when every input was read (as the check does). What comes before the
  // first file's history waits for it: no file read, no report (only the errors).
  function* afterAFile(pieces: Iterable<string>) {
    let waiting = "";
    for (const piece of pieces) {
      waiting += piece;
      if (shown > 0) {
        yield waiting;
        waiting = "";
      }
    }
    if (shown > 0 || errors.length === 0) yield waiting;
  }
  await emit(
    afterAFile(
      json
        ? historyJson(
            histories((file) => historyRows(file, { outcomes: true })),
            options.lang,
          )
        : tables(),
    ),
    options.output,
    io.stdout,
    options.format,
    () => errors.length === 0,
  );
  if (errors.length === 0) return 0;
  io.stderr.write(
    `${errors.map((e) => formatInputError(e, options.lang, wantsColor(io.stderr, options.color, io.env))).join("\n")}\n`,
  );
  if (options.output !== undefined)
    io.stderr.write(
      `lingling-check: ${visible(message(options.lang, { id: "notice.notWritten", data: { files: options.output } }))}\n`,
    );
  return 2;
}
