/** The HTML report's projects section: the timeline, the findings, a 附表1-like table and the summary. */
import type { FileAssessment } from "../../assess/result.js";
import { t } from "../../i18n/translate.js";
import { escapeHtml as e } from "../htmlEscape.js";
import type { FormatOptions } from "../index.js";
import { ganttSvg } from "./gantt.js";
import { findingLines, projectsFacts, projectsLine, summaryLines } from "./lines.js";
import { rope } from "../rope.js";

const COLUMNS = [
  "id",
  "name",
  "domain",
  "task",
  "kind",
  "investment",
  "period",
  "lead",
  "status",
  "invested",
  "verdict",
] as const;

export function projectsHtml(f: FileAssessment, { lang, quiet }: FormatOptions): string {
  const r = f.projects;
  if (!r) return "";
  const head = `<h3>${e(t(lang, "project.title"))}</h3><p>${e(projectsLine(lang, r))}</p>`;
  if (quiet) return `<div class="projects">${head}</div>`;
  const status = (s: string) => t(lang, `project.status.${s}`);
  const rows = r.items.map(
    (c) =>
      `${[
        c.project.id,
        c.project.name,
        c.project.domain ?? "",
        c.project.task ?? "",
        c.project.kind ? t(lang, `project.kind.${c.project.kind}`) : "",
        String(c.project.investment),
        c.project.period.text,
        c.project.lead.join("、"),
        c.status ? status(c.status) : "",
        c.invested === undefined ? "" : String(c.invested),
      ]
        .map((v) => `<td>${e(v)}</td>`)
        .join("")}<td><span class="v v-${c.verdict}">${e(t(lang, `verdict.${c.verdict}`))}</span></td>`,
  );
  const findings = findingLines(lang, r);
  return rope(
    [
      `<div class="projects">`,
      head,
      ...projectsFacts(lang, r).map((l) => `<p class="muted">${e(l)}</p>`),
      ganttSvg(r, r.year === undefined ? t(lang, "project.title") : t(lang, "project.gantt", { year: r.year }), status),
      findings.length ? `<ul class="reasons">${findings.map((l) => `<li>${e(l)}</li>`).join("")}</ul>` : "",
      `<table><thead><tr>${COLUMNS.map((c) => `<th>${e(t(lang, `project.col.${c}`))}</th>`).join("")}</tr></thead><tbody>${rows.map((row) => `<tr>${row}</tr>`).join("")}</tbody></table>`,
      `<ul>${summaryLines(lang, r)
        .map((l) => `<li>${e(l)}</li>`)
        .join("")}</ul>`,
      `</div>`,
    ],
    "\n",
  );
}
