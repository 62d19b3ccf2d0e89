/**
 * An indicator's chart as inline SVG, built from the data with string templates (every text
 * escaped): the observed series, the national threshold as a line, the plan's targets at their
 * years, the forecast to the target year and the pace needed. The axis ticks carry their values
 * (`data-value`), so a reader of the page can check the scale.
 */
import { formatNumber } from "../i18n/translate.js";
import type { Forecast } from "../assess/result.js";
import { Memo } from "../memo.js";
import { escapeHtml } from "./htmlEscape.js";
import { rope } from "./rope.js";

export interface ChartData {
  title: string;
  series: Array<{ year: number; value: number }>;
  standard?: number;
  targets: Array<{ year: number; value: number }>;
  /** The plan's path: from the base-year value through each target, in year order. */
  plan?: Array<{ year: number; value: number }>;
  forecasts: readonly Forecast[];
  legend: { series: string; standard: string; target: string; forecast: string; pace: string };
}

const W = 560;
const H = 210;
const M = { left: 52, right: 14, top: 14, bottom: 44 };

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Markup every chart of a run may share: a value axis by its ends and ticks, a year axis, a legend. */
const valueAxes = new Memo<string>(1_000);
const yearAxes = new Memo<string>(1_000);
const legends = new Memo<string>(100);

