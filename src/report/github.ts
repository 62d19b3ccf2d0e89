/**
 * GitHub Actions workflow commands: an annotation at the line of each finding (src/report/findings.ts
 * decides its level), and at the end the run's verdict as a notice, so the job log says PASS or
 * FAIL in words.
 */
import { message } from "../i18n/translate.js";
import type { StreamingFormatter } from "./index.js";
import { ciPath, findingBatches } from "./findings.js";
import { runSummaryLine } from "./summaryLines.js";
import { visible } from "./visible.js";

/**
 * Escaping as GitHub's runner reads a workflow command: in data, % CR LF as %25 %0D %0A; in a
 * property, also : and , as %3A %2C. Control characters are shown visibly first (the log viewer
 * would act on an escape sequence), so no CR or LF is left to escape: an annotation is one line.
 */
export const data = (s: string) => visible(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/**
 * An annotation's lines and columns. GitHub's annotations take columns on one line only (the runner
 * refuses columns where the start and end lines differ: actions/runner#2082), so one over several lines is by line.
 */
function where(x: {
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}): string {
  if (x.endLine === undefined || x.endColumn === undefined) return `line=${x.line},col=${x.column}`;
  if (x.endLine !== x.line) return `line=${x.line},endLine=${x.endLine}`;
  return `line=${x.line},col=${x.column},endLine=${x.endLine},endColumn=${x.endColumn}`;
}

const github: StreamingFormatter = {
  *pieces(f, options) {
    for (const batch of findingBatches(f, options.lang, options))
      yield batch
        .map(
          (x) =>
            `::${x.level} file=${property(ciPath(f.file.file))},${where(x)},title=${property(x.title)}::${data(x.message)}\n`,
        )
        .join("");
  },
  // A file that cannot be read fails the job where it is wrong, like any other problem.
  inputErrors: (errors, { lang }) =>
    errors
      .map(
        (e) =>
          `::error file=${property(ciPath(e.file))},${where(e)},title=${property(`lingling-check error[${e.code}]`)}::${data(message(lang, e.message))}\n`,
      )
      .join(""),
  foot: (totals, { lang }) => `::notice title=lingling-check::${data(runSummaryLine(lang, totals))}\n`,
};

export default github;
