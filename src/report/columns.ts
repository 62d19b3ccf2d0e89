/** The columns the human formats share (table, markdown): headers, cell values, check names. */
import { decides } from "./rows.js";
import type { CheckName, FileAssessment, IndicatorAssessment } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { formatNumber, t } from "../i18n/translate.js";
import type { Value } from "../model/types.js";

export const withActual = (f: FileAssessment) => f.year !== undefined && f.checks.includes("progress");

export function headers(f: FileAssessment, lang: Lang): string[] {
  const { plan } = f.file;
  return [
    t(lang, "report.header.id"),
    t(lang, "report.header.name"),
    t(lang, "report.header.unit"),
    t(lang, "report.header.standard"),
    t(lang, "report.header.baseline", { year: plan.baseYear }),
    // A phase the plan gives no year is named by its phase: two columns both headed "Target" told nothing apart.
    plan.nearTerm === undefined
      ? t(lang, "report.header.nearTerm")
      : t(lang, "report.header.target", { year: plan.nearTerm }),
    plan.longTerm === undefined
      ? t(lang, "report.header.longTerm")
      : t(lang, "report.header.target", { year: plan.longTerm }),
    ...(withActual(f) ? [t(lang, "report.header.actual", { year: f.year })] : []),
  ];
}

/** The value shown for the base year: the last one at or before it, as the assessment saw it. */
export const baselineValue = (a: IndicatorAssessment) => a.base?.value;

/** The value of the assessed year, as the progress check judged it. */
export const actualValue = (a: IndicatorAssessment) => a.actual?.value;

export function displayValue(v: Value | undefined): string {
  if (!v) return "";
  return v.kind === "number" ? formatNumber(v.n) : v.text;
}

export const CHECK_LABEL: Record<Lang, Record<CheckName, string>> = {
  zh: { baseline: "基准值", near_term: "近期目标", long_term: "远期目标", progress: "进展", override: "改写国家标准" },
  en: {
    baseline: "baseline",
    near_term: "near-term",
    long_term: "long-term",
    progress: "progress",
    override: "override",
  },
};

/** A check's label in a reason line; a check that does not decide the file's question says so. */
export const checkLabel = (lang: Lang, f: FileAssessment, name: CheckName): string =>
  decides(f, name) ? CHECK_LABEL[lang][name] : t(lang, "report.notDeciding", { check: CHECK_LABEL[lang][name] });
