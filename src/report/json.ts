/**
 * The JSON report: a documented, versioned contract (`lingling-check/v1`). Reasons are in the
 * chosen language; everything else is language-neutral.
 */
import type { CheckResult, FileAssessment, RunAssessment } from "../assess/result.js";
import { reason } from "../i18n/translate.js";
import type { Formatter } from "./index.js";

export const JSON_FORMAT = "lingling-check/v1";

const check = (c: CheckResult, lang: Parameters<typeof reason>[0]) => ({
  verdict: c.verdict,
  reason: reason(lang, c.outcome),
  year: c.year,
  rule: c.rule,
  ...(c.forecast ? { forecast: c.forecast } : {}),
});

function file(f: FileAssessment, lang: Parameters<typeof reason>[0]) {
  return {
    file: f.file.file,
    region: f.file.region,
    plan: { base_year: f.file.plan.baseYear, near_term: f.file.plan.nearTerm, long_term: f.file.plan.longTerm },
    ...(f.year !== undefined ? { year: f.year } : {}),
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
      checks: Object.fromEntries(Object.entries(a.checks).map(([name, c]) => [name, check(c, lang)])),
    })),
  };
}

const json: Formatter = (run, { lang }) =>
  `${JSON.stringify(
    {
      format: JSON_FORMAT,
      files: run.files.map((f) => file(f, lang)),
      summary: { overall: run.overall, files: run.files.length, by_overall: run.byOverall },
    },
    null,
    2,
  )}\n`;

export default json;
