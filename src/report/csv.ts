/**
 * CSV: one record per indicator check (written as csvRecords.ts writes every CSV), starting with a
 * byte-order mark when the options say so (wantsBom), so Excel reads Chinese as UTF-8. Headers and
 * enumerations (check, binding, verdict, forecast) are in the report's language: Chinese under
 * --lang zh, the machine keys in English.
 */
import type { Lang } from "../i18n/lang.js";
import { reason, t } from "../i18n/translate.js";
import { CHECK_LABEL } from "./columns.js";
import type { StreamingFormatter } from "./index.js";
import { decides, rowBatches } from "./rows.js";
import type { CheckName, FileAssessment, IndicatorAssessment } from "../assess/result.js";
import { vetoReason } from "./vetoLines.js";
import { projectRecords } from "./projects/csv.js";
import { BOM, csvRecords as records, type Cell } from "./csvRecords.js";

const COLUMNS = [
  "file",
  "region",
  "id",
  "name",
  "unit",
  "binding",
  "line",
  "check",
  "year",
  "rule",
  "verdict",
  "reason",
  "forecast_class",
  "projected",
  "target",
  "target_year",
  "ratio",
  "decides",
  "section",
] as const;

/** Words for the enumerations: English keeps the machine keys, Chinese the report's own words. */
const words = (lang: Lang) =>
  lang === "en"
    ? {
        binding: (b: boolean) => b,
        check: (c: CheckName) => c,
        verdict: (v: string) => v,
        forecast: (f: string | undefined) => f,
        yes: (b: boolean) => b,
        section: "indicator",
      }
    : {
        binding: (b: boolean) => t(lang, b ? "standards.binding" : "standards.reference"),
        check: (c: CheckName) => CHECK_LABEL.zh[c],
        verdict: (v: string) => t(lang, `verdict.${v}`),
        forecast: (f: string | undefined) => (f === undefined ? undefined : t(lang, `forecast.${f}`)),
        yes: (b: boolean) => t(lang, b ? "csv.yes" : "csv.no"),
        section: t(lang, "csv.section.indicator"),
      };

const csv: StreamingFormatter = {
  head: ({ bom, lang }) =>
    `${bom ? BOM : ""}${records([COLUMNS.map((c) => (lang === "en" ? c : t(lang, `csv.header.${c}`)))])}`,
  pieces: (f, { lang }) => pieces(f, lang),
};

/**
 * A file's records in pieces: its indicators' a thousand rows at a time, its projects' and
 * conditions' with the last (csv-stringify sets itself up anew for each call: a county file is one).
 */
function* pieces(f: FileAssessment, lang: Lang): Generator<string> {
  const batches = [...rowBatches(f)];
  const rest = [...projectRecords(f, lang), ...vetoRecords(f, lang)];
  for (const [i, rows] of batches.entries()) {
    const batch = indicatorRecords(f, lang, rows);
    if (i === batches.length - 1) for (const record of rest) batch.push(record);
    yield records(batch);
  }
  if (batches.length === 0) yield records(rest);
}

/** A record per check of each of `rows`. */
function indicatorRecords(f: FileAssessment, lang: Lang, rows: readonly IndicatorAssessment[]): Cell[][] {
  const w = words(lang);
  return rows.flatMap(({ indicator: i, checks }) =>
    (Object.entries(checks) as Array<[CheckName, NonNullable<(typeof checks)[CheckName]>]>).map(
      ([name, check]): Cell[] => {
        const x = check.forecast;
        return [
          f.file.file,
          f.file.region.name,
          i.id,
          i.name,
          i.unit,
          w.binding(i.binding),
          i.line,
          w.check(name),
          check.year,
          check.rule,
          w.verdict(check.verdict),
          reason(lang, check.outcome),
          w.forecast(x?.class),
          x?.projected,
          x?.target,
          x?.target_year,
          x?.ratio,
          w.yes(decides(f, name)),
          w.section,
        ];
      },
    ),
  );
}

/** A record per basic condition: its name in the name column, the check and the section "veto" (基本条件). */
function vetoRecords(f: FileAssessment, lang: Lang): Cell[][] {
  const v = f.vetoes;
  if (!v) return [];
  const w = words(lang);
  const check = lang === "en" ? "veto" : t(lang, "veto.label");
  // A condition not yet assessed has no verdict yet: its reason says what the file states.
  return v.conditions.map((c) => [
    f.file.file,
    f.file.region.name,
    "",
    c.condition,
    "",
    "",
    c.line,
    check,
    c.year,
    "",
    c.standing === "ahead" ? "" : w.verdict(c.verdict),
    vetoReason(lang, c, v),
    "",
    "",
    "",
    "",
    "",
    w.yes(c.standing === "decides"),
    check,
  ]);
}

export default csv;
