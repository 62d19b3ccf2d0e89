/** GitHub annotations for the key projects: a warning at each finding's line (an error when --fail-on projects makes them decide). */
import type { FileAssessment } from "../../assess/result.js";
import { message, t } from "../../i18n/translate.js";
import type { FormatOptions } from "../index.js";

export function projectAnnotations(f: FileAssessment, { lang }: FormatOptions, data: (s: string) => string, property: (s: string) => string): string {
  const r = f.projects;
  if (!r) return "";
  const level = r.decides ? "error" : "warning";
  const plan = r.consistency.findings;
  const all = [...plan, ...r.items.flatMap((c) => c.findings.filter((x) => !plan.includes(x)))];
  return all
    .map((x) => `::${level} file=${property(f.file.file)},line=${x.line},col=1,title=${property(`${t(lang, "project.title")} ${x.projectId ?? ""} ${x.code}`.replace(/\s+/g, " "))}::${data(message(lang, x.message))}\n`)
    .join("");
}
