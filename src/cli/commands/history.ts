/** `lingling-check history FILE…`: each indicator's series, yearly verdicts, trend line and forecast. */
import { history } from "../../assess/history.js";
import type { Lang } from "../../i18n/catalog.js";
import { DEFAULT_MAX_BYTES } from "../../load/load.js";
import type { InputError } from "../../load/errors.js";
import { historyJson, historyTable } from "../../report/history.js";
import { listInputs, loadJob } from "../inputs.js";
import { assertWritable, emit } from "../sink.js";
import { formatInputError, wantsColor, type Io } from "./check.js";

export interface HistoryOptions {
  format: "table" | "json";
  output?: string;
  force: boolean;
  lang: Lang;
  color: boolean;
}

export async function runHistory(args: string[], options: HistoryOptions, io: Io): Promise<number> {
  if (options.output !== undefined) assertWritable(options.output, options.force);
  const jobs = await listInputs(args, io.stdin, DEFAULT_MAX_BYTES);
  const errors: InputError[] = [];
  const histories = jobs.flatMap((job) => {
    const loaded = loadJob(job, DEFAULT_MAX_BYTES);
    if (!loaded.ok) {
      errors.push(...loaded.errors);
      return [];
    }
    return [history(loaded.value)];
  });
  if (errors.length > 0) {
    const color = wantsColor(io.stderr, options.color, io.env);
    io.stderr.write(`${errors.map((e) => formatInputError(e, options.lang, color)).join("\n")}\n`);
    return 2;
  }
  const color = options.output === undefined && wantsColor(io.stdout, options.color, io.env);
  const text = options.format === "json" ? historyJson(histories, options.lang) : histories.map((h) => historyTable(h, { lang: options.lang, color })).join("\n");
  await emit(text, options.output, io.stdout);
  return 0;
}