/** A step of 1, 2 or 5 × 10^k that cuts the range into about `parts`. */
function niceStep(range: number, parts: number): number {
  const raw = range / parts;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/** Whether there is anything to draw on a value axis. */
export const hasNumbers = (d: Pick<ChartData, "series" | "standard" | "targets">) =>
  d.series.length > 0 || d.targets.length > 0;

export function chartSvg(chart: ChartData): string {
  const ok = (p: { value: number }) => Number.isFinite(p.value);
  const d: ChartData = {
    title: chart.title,
    legend: chart.legend,
    series: chart.series.filter(ok),
    targets: chart.targets.filter(ok),
    plan: (chart.plan ?? []).filter(ok),
    standard: chart.standard !== undefined && Number.isFinite(chart.standard) ? chart.standard : undefined,
    forecasts: chart.forecasts.map((f) => ({
      ...f,
      projected: f.projected !== null && Number.isFinite(f.projected) ? f.projected : null,
      pace: f.pace.filter(ok),
    })),
  };
  const values = [
    ...d.series.map((p) => p.value),
    ...d.targets.map((p) => p.value),
    ...(d.standard === undefined ? [] : [d.standard]),
  ];
  for (const p of d.plan ?? []) values.push(p.value);
  const years = [...d.series.map((p) => p.year), ...d.targets.map((p) => p.year), ...(d.plan ?? []).map((p) => p.year)];
  for (const f of d.forecasts) {
    if (f.projected !== null) values.push(f.projected);
    years.push(f.target_year);
    for (const p of f.pace) {
      values.push(p.value);
      years.push(p.year);
    }
  }
  // Only finite numbers have a place on an axis (a value of 1e309 is Infinity).
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) finite.push(0);
  let [lo, hi] = [Math.min(...finite), Math.max(...finite)];
  if (lo === hi) [lo, hi] = [lo - (Math.abs(lo) || 1) * 0.1, hi + (Math.abs(hi) || 1) * 0.1];
  const step = niceStep(hi - lo, 4);
  let d0 = Math.floor(lo / step) * step;
  let d1 = Math.ceil(hi / step) * step;
  // Values so large that a step is lost in their precision (or a range that overflows): a bare axis.
  let count = Math.round(d1 / step - d0 / step);
  if (![step, d0, d1].every(Number.isFinite) || !(d1 > d0) || d0 + step === d0 || count > 20) {
    [d0, d1, count] = [lo, hi > lo ? hi : lo + Math.max(1, Math.abs(lo) * 0.1), 4];
  }
  let [x0, x1] = [Math.min(...years), Math.max(...years)];
  if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
  const x = (year: number) => r2(M.left + ((year - x0) / (x1 - x0)) * (W - M.left - M.right));
  // In halves, so that the extremes of the number range do not overflow.
  const y = (v: number) => r2(M.top + (1 - (v / 2 - d0 / 2) / (d1 / 2 - d0 / 2)) * (H - M.top - M.bottom));
  // Axes: value ticks with grid lines, a tick per year. Charts share their axes' ends file after
  // file (nice numbers, the plan's years), so each axis is drawn once per pair of ends.
  const parts: string[] = [
    valueAxes.get(`${d0} ${d1} ${count}`, () => {
      // Between the ends by weights, which no finite axis overflows.
      const ticks = Array.from({ length: count + 1 }, (_, k) =>
        Number((d0 * (1 - k / count) + d1 * (k / count)).toPrecision(12)),
      );
      return ticks
        .map(
          (v) =>
            `<g class="y-tick" data-value="${v}"><line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y(v)}" y2="${y(v)}"/>` +
            `<text x="${M.left - 6}" y="${r2(y(v) + 4)}" text-anchor="end">${escapeHtml(formatNumber(v))}</text></g>`,
        )
        .join("");
    }),
    yearAxes.get(`${x0} ${x1}`, () => {
      const yearStep = Math.max(1, Math.ceil((x1 - x0) / 10));
      let axis = "";
      for (let year = x0; year <= x1; year += yearStep) {
        axis += `<g class="x-tick" data-year="${year}"><line class="axis" x1="${x(year)}" x2="${x(year)}" y1="${H - M.bottom}" y2="${H - M.bottom + 4}"/><text x="${x(year)}" y="${H - M.bottom + 16}" text-anchor="middle">${year}</text></g>`;
      }
      return `${axis}<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}"/>`;
    }),
  ];

  if (d.standard !== undefined) {
    parts.push(
      `<line class="standard" data-value="${d.standard}" x1="${M.left}" x2="${W - M.right}" y1="${y(d.standard)}" y2="${y(d.standard)}"><title>${escapeHtml(`${d.legend.standard} ${formatNumber(d.standard)}`)}</title></line>`,
    );
  }
  if ((d.plan ?? []).length > 1)
    parts.push(`<polyline class="plan" points="${d.plan!.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}"/>`);
  for (const f of d.forecasts) {
    if (f.pace.length) {
      const points = [f.to, ...f.pace].map((p) => `${x(p.year)},${y(p.value)}`).join(" ");
      parts.push(`<polyline class="pace" points="${points}"/>`);
    }
    if (f.projected !== null) {
      parts.push(
        `<polyline class="forecast" data-year="${f.target_year}" data-value="${f.projected}" points="${x(f.to.year)},${y(f.to.value)} ${x(f.target_year)},${y(f.projected)}"/>`,
      );
    }
  }
  if (d.series.length) {
    parts.push(`<polyline class="series" points="${d.series.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}"/>`);
    for (const p of d.series)
      parts.push(
        `<circle class="obs" data-year="${p.year}" data-value="${p.value}" cx="${x(p.year)}" cy="${y(p.value)}" r="3.5"><title>${p.year}: ${escapeHtml(formatNumber(p.value))}</title></circle>`,
      );
  }
  for (const p of d.targets) {
    const [cx, cy] = [x(p.year), y(p.value)];
    parts.push(
      `<path class="target" data-year="${p.year}" data-value="${p.value}" d="M${cx} ${r2(cy - 6)}L${r2(cx + 6)} ${cy}L${cx} ${r2(cy + 6)}L${r2(cx - 6)} ${cy}Z"><title>${escapeHtml(`${d.legend.target} ${p.year}: ${formatNumber(p.value)}`)}</title></path>`,
    );
  }

  // The legend, along the bottom.
  const legend: Array<[string, string]> = [["series", d.legend.series]];
  if (d.standard !== undefined) legend.push(["standard", d.legend.standard]);
  if (d.targets.length) legend.push(["target", d.legend.target]);
  if (d.forecasts.some((f) => f.projected !== null)) legend.push(["forecast", d.legend.forecast]);
  if (d.forecasts.some((f) => f.pace.length)) legend.push(["pace", d.legend.pace]);
  parts.push(
    legends.get(JSON.stringify(legend), () =>
      legend
        .map(([cls, label], i) => {
          const lx = M.left + i * 100;
          return `<g class="legend"><line class="${cls}" x1="${lx}" x2="${lx + 18}" y1="${H - 8}" y2="${H - 8}"/><text x="${lx + 22}" y="${H - 4}">${escapeHtml(label)}</text></g>`;
        })
        .join(""),
    ),
  );

  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(d.title)}"><title>${escapeHtml(d.title)}</title>${rope(parts)}</svg>`;
}
