/** The key projects as a workbook sheet laid out as 附表1 (建设领域 … 牵头单位), then progress by year, the verdict and the findings, and 合计. */
import type { FileAssessment } from "../../assess/result.js";
import type { Lang } from "../../i18n/lang.js";
import { message, t } from "../../i18n/translate.js";

type Cell = string | number;

export interface ProjectSheet {
  title: string;
  columns: Array<{ header: string; width: number }>;
  rows: Cell[][];
  /** Per row, the verdict that colours its verdict cell (none for 合计). */
  verdicts: Array<"PASS" | "WARN" | "">;
  verdictColumn: number;
}

/**
 * 附表1's columns in its order, with their widths and labels (`project.col.*`): this report's sheet
 * and the fill-in workbook (`template`, read back by `import`) both lay a project out by them.
 */
export const PLAN_COLUMNS = [
  { key: "domain", width: 10 },
  { key: "task", width: 16 },
  { key: "id", width: 6 },
  { key: "name", width: 28 },
  { key: "content", width: 50 },
  { key: "kind", width: 8 },
  { key: "investment", width: 12 },
  { key: "period", width: 11 },
  { key: "lead", width: 22 },
] as const;

export type PlanColumn = (typeof PLAN_COLUMNS)[number]["key"];

/** A column's label: 附表1's, or a year's progress (累计完成投资（万元） 2024). */
export const planHeader = (
  lang: Lang,
  key: PlanColumn | "invested" | "status" | "indicators" | "note" | "progressNote",
  year?: number,
): string => `${t(lang, `project.col.${key}`)}${year === undefined ? "" : ` ${year}`}`;

/** Lead units as one cell: 区发改局、黄田铺镇. */
export const leadCell = (lead: readonly string[]): string => lead.join("、");

export function projectSheet(f: FileAssessment, lang: Lang): ProjectSheet | undefined {
  const r = f.projects;
  if (!r) return undefined;
  const years = [...new Set(r.items.flatMap((c) => c.project.progress.map((p) => p.year)))].sort((a, b) => a - b);
  const h = (id: string) => t(lang, `project.col.${id}`);
  const columns = [
    ...PLAN_COLUMNS.map((c) => ({ header: planHeader(lang, c.key), width: c.width })),
    ...years.flatMap((y) => [
      { header: planHeader(lang, "invested", y), width: 12 },
      { header: planHeader(lang, "status", y), width: 8 },
    ]),
    { header: h("verdict"), width: 9 },
    { header: h("findings"), width: 60 },
  ];
  const rows = r.items.map((c): Cell[] => [
    c.project.domain ?? "",
    c.project.task ?? "",
    Number.isNaN(Number(c.project.id)) ? c.project.id : Number(c.project.id),
    c.project.name,
    c.project.content ?? "",
    c.project.kind ? t(lang, `project.kind.${c.project.kind}`) : "",
    c.project.investment,
    c.project.period.text,
    leadCell(c.project.lead),
    ...years.flatMap((y) => {
      const p = c.project.progress.find((g) => g.year === y);
      return [p?.invested ?? "", p?.status ? t(lang, `project.status.${p.status}`) : ""];
    }),
    t(lang, `verdict.${c.verdict}`),
    c.findings.map((m) => message(lang, m.message)).join("\n"),
  ]);
  const totalFindings = r.consistency.findings
    .filter((x) => x.projectId === undefined)
    .map((x) => message(lang, x.message))
    .join("\n");
  const total: Cell[] = [
    t(lang, "project.total"),
    "/",
    "",
    "/",
    "",
    "",
    r.consistency.statedTotal ?? r.consistency.sum,
    "/",
    "",
    ...years.flatMap(() => ["", ""]),
    "",
    totalFindings,
  ];
  return {
    title: `${t(lang, "project.title")} ${f.file.region.name}`.trim(),
    columns,
    rows: [...rows, total],
    verdicts: [...r.items.map((c) => c.verdict), ""],
    verdictColumn: columns.length - 1,
  };
}
