/**
 * The page's key projects (附表1): the timeline, the findings, a table that uses the page's width
 * (scrolling in its own box where it cannot) and the summary. A project with no recorded progress
 * has nothing judged about its schedule: it says so instead of showing a verdict.
 */
import type { FileAssessment } from "../../assess/result.js";
import type { Lang } from "../../i18n/lang.js";
import { t } from "../../i18n/translate.js";
import { escapeHtml as e } from "../htmlEscape.js";
import type { FormatOptions } from "../index.js";
import { ganttSvg } from "../projects/gantt.js";
import {
  PROJECT_COLUMNS,
  findingLines,
  projectCells,
  projectsFacts,
  projectsLine,
  summaryLines,
} from "../projects/lines.js";
import { rope } from "../rope.js";
import { projectAnchor } from "./anchors.js";
import { badge } from "./overview.js";

/** Short cells kept on one line: a domain is a word or two, never a column of single characters. */
const NOWRAP: ReadonlySet<string> = new Set(["id", "domain", "kind", "period", "status"]);
const NUMERIC: ReadonlySet<string> = new Set(["investment", "invested"]);

export function projectsHtml(f: FileAssessment, { lang, quiet }: FormatOptions, region: string): string {
  const r = f.projects;
  if (!r) return "";
  const head = `<h2>${e(t(lang, "project.title"))}</h2><p>${e(projectsLine(lang, r))}</p>`;
  if (quiet) return `<section class="projects">${head}</section>`;
  const status = (s: string) => t(lang, `project.status.${s}`);
  const verdict = (lang: Lang, c: (typeof r.items)[number]) =>
    c.status === undefined && c.invested === undefined && c.verdict === "PASS"
      ? `<span class="muted" data-verdict="none">${e(t(lang, "page.noProgress"))}</span>`
      : badge(lang, c.verdict);
  const rows = r.items.map((c) => {
    const cells = projectCells(lang, c);
    const tds = PROJECT_COLUMNS.map((col) =>
      col === "verdict"
        ? `<td>${verdict(lang, c)}</td>`
        : `<td${NOWRAP.has(col) ? ' class="nowrap"' : NUMERIC.has(col) ? ' class="num"' : ""}>${e(cells[col])}</td>`,
    );
    return `<tr id="${projectAnchor(region, c.project.id)}" data-project="${e(c.project.id)}">${tds.join("")}</tr>`;
  });
  const findings = findingLines(lang, r);
  return rope(
    [
      `<section class="projects">`,
      head,
      ...projectsFacts(lang, r).map((l) => `<p class="muted">${e(l)}</p>`),
      ganttSvg(r, r.year === undefined ? t(lang, "project.title") : t(lang, "project.gantt", { year: r.year }), status),
      findings.length ? `<ul class="reasons">${findings.map((l) => `<li>${e(l)}</li>`).join("")}</ul>` : "",
      `<div class="scroll"><table><thead><tr>${PROJECT_COLUMNS.map((c) => `<th>${e(t(lang, `project.col.${c}`))}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`,
      `<ul>${summaryLines(lang, r)
        .map((l) => `<li>${e(l)}</li>`)
        .join("")}</ul>`,
      `</section>`,
    ],
    "\n",
  );
}
