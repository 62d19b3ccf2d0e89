/**
 * `-f html`: one self-contained page (inline CSS, inline SVG, system fonts: no request of any
 * kind), opening offline and printing on A4. Per file a summary, then per indicator its verdicts,
 * reasons and chart. A batch gets an index of regions: its rows are known only at the end, so the
 * encoder writes it after the sections and the page's CSS shows it first.
 */
import type { CheckName, FileAssessment, Forecast, IndicatorAssessment } from "../assess/result.js";
import { superiorLookup } from "../model/superior.js";
import type { Lang } from "../i18n/lang.js";
import { VERDICT_MARK, formatNumber, reason, t } from "../i18n/translate.js";
import type { Rule } from "../rules/ast.js";
import { levels } from "../rules/index.js";
import type { Verdict } from "../model/verdict.js";
import { chartSvg, hasNumbers, type ChartData } from "./chart.js";
import { checkLabel } from "./columns.js";
import { escapeHtml as e } from "./htmlEscape.js";
import type { FormatOptions, StreamingFormatter } from "./index.js";
import { completenessLines, countsLine, questionLabel, summaryLine } from "./summaryLines.js";
import { vetoLines } from "./vetoLines.js";
import { projectsHtml } from "./projects/html.js";
import { rope } from "./rope.js";
import { Memo } from "../memo.js";

const CSS = `
@page{size:A4;margin:14mm}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#1f2328;background:#fff}
.page{display:flex;flex-direction:column;max-width:190mm;margin:0 auto;padding:16px}
.page>header{order:-2}.index{order:-1}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:24px 0 6px;border-bottom:2px solid #d0d7de}h3{font-size:15px;margin:0 0 4px}
table{border-collapse:collapse;width:100%}.index td:first-child{white-space:nowrap}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa}
.v{display:inline-block;border-radius:4px;padding:0 6px;font-weight:600;white-space:nowrap}
.v-PASS{background:#c6efce;color:#0b5f1f}.v-FAIL{background:#ffc7ce;color:#9c0006}.v-WARN{background:#ffeb9c;color:#7a5a00}
.v-MISSING{background:#d9d9d9;color:#333}.v-REVIEW{background:#ddebf7;color:#1f4e79}.v-NA{background:#f2f2f2;color:#666}.v-INCOMPLETE{background:#d9d9d9;color:#333}
.summary p{margin:4px 0}.ind{border:1px solid #d0d7de;border-radius:6px;padding:8px 10px;margin:10px 0;break-inside:avoid;page-break-inside:avoid}
.marks{margin:2px 0 4px}.marks .check{color:#57606a;margin-left:8px}.marks .check:first-child{margin-left:0}
.reasons{margin:4px 0;padding-left:18px}.reasons li{margin:1px 0}.muted{color:#57606a}
.chart{width:100%;height:auto;max-width:560px;display:block}
.chart text{font-size:11px;fill:#57606a}.chart .grid{stroke:#eaeef2}.chart .axis{stroke:#8c959f}
.chart .series{fill:none;stroke:#0969da;stroke-width:2}.chart .obs{fill:#0969da}
.chart .standard{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:6 3}.chart .target{fill:#8250df}
.chart line.target{stroke:#8250df;stroke-width:6}.chart .forecast{fill:none;stroke:#0969da;stroke-width:1.5;stroke-dasharray:4 3}
.chart .pace{fill:none;stroke:#bf8700;stroke-width:1.5;stroke-dasharray:1 3}.chart .legend line{stroke-width:2}.chart .legend line.series{stroke:#0969da}
.strip{display:flex;flex-wrap:wrap;gap:4px;margin:4px 0}.strip span{border:1px solid #d0d7de;border-radius:4px;padding:0 6px}
.strip .yes{background:#c6efce}.strip .no{background:#ffc7ce}.strip .na{background:#f2f2f2}
footer{margin-top:16px;color:#57606a;font-size:12px}
@media print{.page{max-width:none;padding:0}a{color:inherit;text-decoration:none}.region{break-before:page}.region:first-of-type{break-before:auto}}
`;

const cls = (v: Verdict | "INCOMPLETE") => `v v-${v.replace("/", "")}`;
const badge = (lang: Lang, v: Verdict) =>
  `<span class="${cls(v)}">${e(`${VERDICT_MARK[v]} ${t(lang, `verdict.${v}`)}`)}</span>`;

