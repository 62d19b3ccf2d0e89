/** `lingling-check history FILE…`: each indicator's series, yearly verdicts, trend line and forecast. */
import { history } from "../../assess/history.js";
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
  const histories = jobs.flatMap((job) => {
    const loaded = loadJob(job, maxBytes);
    if (!loaded.ok) {
      for (const e of loaded.errors) errors.push(e);
      return [];
    }
    noticeEncoding(loaded, job.name, options.lang, io.stderr);
    // The table shows each year's mark; JSON gives each year's reason too.
    return [history(loaded.value, { outcomes: options.format === "json" })];
  });
  const color = options.output === undefined && wantsColor(io.stdout, options.color, io.env);
  const text =
    options.format === "json"
      ? historyJson(histories, options.lang)
      : histories
          .map((h) =>
            historyTable(h, {
              lang: options.lang,
              color,
              // As the check's table: the terminal's width (80 columns at least); files and pipes get it whole.
              ...(options.output === undefined && io.stdout.isTTY && io.stdout.columns
                ? { width: Math.max(80, io.stdout.columns) }
                : {}),
            }),
          )
          .join("\n");
  if (errors.length === 0) {
    await emit(text, options.output, io.stdout, options.format);
    return 0;
  }
  // As the check does: the other files are still shown, an -o file is not written, the status is 2.
  io.stderr.write(
    `${errors.map((e) => formatInputError(e, options.lang, wantsColor(io.stderr, options.color, io.env))).join("\n")}\n`,
  );
  if (options.output !== undefined)
    io.stderr.write(
      `lingling-check: ${visible(message(options.lang, { id: "notice.notWritten", data: { files: options.output } }))}\n`,
    );
  else if (histories.length > 0) await emit(text, undefined, io.stdout, options.format);
  return 2;
}
