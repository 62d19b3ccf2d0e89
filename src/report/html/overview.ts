/**
 * The page's overview, what a leader reads first: the verdict counts (binding and reference apart),
 * 表1 at a glance with a coloured cell per check, the rows and the key projects by domain, and what needs
 * attention, each item linked to its row. Everything here is what the core judged.
 */
import { CHECKS, type CheckName, type FileAssessment } from "../../assess/result.js";
import type { Lang } from "../../i18n/lang.js";
import { VERDICT_MARK, message, reason, t } from "../../i18n/translate.js";
import { ATTENTION, type Verdict } from "../../model/verdict.js";
import { COUNT_ORDER } from "../summaryLines.js";
import { CHECK_LABEL, checkLabel } from "../columns.js";
import { escapeHtml as e } from "../htmlEscape.js";
import { rope } from "../rope.js";
import { decides } from "../rows.js";
import { projectAnchor, rowAnchor } from "./anchors.js";

/** The project findings that say a project is behind. */
const LAGGING = new Set(["overdue", "late", "lagging"]);

export const verdictClass = (v: string) => v.replace("/", "");
export const badge = (lang: Lang, v: Verdict) =>
  `<span class="v v-${verdictClass(v)}">${e(`${VERDICT_MARK[v]} ${t(lang, `verdict.${v}`)}`)}</span>`;
const cell = (lang: Lang, v: Verdict, check: string) =>
  `<td class="c c-${verdictClass(v)}" data-check="${check}" data-verdict="${v}">${e(`${VERDICT_MARK[v]} ${t(lang, `verdict.${v}`)}`)}</td>`;

/** The year a check judges, as its column says it. */
function checkYear(f: FileAssessment, name: CheckName): number | undefined {
  const { plan } = f.file;
  return {
    baseline: plan.baseYear,
    near_term: plan.nearTerm,
    long_term: plan.longTerm,
    progress: f.year,
    override: undefined,
  }[name];
}

/** A verdict a row, binding and reference side by side: narrow enough for the overview's side column. */
function countsTable(lang: Lang, f: FileAssessment): string {
  const { binding, reference } = f.summary;
  const row = (label: string, key: Verdict | "total", b: number, r: number) =>
    `<tr data-verdict="${key}"><th>${label}</th><td data-kind="binding">${b}</td><td data-kind="reference">${r}</td></tr>`;
  return rope([
    `<section class="counts-box"><h2>${e(t(lang, "page.counts"))}</h2><div class="scroll"><table class="counts">`,
    `<thead><tr><th></th><th>${e(t(lang, "sheet.kind.binding"))}</th><th>${e(t(lang, "sheet.kind.reference"))}</th></tr></thead><tbody>`,
    ...COUNT_ORDER.map((v) => row(badge(lang, v), v, binding[v], reference[v])),
    row(e(t(lang, "page.total")), "total", binding.total, reference.total),
    `</tbody></table></div></section>`,
  ]);
}

function indicatorTable(lang: Lang, f: FileAssessment, region: string): string {
  const shown = CHECKS.filter((c) => f.indicators.some((a) => a.checks[c]));
  const head = shown.map((c) => {
    const year = checkYear(f, c);
    const label = `${CHECK_LABEL[lang][c]}${year === undefined ? "" : ` ${year}`}`;
    return decides(f, c)
      ? `<th>${e(label)}</th>`
      : `<th class="nd" title="${e(checkLabel(lang, f, c))}">${e(label)}</th>`;
  });
  const rows = f.indicators.map((a) => {
    const i = a.indicator;
    const cells = shown.map((c) => {
      const check = a.checks[c];
      return check ? cell(lang, check.verdict, c) : `<td class="c" data-check="${c}"></td>`;
    });
    return `<tr data-id="${e(i.id)}"><td><a href="#${rowAnchor(region, i.id)}">${e(i.id)}</a></td><td class="name">${e(i.name)}</td><td>${e(t(lang, i.binding ? "sheet.kind.binding" : "sheet.kind.reference"))}</td>${cells.join("")}${cell(lang, a.verdict, "row")}</tr>`;
  });
  return rope([
    `<section class="t1"><h2>${e(t(lang, "page.table"))}</h2><div class="scroll"><table class="table1">`,
    `<thead><tr><th>${e(t(lang, "sheet.header.id"))}</th><th>${e(t(lang, "sheet.header.name"))}</th><th>${e(t(lang, "page.kind"))}</th>${head.join("")}<th>${e(t(lang, "page.row"))}</th></tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table></div></section>`,
  ]);
}

