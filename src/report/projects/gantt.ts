/**
 * The key projects as a timeline (a Gantt strip) in inline SVG, built from the data like chart.ts:
 * a bar per project over its period, filled as far as its cumulative investment goes, coloured by
 * its status, the assessed year marked. Every text is escaped; bars carry their data (`data-*`).
 */
import type { ProjectsResult } from "../../projects/result.js";
import { escapeHtml as e } from "../htmlEscape.js";

const ROW = 16;
const LABEL = 46;
const W = 560;
const TOP = 18;

const FILL: Record<string, string> = {
  completed: "#2da44e",
  in_progress: "#0969da",
  not_started: "#8c959f",
  none: "#d0d7de",
};

export function ganttSvg(r: ProjectsResult, title: string, statusWord: (s: string) => string): string {
  const items = r.items;
  if (items.length === 0) return "";
  // Folded, not spread: 10,000 projects and more are not the arguments of one call.
  const first = items.reduce((y, c) => Math.min(y, c.project.period.start), r.year ?? Infinity);
  const last = items.reduce((y, c) => Math.max(y, c.project.period.end), r.year ?? -Infinity);
  const span = last - first + 1;
  const x = (year: number) => Math.round((LABEL + ((year - first) / span) * (W - LABEL - 8)) * 100) / 100;
  const height = TOP + items.length * ROW + 6;
  const years = Array.from({ length: span }, (_, i) => first + i);
  const ticks = years.map(
    (y) =>
      `<line x1="${x(y)}" y1="${TOP - 4}" x2="${x(y)}" y2="${height}" stroke="#eaeef2"/><text x="${x(y) + 2}" y="${TOP - 6}" font-size="10" fill="#57606a">${y}</text>`,
  );
  const bars = items.map((c, i) => {
    const y = TOP + i * ROW + 2;
    const { start, end } = c.project.period;
    const status = c.status ?? "none";
    const left = x(start);
    const width = x(end + 1) - left;
    const done = Math.max(0, Math.min(1, c.investedShare ?? (status === "completed" ? 1 : 0)));
    const label = `${c.project.id} ${c.project.name} ${c.project.period.text} ${statusWord(status)}`;
    return [
      `<g class="project" data-id="${e(c.project.id)}" data-start="${start}" data-end="${end}" data-status="${status}" data-verdict="${c.verdict}"><title>${e(label)}</title>`,
      `<text x="0" y="${y + 10}" font-size="10" fill="#1f2328">${e(c.project.id)}</text>`,
      `<rect x="${left}" y="${y}" width="${Math.round(width * 100) / 100}" height="${ROW - 5}" fill="#f6f8fa" stroke="${c.verdict === "WARN" ? "#bf8700" : "#d0d7de"}"/>`,
      `<rect x="${left}" y="${y}" width="${Math.round(width * done * 100) / 100}" height="${ROW - 5}" fill="${FILL[status]}"/>`,
      `</g>`,
    ].join("");
  });
  const mark =
    r.year === undefined
      ? ""
      : `<line class="year" data-year="${r.year}" x1="${x(r.year + 1)}" y1="${TOP - 4}" x2="${x(r.year + 1)}" y2="${height}" stroke="#cf222e" stroke-width="1.5" stroke-dasharray="4 2"/>`;
  return `<svg class="gantt" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${e(title)}"><title>${e(title)}</title>${ticks.join("")}${bars.join("")}${mark}</svg>`;
}
