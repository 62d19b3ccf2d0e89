/**
 * One file's assessment as plain data for a workbook: what a worker thread computes (labels and
 * reasons in the report language) and posts to the main thread, which only lays the cells out.
 */
import { reasonRounding } from "../assess/precision.js";
import { CHECKS, type CheckName, type Counts, type FileAssessment, type Overall } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { VERDICT_MARK, reason, t } from "../i18n/translate.js";
import type { Verdict } from "../model/verdict.js";
import type { Value } from "../model/types.js";
import { actualValue, baselineValue, checkLabel, withActual } from "./columns.js";
import { needsAttention } from "./rows.js";
import { questionLabel } from "./summaryLines.js";
import { vetoWithList } from "./vetoLines.js";
import { projectSheet, type ProjectSheet } from "./projects/sheet.js";

/** A number stays a number (an analyst computes with it); anything else is its text. */
export type CellValue = string | number;

interface SheetCheck {
  verdict: Verdict;
  /** "✓ 达标": the mark and the verdict in the report language. */
  label: string;
}

interface SheetRow {
  id: string;
  name: string;
  unit: string;
  standard: string;
  binding: boolean;
  baseline: CellValue;
  nearTerm: string;
  longTerm: string;
  actual: CellValue;
  checks: Partial<Record<CheckName, SheetCheck>>;
  /** The forecast of the progress check: class and projected value (at the row's precision, as the reasons show it), in words. */
  forecast: string;
}

export interface SheetFile {
  kind: "file";
  file: string;
  region: string;
  mode: string;
  year: number | "";
  baseYear: number;
  nearYear: number | "";
  longYear: number | "";
  overall: Overall;
  overallLabel: string;
  binding: Counts;
  reference: Counts;
  withActual: boolean;
  /** The checks that ran on some row, in their fixed order. */
  checkNames: CheckName[];
  rows: SheetRow[];
  /** Per check that needs attention: id, name, check, verdict, reason. */
  reasons: Array<{ id: string; name: string; check: string; verdict: Verdict; reason: string }>;
  /** The key projects' sheet (附表1's layout), when the file lists projects. */
  projects?: ProjectSheet;
}

const cellValue = (v: Value | undefined): CellValue => (v === undefined ? "" : v.kind === "number" ? v.n : v.text);

const verdictLabel = (lang: Lang, v: Verdict) => `${VERDICT_MARK[v]} ${t(lang, `verdict.${v}`)}`;

export function sheetFile(f: FileAssessment, lang: Lang): SheetFile {
  const ran = new Set(f.indicators.flatMap((a) => Object.keys(a.checks)));
  const rows = f.indicators.map((a): SheetRow => {
    const { indicator: i, checks } = a;
    const forecast = checks.progress?.forecast;
    return {
      id: i.id,
      name: i.name,
      unit: i.unit,
      standard: i.standard?.text ?? "",
      binding: i.binding,
      baseline: cellValue(baselineValue(a)),
      nearTerm: i.nearTerm?.text ?? "",
      longTerm: i.longTerm?.text ?? "",
      actual: cellValue(actualValue(a)),
      checks: Object.fromEntries(
        Object.entries(checks).map(([name, c]) => [name, { verdict: c.verdict, label: verdictLabel(lang, c.verdict) }]),
      ),
      forecast: forecast
        ? `${t(lang, `forecast.${forecast.class}`)}${forecast.projected === null ? "" : ` → ${reasonRounding(i)(forecast.projected)} (${forecast.target_year})`}`
        : "",
    };
  });
  const reasons = f.indicators.flatMap((a) =>
    Object.entries(a.checks)
      .filter(([, c]) => needsAttention(c))
      .map(([name, c]) => ({
        id: a.indicator.id,
        name: a.indicator.name,
        check: checkLabel(lang, f, name as CheckName),
        verdict: c.verdict,
        reason: reason(lang, c.outcome),
      })),
  );
  // A basic condition not met is a reason too, and one stated for a year not yet assessed is named;
  // the sentence says the list is the file's own.
  for (const c of f.vetoes?.conditions ?? []) {
    if (c.verdict === "FAIL" || c.standing === "ahead")
      reasons.push({
        id: "",
        name: c.condition,
        check: t(lang, "veto.label"),
        verdict: c.verdict,
        reason: vetoWithList(lang, c, f.vetoes!),
      });
  }
  return {
    kind: "file",
    file: f.file.file,
    region: f.file.region.name,
    mode: questionLabel(lang, f),
    year: f.year ?? "",
    baseYear: f.file.plan.baseYear,
    nearYear: f.file.plan.nearTerm ?? "",
    longYear: f.file.plan.longTerm ?? "",
    overall: f.summary.overall,
    overallLabel: t(lang, `overall.${f.summary.overall}`),
    binding: f.summary.binding,
    reference: f.summary.reference,
    withActual: withActual(f),
    checkNames: CHECKS.filter((c) => ran.has(c)),
    rows,
    reasons,
    ...(f.projects ? { projects: projectSheet(f, lang)! } : {}),
  };
}