/** A section's anchor: from the file's name, the same in every run (FNV-1a). */
function anchor(file: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193) >>> 0;
  return `r-${h.toString(16).padStart(8, "0")}`;
}

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

function chartOf(f: FileAssessment, a: IndicatorAssessment, lang: Lang): string {
  const i = a.indicator;
  const observations = i.series;
  const series = observations.flatMap((o) => (o.value.kind === "number" ? [{ year: o.year, value: o.value.n }] : []));
  const superior = superiorLookup(i);
  const targetAt = (year: number | undefined, spec: typeof i.nearTerm) => {
    if (year === undefined || !spec) return [];
    // 完成上级规定的考核任务: the superior's number for that year.
    const value = level(spec.rule) ?? level(superior(year)?.spec?.rule);
    return value === undefined ? [] : [{ year, value }];
  };
  const targets = [...targetAt(f.file.plan.nearTerm, i.nearTerm), ...targetAt(f.file.plan.longTerm, i.longTerm)];
  const progress = a.checks.progress;
  const forecasts: Forecast[] = progress?.forecasts ?? (progress?.forecast ? [progress.forecast] : []);
  const standard = level(i.standard?.rule);
  if (hasNumbers({ series, targets })) {
    return chartSvg({
      title: t(lang, "html.chart", { name: `${i.id} ${i.name}` }),
      series,
      standard,
      targets,
      forecasts,
      legend: legendLabels(lang),
    });
  }
  // A status indicator: was it reached, year by year.
  if (observations.length === 0) return `<p class="muted">${e(t(lang, "html.noChart"))}</p>`;
  const cells = observations.map((o) => {
    const [kind, word] =
      o.value.kind === "status" || o.value.kind === "none_present"
        ? ["yes", t(lang, "html.status.yes")]
        : o.value.kind === "not_applicable"
          ? ["na", t(lang, "verdict.N/A")]
          : ["no", o.value.kind === "text" ? o.value.text : t(lang, "html.status.no")];
    return `<span class="${kind}" data-year="${o.year}">${o.year} ${e(word)}</span>`;
  });
  return `<div class="strip">${cells.join("")}</div>`;
}

function forecastLine(lang: Lang, f: Forecast): string {
  const held = (end: "min" | "max" | undefined) => (end ? ` (${t(lang, `forecast.held.${end}`)})` : "");
  const projected =
    f.projected === null ? "" : ` → ${formatNumber(Number(f.projected.toPrecision(6)))}${held(f.clamped?.projected)}`;
  const pace = f.pace.length
    ? `; ${t(lang, "html.legend.pace")}: ${f.pace.map((p) => `${p.year} ${formatNumber(Number(p.value.toPrecision(6)))}`).join(", ")}${held(f.clamped?.pace)}`
    : "";
  return `${t(lang, "html.legend.forecast")} ${f.target_year}: ${t(lang, `forecast.${f.class}`)}${projected} (${formatNumber(f.target)})${pace}`;
}

function indicatorBlock(f: FileAssessment, a: IndicatorAssessment, lang: Lang): string {
  const i = a.indicator;
  const checks = Object.entries(a.checks) as Array<[CheckName, NonNullable<IndicatorAssessment["checks"][CheckName]>]>;
  const marks = checks
    .map(([name, c]) => `<span class="check">${e(checkLabel(lang, f, name))}</span> ${badge(lang, c.verdict)}`)
    .join(" ");
  const reasons = checks.map(
    ([name, c]) =>
      `<li>${badge(lang, c.verdict)} ${e(`${checkLabel(lang, f, name)}: ${reason(lang, c.outcome)}`)}</li>`,
  );
  const progress = a.checks.progress;
  const forecasts = progress?.forecasts ?? (progress?.forecast ? [progress.forecast] : []);
  for (const fc of forecasts) reasons.push(`<li class="muted">${e(forecastLine(lang, fc))}</li>`);
  const kind = t(lang, i.binding ? "sheet.kind.binding" : "sheet.kind.reference");
  const rule = i.standard ? ` · ${t(lang, "sheet.header.standard")} ${i.standard.text}` : "";
  return rope([
    `<article class="ind" data-id="${e(i.id)}">`,
    `<h3>${e(`${i.id} ${i.name}`)}${i.unit ? ` <span class="muted">(${e(i.unit)})</span>` : ""}</h3>`,
    `<p class="muted">${e(`${kind}${rule}`)}</p>`,
    `<div class="marks">${marks}</div>`,
    `<ul class="reasons">${reasons.join("")}</ul>`,
    chartOf(f, a, lang),
    `</article>`,
  ]);
}

