/**
 * `-f html`: a self-contained page per region (inline CSS, inline SVG, system fonts, a Content
 * Security Policy that forbids every request), opening offline and printing on A4 landscape.
 * Titled with the region, the question and the year; the overview first (counts, 表1 at a glance,
 * what needs attention), then each row's detail and the key projects.
 *
 * A file's part starts with its entry (one JSON line: what its page's title and a batch's index
 * need), then its section. Through the encoder the parts make one page (the library's `format`, a
 * single file); a batch on the command line writes a folder instead: `pageOf` makes each part a
 * page of its own and `indexPage` the index of every region (src/cli/htmlFolder.ts).
 */
import { CliError } from "../load/errors.js";
import type { Counts, FileAssessment, IndicatorAssessment, Overall } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { superiorLookup } from "../model/superior.js";
import type { Rule } from "../rules/ast.js";
import { Memo } from "../memo.js";
import { levels } from "../rules/index.js";
import { chartSvg, hasNumbers, type ChartData } from "./chart.js";
import { escapeHtml as e } from "./htmlEscape.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import { rope } from "./rope.js";
import { completenessLines, countsLine, questionLabel } from "./summaryLines.js";
import { OVERALL_ORDER } from "../assess/summarize.js";
import { vetoLines } from "./vetoLines.js";
import { regionAnchor } from "./html/anchors.js";
import { CSS } from "./html/css.js";
import { overviewHtml } from "./html/overview.js";
import { projectsHtml } from "./html/projects.js";
import { forecastsOf, rowDetail, statusStrip } from "./html/rowDetail.js";

/**
 * The number a rule draws as a line: the first level it sets on the value, as its kind states it
 * (rules/index.ts); which way is better gives a level its direction, not its number.
 */
const level = (rule: Rule | undefined): number | undefined => (rule ? levels(rule, "higher")[0]?.value : undefined);

/** A chart legend's words, once per language. */
const legendWords = new Memo<ChartData["legend"]>(10);
const legendLabels = (lang: Lang): ChartData["legend"] =>
  legendWords.get(lang, () => ({
    series: t(lang, "html.legend.series"),
    standard: t(lang, "html.legend.standard"),
    target: t(lang, "html.legend.target"),
    forecast: t(lang, "html.legend.forecast"),
    pace: t(lang, "html.legend.pace"),
  }));

/** A row's chart where it has numbers; a row of words gets the strip of its years instead. */
function chartOf(f: FileAssessment, a: IndicatorAssessment, lang: Lang): string {
  const i = a.indicator;
  const series = i.series.flatMap((o) => (o.value.kind === "number" ? [{ year: o.year, value: o.value.n }] : []));
  const superior = superiorLookup(i);
  const targetAt = (year: number | undefined, spec: typeof i.nearTerm) => {
    if (year === undefined || !spec) return [];
    // 完成上级规定的考核任务: the superior's number for that year.
    const value = level(spec.rule) ?? level(superior(year)?.spec?.rule);
    return value === undefined ? [] : [{ year, value }];
  };
  const targets = [...targetAt(f.file.plan.nearTerm, i.nearTerm), ...targetAt(f.file.plan.longTerm, i.longTerm)];
  // Words (是, 有效保障) are no points on an axis; a row with no value at all but numeric targets still has the plan's path.
  if (!hasNumbers({ series, targets }) || (series.length === 0 && i.series.length > 0)) return statusStrip(lang, a);
  const standard = level(i.standard?.rule);
  // The plan's path: from the base-year value the assessment saw to each target in turn.
  const base = a.base?.value.kind === "number" ? [{ year: f.file.plan.baseYear, value: a.base.value.n }] : [];
  return chartSvg({
    title: t(lang, "html.chart", { name: `${i.id} ${i.name}` }),
    series,
    standard,
    targets,
    plan: targets.length ? [...base, ...targets] : [],
    forecasts: forecastsOf(a),
    legend: legendLabels(lang),
  });
}