function attentionList(lang: Lang, f: FileAssessment, region: string): string {
  const items: string[] = [];
  for (const level of ATTENTION)
    for (const a of f.indicators) {
      if (a.verdict !== level) continue;
      const i = a.indicator;
      // The deciding check that gave the row its verdict says why.
      const why = (Object.entries(a.checks) as Array<[CheckName, NonNullable<(typeof a.checks)[CheckName]>]>).find(
        ([name, c]) => c.verdict === level && decides(f, name),
      );
      const text = why ? `${checkLabel(lang, f, why[0])}: ${reason(lang, why[1].outcome)}` : "";
      items.push(
        `<li data-id="${e(i.id)}" data-verdict="${level}">${badge(lang, level)} <a href="#${rowAnchor(region, i.id)}">${e(`${i.id} ${i.name}`)}</a>${text ? ` <span class="muted">${e(text)}</span>` : ""}</li>`,
      );
    }
  for (const c of f.projects?.items ?? []) {
    const behind = c.findings.filter((x) => LAGGING.has(x.code));
    if (behind.length === 0) continue;
    items.push(
      `<li data-project="${e(c.project.id)}" data-verdict="WARN">${badge(lang, "WARN")} <a href="#${projectAnchor(region, c.project.id)}">${e(t(lang, "page.project", { id: c.project.id, name: c.project.name }))}</a> <span class="muted">${e(behind.map((x) => message(lang, x.message)).join("; "))}</span></li>`,
    );
  }
  return `<section class="attention-box"><h2>${e(t(lang, "page.attention"))}</h2>${
    items.length ? `<ul class="attention">${items.join("")}</ul>` : `<p>${e(t(lang, "page.attention.none"))}</p>`
  }</section>`;
}

/**
 * The rows by domain (领域, the row's own or its edition's): how many, and how many of each row
 * verdict, in the domains' order of first appearance in 表1. Absent when no row names a domain.
 */
function indicatorDomainTable(lang: Lang, f: FileAssessment): string {
  if (!f.indicators.some((a) => a.indicator.domain)) return "";
  const groups = new Map<string, { rows: number; counts: Map<Verdict, number> }>();
  for (const a of f.indicators) {
    const key = a.indicator.domain ?? "";
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { rows: 0, counts: new Map() }));
    group.rows++;
    group.counts.set(a.verdict, (group.counts.get(a.verdict) ?? 0) + 1);
  }
  const rows = [...groups].map(
    ([key, { rows, counts }]) =>
      `<tr data-domain="${e(key)}"><td>${e(key || "—")}</td><td>${rows}</td>${COUNT_ORDER.map(
        (v) => `<td data-verdict="${v}">${counts.get(v) ?? 0}</td>`,
      ).join("")}</tr>`,
  );
  const h = (id: string) => `<th>${e(t(lang, id))}</th>`;
  return rope([
    `<section class="domains"><h2>${e(t(lang, "page.indicatorDomains"))}</h2><div class="scroll"><table class="counts">`,
    `<thead><tr>${h("page.domain")}${h("page.indicators")}${COUNT_ORDER.map((v) => `<th>${badge(lang, v)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody></table></div></section>`,
  ]);
}

function domainTable(lang: Lang, f: FileAssessment): string {
  const r = f.projects;
  if (!r || r.summary.byDomain.length === 0) return "";
  const warned = (key: string) =>
    r.items.filter((c) => (c.project.domain ?? "") === key && c.verdict === "WARN").length;
  const rows = r.summary.byDomain.map(
    (g) =>
      `<tr><td>${e(g.key || "—")}</td><td>${g.count}</td><td>${g.investment}</td><td>${g.completed}</td><td>${warned(g.key)}</td></tr>`,
  );
  const h = (id: string) => `<th>${e(t(lang, id))}</th>`;
  return `<section class="domains"><h2>${e(t(lang, "page.domains"))}</h2><div class="scroll"><table class="counts"><thead><tr>${h("page.domain")}${h("page.projects")}${h("page.investment")}${h("page.completed")}${h("page.withFindings")}</tr></thead><tbody>${rows.join("")}</tbody></table></div></section>`;
}

export function overviewHtml(lang: Lang, f: FileAssessment, region: string): string {
  return rope([
    `<div class="overview">`,
    indicatorTable(lang, f, region),
    countsTable(lang, f),
    attentionList(lang, f, region),
    indicatorDomainTable(lang, f),
    domainTable(lang, f),
    `</div>`,
  ]);
}
