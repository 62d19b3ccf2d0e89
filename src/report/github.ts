/**
 * GitHub Actions workflow commands: an annotation at the line of each finding (src/report/findings.ts
 * decides its level), and at the end the run's verdict as a notice, so the job log says PASS or
 * FAIL in words.
 */
import { message } from "../i18n/translate.js";
import type { StreamingFormatter } from "./index.js";
import { findings } from "./findings.js";
import { runSummaryLine } from "./summaryLines.js";
import { visible } from "./visible.js";

/**
 * Escaping as GitHub's runner reads a workflow command: in data, % CR LF as %25 %0D %0A; in a
 * property, also : and , as %3A %2C. Control characters are shown visibly first (the log viewer
 * would act on an escape sequence), so no CR or LF is left to escape: an annotation is one line.
 */
export const data = (s: string) => visible(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

const github: StreamingFormatter = {
  file: (f, { lang }) =>
    findings(f, lang)
      .map(
        (x) =>
          `::${x.level} file=${property(f.file.file)},line=${x.line},col=${x.column},title=${property(x.title)}::${data(x.message)}\n`,
      )
      .join(""),
  // A file that cannot be read fails the job where it is wrong, like any other problem.
  inputErrors: (errors, { lang }) =>
    errors
      .map(
        (e) =>
          `::error file=${property(e.file)},line=${e.line},col=${e.column},title=${property(`lingling-check error[${e.code}]`)}::${data(message(lang, e.message))}\n`,
      )
      .join(""),
  foot: (totals, { lang }) => `::notice title=lingling-check::${data(runSummaryLine(lang, totals))}\n`,
};

export default github;
