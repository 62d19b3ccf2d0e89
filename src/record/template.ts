/**
 * The fill-in sheet for a year: one row per indicator of the file (the rows an edition supplies
 * too), with its latest observed value before that year for comparison and an empty value column.
 * Its headers are the ones `record --from` reads, so a filled sheet records as it is.
 */
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import type { IndicatorFile, Value } from "../model/types.js";

export const TEMPLATE_COLUMNS = ["id", "name", "unit", "latest", "latestYear", "value", "note"] as const;
type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];
type TemplateCell = string | number | undefined;

export interface TemplateSheet {
  name: string;
  headers: Record<TemplateColumn, string>;
  rows: Array<Record<TemplateColumn, TemplateCell>>;
}

const cellOf = (v: Value): string | number => (v.kind === "number" ? v.n : v.text);

export function templateSheet(file: IndicatorFile, year: number, lang: Lang): TemplateSheet {
  const headers = Object.fromEntries(
    TEMPLATE_COLUMNS.map((c) => [c, t(lang, `record.template.${c}`, { year })]),
  ) as Record<TemplateColumn, string>;
  const rows = file.indicators.map((i) => {
    const latest = [...i.baseline, ...i.actuals]
      .filter((o) => o.year < year)
      .sort((a, b) => a.year - b.year)
      .at(-1);
    return {
      id: i.id,
      name: lang === "en" ? (i.nameEn ?? i.name) : i.name,
      unit: i.unit,
      latest: latest && cellOf(latest.value),
      latestYear: latest?.year,
      value: undefined,
      note: undefined,
    };
  });
  return { name: t(lang, "record.template.sheet", { year }), headers, rows };
}