function section(f: FileAssessment, options: FormatOptions): string {
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
  const overall = f.summary.overall;
  return rope(
    [
      `<section class="region" id="${anchor(f.file.file)}">`,
      `<h2>${e(t(lang, "report.file", { file: f.file.file, region: f.file.region.name }))}</h2>`,
      `<div class="summary">`,
      `<p>${e(questionLabel(lang, f))} · ${e(t(lang, "sheet.header.overall"))} <span class="${cls(overall)}">${e(t(lang, `overall.${overall}`))}</span></p>`,
      `<p>${e(`${t(lang, "sheet.kind.binding")} ${countsLine(lang, f.summary.binding)}`)}</p>`,
      `<p>${e(`${t(lang, "sheet.kind.reference")} ${countsLine(lang, f.summary.reference)}`)}</p>`,
      completeness,
      vetoes,
      `<p class="muted">${e(summaryLine(lang, f))}</p>`,
      `</div>`,
      ...(quiet ? [] : f.indicators.map((a) => indicatorBlock(f, a, lang))),
      projectsHtml(f, options),
      `</section>`,
    ],
    "\n",
  );
}

/** One file's row of the index. */
interface IndexEntry {
  anchor: string;
  region: string;
  file: string;
  mode: string;
  overall: FileAssessment["summary"]["overall"];
  overallLabel: string;
  binding: string;
  reference: string;
}

function indexNav(entries: readonly IndexEntry[], lang: Lang): string {
  const h = (id: string) => `<th>${e(t(lang, `sheet.header.${id}`))}</th>`;
  const rows = entries.map(
    (x) =>
      `<tr><td><a href="#${x.anchor}">${e(x.region)}</a></td><td>${e(x.file)}</td><td>${e(x.mode)}</td><td><span class="${cls(x.overall)}">${e(x.overallLabel)}</span></td><td>${e(x.binding)}</td><td>${e(x.reference)}</td></tr>`,
  );
  return `<nav class="index"><h2>${e(t(lang, "html.index"))}</h2><table><thead><tr>${h("region")}${h("file")}${h("mode")}${h("overall")}<th>${e(t(lang, "sheet.kind.binding"))}</th><th>${e(t(lang, "sheet.kind.reference"))}</th></tr></thead><tbody>${rows.join("")}</tbody></table></nav>`;
}

const html: StreamingFormatter = {
  head: ({ lang }) =>
    `<!DOCTYPE html>\n<html lang="${lang === "zh" ? "zh-CN" : "en"}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${e(t(lang, "html.title"))}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<div class="page">\n<header><h1>${e(t(lang, "html.title"))}</h1></header>\n`,
  file: (f, options) => {
    const entry: IndexEntry = {
      anchor: anchor(f.file.file),
      region: f.file.region.name,
      file: f.file.file,
      mode: questionLabel(options.lang, f),
      overall: f.summary.overall,
      overallLabel: t(options.lang, `overall.${f.summary.overall}`),
      binding: countsLine(options.lang, f.summary.binding),
      reference: countsLine(options.lang, f.summary.reference),
    };
    // The index row rides on the part's first line (JSON has no line break of its own), the section below it.
    return `${JSON.stringify(entry)}\n${section(f, options)}\n`;
  },
  foot: (_totals, { lang }) => `<footer>${e(t(lang, "html.generated"))}</footer>\n</div>\n</body>\n</html>\n`,
  // The parts go straight out; the index is kept (a row per file) and written at the end. A
  // worker's part arrives as bytes and goes out as they are, its index row read off the first line.
  encoder: async (out, { lang }) => {
    const entries: IndexEntry[] = [];
    const write = (text: string) => out.write(Buffer.from(text, "utf8"));
    let footer = "";
    return {
      async write(part) {
        if (part.length === 0) return;
        // The head and the foot are text; a file's part starts with its index row.
        if (typeof part === "string" && !part.startsWith("{")) {
          if (part.startsWith("<footer")) footer = part;
          else await write(part);
          return;
        }
        const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
        const end = bytes.indexOf(0x0a);
        entries.push(JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, end).toString("utf8")) as IndexEntry);
        await out.write(bytes.subarray(end + 1));
      },
      async finish() {
        await write(`${entries.length > 1 ? indexNav(entries, lang) : ""}\n${footer}`);
      },
    };
  },
};

export default html;
