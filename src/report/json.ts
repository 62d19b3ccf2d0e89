/**
 * The JSON report: a documented, versioned contract (`lingling-check/v1`). Reasons are in the
 * chosen language; everything else is language-neutral.
 */
import type { CheckName, CheckResult, FileAssessment, RunTotals } from "../assess/result.js";
import { message, reason } from "../i18n/translate.js";
import type { StreamingFormatter } from "./index.js";
import { decides } from "./rows.js";
import { vetoesJson } from "./vetoJson.js";
import { projectsJson } from "./projects/json.js";

export const JSON_FORMAT = "lingling-check/v1";

const check = (c: CheckResult, lang: Parameters<typeof reason>[0], decides: boolean) => ({
  verdict: c.verdict,
  // Whether the verdict decides the file's question (a year assessment's baseline is shown only).
  decides,
  reason: reason(lang, c.outcome),
  year: c.year,
  rule: c.rule,
  ...(c.forecast ? { forecast: c.forecast } : {}),
  ...(c.forecasts ? { forecasts: c.forecasts } : {}),
});

function file(f: FileAssessment, lang: Parameters<typeof reason>[0]) {
  return {
    file: f.file.file,
    region: f.file.region,
    ...(f.file.catalog ? { catalog: { name: f.file.catalog.name, edition: f.file.catalog.edition, title: f.file.catalog.title, document: f.file.catalog.document, verified: f.file.catalog.verified } } : {}),
    plan: { base_year: f.file.plan.baseYear, near_term: f.file.plan.nearTerm, long_term: f.file.plan.longTerm },
    mode: f.mode,
    ...(f.year !== undefined ? { year: f.year, assessed_year: f.year } : {}),
    ...(f.completeness ? { completeness: { year: f.completeness.year, complete: f.completeness.missing.length === 0, missing: f.completeness.missing } } : {}),
    ...(f.vetoes ? { vetoes: vetoesJson(f.vetoes, lang) } : {}),
    overall: f.summary.overall,
    summary: { binding: f.summary.binding, reference: f.summary.reference },
    ...(f.comparison ? { changes: { from_year: f.comparison.fromYear, to_year: f.comparison.toYear, items: f.comparison.changes } } : {}),
    indicators: f.indicators.map((a) => ({
      id: a.indicator.id,
      name: a.indicator.name,
      unit: a.indicator.unit,
      binding: a.indicator.binding,
      line: a.indicator.line,
      verdict: a.verdict,
      ...(a.indicator.edition ? { edition: a.indicator.edition.name, overrides: a.indicator.edition.overrides } : {}),
      checks: Object.fromEntries(Object.entries(a.checks).map(([name, c]) => [name, check(c, lang, decides(f, name as CheckName))])),
    })),
    ...(f.projects ? { projects: projectsJson(f.projects, lang) } : {}),
  };
}

/** JSON.stringify(…, null, 2) of one file, indented to its place in the `files` array. */
const indented = (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, "\n    ");

/** Files that could not be checked: each error with its place, after the files that could. */
const errorsPart = (totals: RunTotals, lang: Parameters<typeof reason>[0]) =>
  totals.inputErrors?.length
    ? `  "errors": ${JSON.stringify(totals.inputErrors.map((e) => ({ file: e.file, line: e.line, column: e.column, code: e.code, message: message(lang, e.message) })), null, 2).replace(/\n/g, "\n  ")},\n`
    : "";

// Written in pieces, the document is exactly what JSON.stringify(report, null, 2) would give.
const json: StreamingFormatter = {
  head: () => `{\n  "format": ${JSON.stringify(JSON_FORMAT)},\n  "files": [`,
  file: (f, { lang }) => `\n    ${indented(file(f, lang))}`,
  separator: () => ",",
  foot: (totals, { lang }) =>
    `${totals.fileCount > 0 ? "\n  " : ""}],\n${errorsPart(totals, lang)}  "summary": ${JSON.stringify({ overall: totals.overall, files: totals.fileCount, by_overall: totals.byOverall, ...(totals.unreadable ? { not_checked: totals.unreadable } : {}), ...(totals.gaps ? { gaps: totals.gaps } : {}), ...(totals.projects ? { projects: totals.projects } : {}) }, null, 2).replace(/\n/g, "\n  ")}\n}\n`,
};

export default json;
