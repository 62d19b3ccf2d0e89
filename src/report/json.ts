/**
 * The JSON report: a documented, versioned contract (`lingling-check/v1`, docs/report-v1.schema.json).
 * Every field is mapped here by name from the result, so the core's types can change without the
 * contract moving; the shapes it builds are the types of the schemas in reportSchema.ts, from which
 * the published schema is generated. Reasons are in the chosen language; everything else is
 * language-neutral.
 */
import type { YearChange } from "../assess/compare.js";
import type {
  CheckName,
  CheckResult,
  FileAssessment,
  FileGaps,
  Forecast,
  IndicatorAssessment,
  RunTotals,
} from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { message, reason } from "../i18n/translate.js";
import type { InputError } from "../load/errors.js";
import type { Override } from "../model/types.js";
import type { StreamingFormatter } from "./index.js";
import { decides, rowBatches } from "./rows.js";
import { projectsJson, projectTotalsJson } from "./projects/json.js";
import { vetoesJson } from "./vetoJson.js";
import type {
  CheckJson,
  FileJson,
  ForecastJson,
  IndicatorJson,
  InputErrorJson,
  PointJson,
  RunSummaryJson,
  VerdictChangeJson,
} from "./reportSchema.js";

export const JSON_FORMAT = "lingling-check/v1";

const point = (p: { year: number; value: number }): PointJson => ({ year: p.year, value: p.value });

const forecast = (f: Forecast): ForecastJson => ({
  class: f.class,
  projected: f.projected,
  target: f.target,
  target_year: f.target_year,
  ratio: f.ratio,
  method: f.method,
  from: point(f.from),
  to: point(f.to),
  pace: f.pace.map(point),
  // Additive: the projection or a pace value was held inside the value's possible range (a share at 100 %).
  ...(f.clamped ? { clamped: true } : {}),
});

const check = (c: CheckResult, lang: Lang, decides: boolean): CheckJson => ({
  verdict: c.verdict,
  // Whether the verdict decides the file's question (a year assessment's baseline is shown only).
  decides,
  reason: reason(lang, c.outcome),
  year: c.year,
  rule: c.rule,
  ...(c.forecast ? { forecast: forecast(c.forecast) } : {}),
  ...(c.forecasts ? { forecasts: c.forecasts.map(forecast) } : {}),
});

const override = (o: Override) => ({ field: o.field, file: o.file, edition: o.edition });

const verdictChange = (v: YearChange["from"]): VerdictChangeJson => ({
  ...(v.verdict ? { verdict: v.verdict } : {}),
  ...(v.forecast ? { forecast: v.forecast } : {}),
});

const change = (c: YearChange): NonNullable<FileJson["changes"]>["items"][number] => ({
  id: c.id,
  name: c.name,
  kind: c.kind,
  from: verdictChange(c.from),
  to: verdictChange(c.to),
  // Additive: a basic condition (否决项) that changed, named by its condition.
  ...(c.veto ? { veto: true } : {}),
});

function indicator(f: FileAssessment, a: IndicatorAssessment, lang: Lang): IndicatorJson {
  const i = a.indicator;
  return {
    id: i.id,
    name: i.name,
    unit: i.unit,
    binding: i.binding,
    line: i.line,
    verdict: a.verdict,
    ...(i.edition ? { edition: i.edition.name, overrides: i.edition.overrides.map(override) } : {}),
    checks: Object.fromEntries(
      Object.entries(a.checks).map(([name, c]) => [name, check(c, lang, decides(f, name as CheckName))]),
    ),
  };
}

/** A file's object without its indicators, which {@link pieces} writes into it a thousand at a time. */
function file(f: FileAssessment, lang: Lang): FileJson {
  const { catalog, plan } = f.file;
  return {
    file: f.file.file,
    // The region's attributes as the file gives them (name, code, level, zone, and any others).
    region: { ...f.file.region },
    ...(catalog
      ? {
          catalog: {
            name: catalog.name,
            edition: catalog.edition,
            title: catalog.title,
            document: catalog.document,
            verified: catalog.verified,
          },
        }
      : {}),
    plan: { base_year: plan.baseYear, near_term: plan.nearTerm, long_term: plan.longTerm },
    mode: f.mode,
    ...(f.year !== undefined ? { year: f.year, assessed_year: f.year } : {}),
    ...(f.completeness
      ? {
          completeness: {
            year: f.completeness.year,
            complete: f.completeness.missing.length === 0,
            missing: f.completeness.missing.map((m) => ({ id: m.id, name: m.name, line: m.line })),
          },
        }
      : {}),
    overall: f.summary.overall,
    summary: { binding: f.summary.binding, reference: f.summary.reference },
    ...(f.comparison
      ? {
          changes: {
            from_year: f.comparison.fromYear,
            to_year: f.comparison.toYear,
            items: f.comparison.changes.map(change),
          },
        }
      : {}),
    // Written in pieces after this frame (see pieces).
    indicators: [],
    ...(f.projects ? { projects: projectsJson(f.projects, lang) } : {}),
    ...(f.vetoes ? { vetoes: vetoesJson(f.vetoes, lang) } : {}),
  };
}

