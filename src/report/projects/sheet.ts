/** The key projects as a workbook sheet laid out as 附表1 (建设领域 … 牵头单位), then progress by year, the verdict and the findings, and 合计. */
import type { FileAssessment } from "../../assess/result.js";
import type { Lang } from "../../i18n/catalog.js";
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

export function projectSheet(f: FileAssessment, lang: Lang): ProjectSheet | undefined {
  const r = f.projects;
  if (!r) return undefined;
  const years = [...new Set(r.items.flatMap((c) => c.project.progress.map((p) => p.year)))].sort((a, b) => a - b);
  const h = (id: string) => t(lang, `project.col.${id}`);
  const columns = [
    { header: h("domain"), width: 10 }, { header: h("task"), width: 16 }, { header: h("id"), width: 6 }, { header: h("name"), width: 28 },
    { header: h("content"), width: 50 }, { header: h("kind"), width: 8 }, { header: h("investment"), width: 12 }, { header: h("period"), width: 11 },
    { header: h("lead"), width: 22 },
    ...years.flatMap((y) => [{ header: `${h("invested")} ${y}`, width: 12 }, { header: `${h("status")} ${y}`, width: 8 }]),
    { header: h("verdict"), width: 9 }, { header: h("findings"), width: 60 },
  ];
  const rows = r.items.map((c): Cell[] => [
    c.project.domain ?? "", c.project.task ?? "", Number.isNaN(Number(c.project.id)) ? c.project.id : Number(c.project.id), c.project.name,
    c.project.content ?? "", c.project.kind ? t(lang, `project.kind.${c.project.kind}`) : "", c.project.investment, c.project.period.text, c.project.lead.join("、"),
    ...years.flatMap((y) => {
      const p = c.project.progress.find((g) => g.year === y);
      return [p?.invested ?? "", p?.status ? t(lang, `project.status.${p.status}`) : ""];
    }),
    t(lang, `verdict.${c.verdict}`), c.findings.map((m) => message(lang, m.message)).join("\n"),
  ]);
  const totalFindings = r.consistency.findings.filter((x) => x.projectId === undefined).map((x) => message(lang, x.message)).join("\n");
  const total: Cell[] = [t(lang, "project.total"), "/", "", "/", "", "", r.consistency.statedTotal ?? r.consistency.sum, "/", "", ...years.flatMap(() => ["", ""]), "", totalFindings];
  return {
    title: `${t(lang, "project.title")} ${f.file.region.name}`.trim(),
    columns,
    rows: [...rows, total],
    verdicts: [...r.items.map((c) => c.verdict), ""],
    verdictColumn: columns.length - 1,
  };
}
