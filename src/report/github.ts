/**
 * GitHub Actions workflow commands: an annotation at the line where each indicator's row starts.
 * FAIL, and binding checks that could not be judged (they fail the job), are errors; WARN and the
 * reference ones are warnings. Passing and N/A checks say nothing.
 */
import { message, reason } from "../i18n/translate.js";
import type { StreamingFormatter } from "./index.js";
import { CHECK_LABEL } from "./columns.js";
import { checkRows } from "./rows.js";

/** Escaping as the runner expects: data escapes %, CR and LF; properties also : and ,. */
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

const github: StreamingFormatter = {
  file: (f, { lang }) =>
    checkRows(f)
      .flatMap(({ assessment: { indicator: i }, name, check }) => {
        const unjudged = check.verdict === "MISSING" || check.verdict === "REVIEW";
        const level = check.verdict === "FAIL" || (unjudged && i.binding) ? "error" : check.verdict === "WARN" || unjudged ? "warning" : undefined;
        if (!level) return [];
        return [`::${level} file=${property(f.file.file)},line=${i.line},col=1,title=${property(`${i.id} ${i.name} — ${CHECK_LABEL[lang][name]} ${check.verdict}`)}::${data(reason(lang, check.outcome))}\n`];
      })
      .join(""),
  // A file that cannot be read fails the job where it is wrong, like any other problem.
  inputErrors: (errors, { lang }) =>
    errors.map((e) => `::error file=${property(e.file)},line=${e.line},col=${e.column},title=${property(`lingling-check error[${e.code}]`)}::${data(message(lang, e.message))}\n`).join(""),
};

export default github;