const inputError = (e: InputError, lang: Lang): InputErrorJson => ({
  file: e.file,
  line: e.line,
  column: e.column,
  // Additive to v1: where what the error points at ends (the column after its last character).
  ...(e.endLine !== undefined ? { endLine: e.endLine, endColumn: e.endColumn } : {}),
  code: e.code,
  message: message(lang, e.message),
});

const gaps = (g: FileGaps): NonNullable<RunSummaryJson["gaps"]>[number] => ({
  file: g.file,
  region: g.region,
  year: g.year,
  ids: [...g.ids],
});

const summary = (totals: RunTotals): RunSummaryJson => ({
  overall: totals.overall,
  files: totals.fileCount,
  by_overall: totals.byOverall,
  ...(totals.unreadable ? { not_checked: totals.unreadable } : {}),
  ...(totals.gaps ? { gaps: totals.gaps.map(gaps) } : {}),
  ...(totals.projects ? { projects: projectTotalsJson(totals.projects) } : {}),
});

/**
 * `value` as JSON.stringify(…, null, 2) writes it at `depth` levels in: stringified in place, inside
 * as many arrays, so the indentation is JSON.stringify's own (no second pass over the text).
 */
function nested(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  let start = 0;
  for (let i = 0; i < depth; i++) start = text.indexOf("\n", start) + 1;
  // Each wrapper closes on a line of its own: "\n" + its indentation + "]".
  const closing = 2 * depth + depth * (depth - 1);
  return text.slice(start + 2 * depth, text.length - closing);
}

/** Files that could not be checked: each error with its place, after the files that could. */
const errorsPart = (totals: RunTotals, lang: Lang) =>
  totals.inputErrors?.length
    ? `  "errors": ${nested(
        totals.inputErrors.map((e) => inputError(e, lang)),
        1,
      )},\n`
    : "";

/** Where a file's indicators stand in its text: no text from the file can hold a line break (JSON escapes it). */
const INDICATORS = '\n      "indicators": [';
/** How a batch of rows, given as an array at the indicators' depth, opens and closes. */
const ROW_START = "[\n        ";
const ROW_END = "\n      ]";
/**
 * A file's part in pieces: the file without its indicators, cut where they go, and its indicators
 * a thousand at a time, so that a file of 300,000 rows is never one string of 100 MB or more.
 */
function* pieces(f: FileAssessment, lang: Lang): Generator<string> {
  const text = `\n    ${nested(file(f, lang), 2)}`;
  const at = text.indexOf(`${INDICATORS}]`);
  if (f.indicators.length === 0) return yield text;
  yield text.slice(0, at + INDICATORS.length);
  let first = true;
  for (const rows of rowBatches(f)) {
    // The batch as the array it is a part of: its brackets, each on a line of its own, are cut off.
    const batch = nested(
      rows.map((a) => indicator(f, a, lang)),
      3,
    );
    yield `${first ? "" : ","}\n        ${batch.slice(ROW_START.length, -ROW_END.length)}`;
    first = false;
  }
  yield `\n      ${text.slice(at + INDICATORS.length)}`;
}

// Written in pieces, the document is exactly what JSON.stringify(report, null, 2) would give.
const json: StreamingFormatter = {
  head: () => `{\n  "format": ${JSON.stringify(JSON_FORMAT)},\n  "files": [`,
  pieces: (f, { lang }) => pieces(f, lang),
  separator: () => ",",
  listsPace: true,
  foot: (totals, { lang }) =>
    `${totals.fileCount > 0 ? "\n  " : ""}],\n${errorsPart(totals, lang)}  "summary": ${nested(summary(totals), 1)}\n}\n`,
};

export default json;
