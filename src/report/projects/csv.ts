/** CSV records of the key projects: one per project, in the indicator columns, `section` saying `project`. */
import type { FileAssessment } from "../../assess/result.js";
import type { Lang } from "../../i18n/lang.js";
import { message, t } from "../../i18n/translate.js";
import type { Cell } from "../csvRecords.js";

/** In the order of csv.ts's COLUMNS: file … decides, section. */
export function projectRecords(f: FileAssessment, lang: Lang): Cell[][] {
  const r = f.projects;
  if (!r) return [];
  const section = lang === "en" ? "project" : t(lang, "csv.section.project");
  return r.items.map((c) => {
    const status = c.status ? t(lang, `project.status.${c.status}`) : undefined;
    const why = c.findings.map((m) => message(lang, m.message)).join("; ") || status;
    return [
      f.file.file,
      f.file.region.name,
      c.project.id,
      c.project.name,
      "万元",
      undefined,
      c.project.line,
      lang === "en" ? "project" : t(lang, "project.title"),
      r.year,
      c.project.period.text,
      lang === "en" ? c.verdict : t(lang, `verdict.${c.verdict}`),
      why,
      undefined,
      c.invested,
      c.project.investment,
      c.project.period.end,
      c.investedShare === undefined ? undefined : Math.round(c.investedShare * 10000) / 10000,
      lang === "en" ? r.decides : t(lang, r.decides ? "csv.yes" : "csv.no"),
      section,
    ];
  });
}