function section(f: FileAssessment, options: FormatOptions, region: string): string {
  const { lang, quiet } = options;
  const [heading, ...missing] = completenessLines(lang, f);
  const completeness = heading
    ? `<p><strong>${e(heading)}</strong></p><ul>${missing.map((m) => `<li>${e(m.trim())}</li>`).join("")}</ul>`
    : f.mode === "year" && f.year !== undefined
      ? `<p>${e(`${t(lang, "html.completeness")}: ${t(lang, "html.complete", { year: f.year })}`)}</p>`
      : "";
  const [vetoHeading, ...vetoRest] = vetoLines(lang, f);
  const vetoOwn = vetoRest.pop();
  const vetoes = vetoHeading
    ? `<div class="vetoes"><p><strong>${e(vetoHeading)}</strong></p><ul>${vetoRest.map((l) => `<li>${e(l.trim())}</li>`).join("")}</ul><p class="muted">${e(vetoOwn!)}</p></div>`
    : "";
  return rope(
    [
      `<section class="region" id="${region}">`,
      `<header><h1>${e(titleOf(lang, f))}</h1>`,
      `<p class="sub">${e(t(lang, "page.overall"))} ${overallBadge(lang, f.summary.overall)} · ${e(t(lang, "page.file", { file: f.file.file }))}</p></header>`,
      overviewHtml(lang, f, region),
      completeness || vetoes ? `<div class="summary">${completeness}${vetoes}</div>` : "",
      ...(quiet
        ? []
        : [
            `<section class="details"><h2>${e(t(lang, "page.details"))}</h2><div class="rows">`,
            ...f.indicators.map((a) => rowDetail(lang, f, a, region, chartOf(f, a, lang))),
            `</div></section>`,
          ]),
      projectsHtml(f, options, region),
      `</section>`,
    ],
    "\n",
  );
}

/** A file's overall verdict, coloured: under its title, in a batch's index and in a page's list of regions. */
const overallBadge = (lang: Lang, overall: Overall) =>
  `<span class="v v-${overall}">${e(t(lang, `overall.${overall}`))}</span>`;

/** "永州市零陵区 · 2024年度评估", "永州市零陵区 · 规划评审（2022—2030年）". */
function titleOf(lang: Lang, f: FileAssessment): string {
  const { plan } = f.file;
  const question =
    f.mode === "year"
      ? questionLabel(lang, f)
      : t(lang, "page.question.plan", { base: plan.baseYear, end: plan.longTerm ?? plan.nearTerm ?? plan.baseYear });
  return t(lang, "page.title", { region: f.file.region.name, question });
}

/** What a page's title and a batch's index need of a file. */
export interface RegionEntry {
  anchor: string;
  title: string;
  region: string;
  file: string;
  question: string;
  overall: Overall;
  binding: Counts;
  reference: Counts;
  /** A year assessment's binding rows without a value for the year. */
  gaps: string[];
}

/** Forbids every request: scripts, styles from elsewhere, images, fonts, frames, forms. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const documentHead = (lang: Lang, title: string) =>
  `<!DOCTYPE html>\n<html lang="${lang === "zh" ? "zh-CN" : "en"}">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${CSP}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${e(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<div class="page">\n`;
const documentFoot = (lang: Lang) => `<footer>${e(t(lang, "page.generated"))}</footer>\n</div>\n</body>\n</html>\n`;

/** A part: its entry's line, and the section's bytes after it. */
function splitPart(part: string | Uint8Array): { entry: RegionEntry; section: Uint8Array } {
  const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
  const end = bytes.indexOf(0x0a);
  const entry = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, end).toString("utf8")) as RegionEntry;
  return { entry, section: bytes.subarray(end + 1) };
}

/** One region's page of a batch, from its part. */
export function pageOf(part: string | Uint8Array, { lang }: FormatOptions): { entry: RegionEntry; page: Buffer } {
  const { entry, section } = splitPart(part);
  return {
    entry,
    page: Buffer.concat([
      Buffer.from(documentHead(lang, entry.title), "utf8"),
      section,
      Buffer.from(documentFoot(lang)),
    ]),
  };
}

