/**
 * GitHub Actions workflow commands: an annotation at the line where each indicator's row starts.
 * FAIL, and binding checks that could not be judged (they fail the job), are errors; WARN and the
 * reference ones are warnings. Passing and N/A checks say nothing.
 */
import { message, reason } from "../i18n/translate.js";
import type { StreamingFormatter } from "./index.js";
import { CHECK_LABEL } from "./columns.js";
import { checkRows, decides } from "./rows.js";
import { visible } from "./visible.js";
import { vetoReason } from "./vetoLines.js";
import { t } from "../i18n/translate.js";
import { projectAnnotations } from "./projects/github.js";

/**
 * Escaping as GitHub's runner reads a workflow command: in data, % CR LF as %25 %0D %0A; in a
 * property, also : and , as %3A %2C. Control characters are shown visibly first (the log viewer
 * would act on an escape sequence), so no CR or LF is left to escape: an annotation is one line.
 */
export const data = (s: string) => visible(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** A basic condition not met, at its line: an error where it decides the year, a notice in plan review. */
function vetoAnnotations(f: Parameters<StreamingFormatter["file"]>[0], lang: Parameters<typeof t>[0]): string {
  const v = f.vetoes;
  if (!v) return "";
  return v.conditions
    .filter((c) => c.verdict === "FAIL" && c.standing !== "ahead")
    .map((c) => `::${c.standing === "decides" ? "error" : "notice"} file=${property(f.file.file)},line=${c.line},col=${c.column},title=${property(`${t(lang, "veto.label")} ${c.year} ${c.condition} — ${c.verdict}`)}::${data(`${vetoReason(lang, c, v)} ${t(lang, "veto.own")}`)}\n`)
    .join("");
}

const github: StreamingFormatter = {
  file: (f, options) =>
    checkRows(f)
      .flatMap(({ assessment: { indicator: i }, name, check }) => {
        const unjudged = check.verdict === "MISSING" || check.verdict === "REVIEW";
        const problem = check.verdict === "FAIL" || check.verdict === "WARN" || unjudged;
        // A check shown beside the question (a year assessment's baseline) is a notice: it fails nothing.
        const level = !problem ? undefined : !decides(f, name) ? "notice" : check.verdict === "FAIL" || (unjudged && i.binding) ? "error" : "warning";
        if (!level) return [];
        return [`::${level} file=${property(f.file.file)},line=${i.line},col=1,title=${property(`${i.id} ${i.name} — ${CHECK_LABEL[options.lang][name]} ${check.verdict}`)}::${data(reason(options.lang, check.outcome))}\n`];
      })
      .join("") + projectAnnotations(f, options, data, property) + vetoAnnotations(f, options.lang),
  // A file that cannot be read fails the job where it is wrong, like any other problem.
  inputErrors: (errors, { lang }) =>
    errors.map((e) => `::error file=${property(e.file)},line=${e.line},col=${e.column},title=${property(`lingling-check error[${e.code}]`)}::${data(message(lang, e.message))}\n`).join(""),
};

export default github;
