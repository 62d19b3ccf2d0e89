/**
 * `lingling-check lint [files…]`: the plan's internal consistency on its own (no observed values
 * needed). Exit 0 without findings, 1 with findings (warnings too; with `--fail-on error`, errors
 * only), 2 when a file cannot be read.
 */
import type { Lang } from "../../i18n/lang.js";
import type { InputError } from "../../load/errors.js";
import { loadIndicatorDocumentBytes } from "../../read.js";
import { lint } from "../../lint/index.js";
import { message } from "../../i18n/translate.js";
import { planConsistency } from "../../projects/checks.js";
import { visible } from "../../report/visible.js";
import { lintLocator } from "../../lint/locate.js";
import { formatLint, type LintFormat, type LintReport } from "../../report/lint.js";
import { listInputs, noticeEncoding, readJob } from "../inputs.js";
import { EXIT } from "../errors.js";
import { emit } from "../sink.js";
import { sizeOption } from "../sizeOption.js";
import { formatInputError, wantsColor, type Io } from "./check.js";

export interface LintOptions {
  format: LintFormat;
  failOn: "warning" | "error";
  lang: Lang;
  color: boolean;
  maxFileSize?: string;
}

export async function runLint(args: string[], options: LintOptions, io: Io): Promise<number> {
  const maxBytes = sizeOption(options.maxFileSize);
  const jobs = await listInputs(args, io.stdin, maxBytes);
  const report: LintReport = { files: [], inputErrors: [] };
  for (const job of jobs) {
    const read = readJob(job, maxBytes);
    if ("code" in read) {
      report.inputErrors.push(read);
      continue;
    }
    const loaded = loadIndicatorDocumentBytes(read.bytes, job.name, maxBytes, read.size);
    if (!loaded.ok) {
      for (const e of loaded.errors) report.inputErrors.push(e);
      continue;
    }
    noticeEncoding(loaded, job.name, options.lang, io.stderr);
    const { model } = loaded.value;
    report.files.push({ file: job.name, findings: lint(model, lintLocator(loaded.value.doc)) });
    // Where the near-duplicate search stopped at its limit of work, said as the check says it.
    const nearSearch = model.projects && planConsistency(model.projects).nearSearch;
    if (nearSearch)
      io.stderr.write(
        `lingling-check: ${visible(message(options.lang, { id: "notice.nearSearchLimited", data: { file: job.name, ...nearSearch } }))}\n`,
      );
  }
  if (report.inputErrors.length > 0) {
    const errors: InputError[] = report.inputErrors;
    io.stderr.write(
      `${errors.map((e) => formatInputError(e, options.lang, wantsColor(io.stderr, options.color, io.env))).join("\n")}\n`,
    );
  }
  await emit(formatLint(options.format, report, options.lang), undefined, io.stdout, options.format);
  if (report.inputErrors.length > 0) return EXIT.usage;
  const fails = report.files.some((f) =>
    f.findings.some((x) => options.failOn === "warning" || x.severity === "error"),
  );
  return fails ? EXIT.failed : EXIT.ok;
}