/** A batch's index.html: every region with its verdict counts and gaps, the worst first, and the totals. */
export function indexPage(entries: ReadonlyArray<RegionEntry & { href: string }>, { lang }: FormatOptions): string {
  const sorted = OVERALL_ORDER.flatMap((o) => entries.filter((x) => x.overall === o));
  const h = (id: string) => `<th>${e(t(lang, id))}</th>`;
  const rows = sorted.map(
    (x) =>
      `<tr data-overall="${x.overall}"><td><a href="${e(encodeURI(x.href))}">${e(x.region)}</a></td><td>${e(x.file)}</td><td>${e(x.question)}</td><td>${overallBadge(lang, x.overall)}</td><td>${e(countsLine(lang, x.binding))}</td><td>${e(countsLine(lang, x.reference))}</td><td>${e(x.gaps.join(", ") || t(lang, "page.index.none"))}</td></tr>`,
  );
  const totals = OVERALL_ORDER.filter((o) => entries.some((x) => x.overall === o))
    .map((o) => `${entries.filter((x) => x.overall === o).length} ${t(lang, `overall.${o}`)}`)
    .join(" · ");
  // The batch's counts: each kind's verdicts summed over the regions.
  const sum = (kind: "binding" | "reference") =>
    entries.reduce<Counts>(
      (acc, x) => {
        for (const key of Object.keys(acc) as Array<keyof Counts>) acc[key] += x[kind][key];
        return acc;
      },
      { total: 0, PASS: 0, FAIL: 0, WARN: 0, "N/A": 0, MISSING: 0, REVIEW: 0 },
    );
  const foot = `<tfoot><tr><th colspan="4">${e(t(lang, "page.index.totals"))}</th><td>${e(countsLine(lang, sum("binding")))}</td><td>${e(countsLine(lang, sum("reference")))}</td><td>${entries.reduce((n, x) => n + x.gaps.length, 0)}</td></tr></tfoot>`;
  const title = t(lang, "page.index.title", { count: entries.length });
  return rope([
    documentHead(lang, title),
    `<header><h1>${e(title)}</h1><p class="sub">${e(`${t(lang, "page.index.totals")}: ${totals}`)}</p></header>`,
    `<div class="scroll"><table class="index"><thead><tr>${h("page.index.region")}${h("page.index.file")}${h("page.index.question")}${h("page.index.overall")}${h("sheet.kind.binding")}${h("sheet.kind.reference")}${h("page.index.gaps")}</tr></thead><tbody>${rows.join("")}</tbody>${foot}</table></div>`,
    documentFoot(lang),
  ]);
}

/**
 * The most indicators a page is written for (some 17 MB of HTML): a page is for a browser, and past
 * that one opens slowly or not at all (300,000 rows made 256 MB in 16 s and 1.8 GB). A larger file
 * is refused before its page is made.
 */
const MAX_ROWS = 20_000;

const html: StreamingFormatter = {
  listsPace: true,
  file: (f, options) => {
    if (f.indicators.length > MAX_ROWS)
      throw new CliError({ id: "error.htmlTooLarge", data: { max: MAX_ROWS, file: f.file.file } });
    const { lang } = options;
    const anchor = regionAnchor(f.file.file);
    const entry: RegionEntry = {
      anchor,
      title: titleOf(lang, f),
      region: f.file.region.name,
      file: f.file.file,
      question: questionLabel(lang, f),
      overall: f.summary.overall,
      binding: f.summary.binding,
      reference: f.summary.reference,
      gaps: f.completeness?.missing.map((m) => m.id) ?? [],
    };
    // The entry rides on the part's first line (JSON has no line break of its own), the section below it.
    return `${JSON.stringify(entry)}\n${section(f, options, anchor)}\n`;
  },
  // One page: its head waits for the first part, whose region titles it; several regions (the
  // library's `format` of a run) get a list of links to their sections at the end.
  encoder: async (out, options) => {
    const { lang } = options;
    const entries: RegionEntry[] = [];
    const write = (text: string) => out.write(Buffer.from(text, "utf8"));
    return {
      async write(part) {
        if (part.length === 0) return;
        const { entry, section } = splitPart(part);
        if (entries.length === 0) await write(documentHead(lang, entry.title));
        entries.push(entry);
        await out.write(section);
      },
      async finish() {
        if (entries.length === 0) await write(documentHead(lang, t(lang, "html.title")));
        const nav =
          entries.length > 1
            ? `<nav class="index"><h2>${e(t(lang, "html.index"))}</h2><ul>${entries.map((x) => `<li><a href="#${x.anchor}">${e(x.title)}</a> ${overallBadge(lang, x.overall)}</li>`).join("")}</ul></nav>\n`
            : "";
        await write(`${nav}${documentFoot(lang)}`);
      },
    };
  },
};

export default html;
