/**
 * One indicator's detail: its kind and national rule, its verdicts with their reasons, the
 * forecasts (numbers rounded as the reasons round them), then a chart where the row has numbers or,
 * for a row whose values are words (是, 有效保障), a strip of its years with the word each states.
 */
import type { CheckName, FileAssessment, Forecast, IndicatorAssessment } from "../../assess/result.js";
import { reasonRounding } from "../../assess/precision.js";
import type { Lang } from "../../i18n/lang.js";
import { VERDICT_MARK, formatNumber, reason, t } from "../../i18n/translate.js";
import type { Verdict } from "../../model/verdict.js";
import type { Indicator } from "../../model/types.js";
import { checkLabel, displayValue } from "../columns.js";
import { escapeHtml as e } from "../htmlEscape.js";
import { rope } from "../rope.js";
import { rowAnchor } from "./anchors.js";
import { badge, verdictClass } from "./overview.js";

/** The forecasts a progress check made: toward its phase's target, or (before the near-term year) both. */
export const forecastsOf = (a: IndicatorAssessment): Forecast[] => {
  const progress = a.checks.progress;
  return progress?.forecasts ?? (progress?.forecast ? [progress.forecast] : []);
};

function forecastLine(lang: Lang, i: Indicator, f: Forecast): string {
  const nearest = reasonRounding(i);
  // The pace is a bound to reach: rounded toward the safe side, as its reason rounds it.
  const safe = reasonRounding(i, i.better === "higher" ? "up" : "down");
  const held = (end: "min" | "max" | undefined) => (end ? ` (${t(lang, `forecast.held.${end}`)})` : "");
  const projected = f.projected === null ? "" : ` → ${formatNumber(nearest(f.projected))}${held(f.clamped?.projected)}`;
  const pace = f.pace.length
    ? `; ${t(lang, "html.legend.pace")}: ${f.pace.map((p) => `${p.year} ${formatNumber(safe(p.value))}`).join(", ")}${held(f.clamped?.pace)}`
    : "";
  return `${t(lang, "html.legend.forecast")} ${f.target_year}: ${t(lang, `forecast.${f.class}`)}${projected} (${formatNumber(f.target)})${pace}`;
}

/**
 * A row whose values are words: each year with the word as the file states it, and where a check
 * judged that year's value, its verdict's mark and colour (有效保障 may be for a person to judge).
 */
export function statusStrip(lang: Lang, a: IndicatorAssessment): string {
  const observations = a.indicator.series;
  if (observations.length === 0) return `<p class="muted">${e(t(lang, "page.noValues"))}</p>`;
  const judged = new Map<number, Verdict>();
  for (const c of Object.values(a.checks))
    if (c?.observation && !judged.has(c.observation.year)) judged.set(c.observation.year, c.verdict);
  const cells = observations.map((o) => {
    const word = displayValue(o.value);
    const verdict = judged.get(o.year);
    const mark = verdict ? `${VERDICT_MARK[verdict]} ` : "";
    return `<li class="${verdict ? `c-${verdictClass(verdict)}` : "text"}" data-year="${o.year}"${verdict ? ` data-verdict="${verdict}"` : ""}><span class="year">${o.year}</span><span class="word">${e(`${mark}${word}`)}</span></li>`;
  });
  return `<ul class="strip">${cells.join("")}</ul>`;
}

export function rowDetail(
  lang: Lang,
  f: FileAssessment,
  a: IndicatorAssessment,
  region: string,
  chart: string,
): string {
  const i = a.indicator;
  const checks = Object.entries(a.checks) as Array<[CheckName, NonNullable<IndicatorAssessment["checks"][CheckName]>]>;
  const marks = checks
    .map(([name, c]) => `<span class="check">${e(checkLabel(lang, f, name))}</span> ${badge(lang, c.verdict)}`)
    .join(" ");
  const reasons = checks.map(
    ([name, c]) =>
      `<li>${badge(lang, c.verdict)} ${e(`${checkLabel(lang, f, name)}: ${reason(lang, c.outcome)}`)}</li>`,
  );
  for (const fc of forecastsOf(a)) reasons.push(`<li class="muted">${e(forecastLine(lang, i, fc))}</li>`);
  const kind = t(lang, i.binding ? "sheet.kind.binding" : "sheet.kind.reference");
  const rule = i.standard ? ` · ${t(lang, "sheet.header.standard")} ${i.standard.text}` : "";
  return rope([
    `<article class="ind" id="${rowAnchor(region, i.id)}" data-id="${e(i.id)}">`,
    `<h3>${e(`${i.id} ${i.name}`)}${i.unit ? ` <span class="muted">(${e(i.unit)})</span>` : ""}</h3>`,
    `<p class="muted">${e(`${kind}${rule}`)}</p>`,
    `<div class="marks">${marks}</div>`,
    `<ul class="reasons">${reasons.join("")}</ul>`,
    chart,
    `</article>`,
  ]);
}
