/**
 * The Word document of `-f docx`, written with the `docx` package. Per file: a title, a summary
 * paragraph (the overall verdict and the counts), then in an A4 landscape section 表1 (the
 * workbook's columns, verdict cells filled with the workbook's colours, header row repeated on each
 * page), the checks that need attention (failures first) with their reasons, and the key projects.
 */
import { createRequire } from "node:module";
import type * as DocxType from "docx";
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import { ATTENTION } from "../model/verdict.js";
import { COUNT_ORDER } from "./summaryLines.js";
import type { ByteOutput, Encoder, FormatOptions } from "./index.js";
import type { CellValue, SheetFile } from "./sheetData.js";
import { HEADER_FILL, VERDICT_FILL } from "./fills.js";
import { type Column, indicatorColumns, reasonColumns, sheetFileOf } from "./xlsxWorkbook.js";
import { columnWidth } from "./xlsxPrint.js";

/** The docx package, loaded on first use (through require: the bundle is a script with a code cache, see xlsxWorkbook.ts). */
/** The build's own bundle of docx, beside the bundle (scripts/build.mjs); the package itself when run from source. */
declare const __DOCX_MODULE__: string | undefined;
const DOCX = typeof __DOCX_MODULE__ === "string" ? __DOCX_MODULE__ : "docx";
const docxLib = (): typeof DocxType => createRequire(import.meta.url)(DOCX) as typeof DocxType;

/** A column of the 9-point table text in twips: a measured column (half a CJK character) and the cell's side margins. */
const COLUMN_TWIPS = 110;
const CELL_MARGINS = 230;
/** A column this narrow (an id, a unit, 约束性, a verdict) gets all it needs; only wider ones share what is left. */
const SHORT = 10;

/**
 * The columns' widths on the landscape page: the short ones as wide as their text (5.1 is never broken
 * into “5.” and “1”), the others sharing the rest as the workbook measures them; where even the
 * short ones do not fit, every column its share.
 */
function columnTwips(widths: readonly number[]): number[] {
  const short = widths.map((w) => (w <= SHORT ? w * COLUMN_TWIPS + CELL_MARGINS : 0));
  const rest = LANDSCAPE_TEXT - short.reduce((a, b) => a + b, 0);
  const shared = widths.reduce((a, w) => a + (w <= SHORT ? 0 : w), 0);
  const wide = widths.filter((w) => w > SHORT).length;
  const total = widths.reduce((a, b) => a + b, 0);
  // The wide columns wrap their text; each still keeps at least a short column's room.
  if (shared === 0 || rest < wide * (SHORT * COLUMN_TWIPS + CELL_MARGINS))
    return widths.map((w) => Math.floor((w / total) * LANDSCAPE_TEXT));
  return widths.map((w, i) => (w <= SHORT ? short[i]! : Math.floor((w / shared) * rest)));
}

/** A4 in twentieths of a point, portrait; a landscape section names the same size and turns it. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
/** The width a landscape page leaves a table. */
const LANDSCAPE_TEXT = A4.height - 2 * MARGIN;
/** The paragraph style of every table cell's text (9 pt), named once in the document's styles. */
const TABLE_TEXT = "TableText";

/** A file's summary in plain words: its overall verdict, then each kind's counts. */
export function summaryText(lang: Lang, f: Omit<SheetFile, "rows">): string {
  const counts = (c: SheetFile["binding"]) =>
    COUNT_ORDER.filter((v) => c[v] > 0)
      .map((v) => t(lang, "docx.count", { verdict: t(lang, `verdict.${v}`), n: c[v] }))
      .join(t(lang, "docx.countSeparator"));
  const kind = (id: "binding" | "reference") =>
    f[id].total === 0
      ? ""
      : t(lang, "docx.kindCounts", { kind: t(lang, `sheet.kind.${id}`), total: f[id].total, counts: counts(f[id]) });
  return [
    t(lang, "docx.overall", {
      region: f.region || f.file,
      question: f.mode,
      overall: t(lang, `docx.overall.${f.overall}`),
    }),
    kind("binding"),
    kind("reference"),
    f.reasons.length === 0 ? t(lang, "docx.noAttention") : t(lang, "docx.attention", { n: f.reasons.length }),
  ]
    .filter((sentence) => sentence !== "")
    .join(t(lang, "docx.sentenceSeparator"));
}

/**
 * The document's encoder; `admit` is told the table rows of the files handed over so far, before
 * any is built, and throws to refuse them.
 */
export async function documentEncoder(
  out: ByteOutput,
  options: FormatOptions,
  admit: (rows: number) => void,
): Promise<Encoder> {
  const D = docxLib();
  const { lang } = options;
  const sections: DocxType.ISectionOptions[] = [];

  const text = (value: CellValue, bold = false) => {
    const lines = String(value).split("\n");
    // One plain line is the paragraph's text; the style gives every cell its size.
    if (lines.length === 1 && !bold) return new D.Paragraph({ style: TABLE_TEXT, text: lines[0] });
    return new D.Paragraph({
      style: TABLE_TEXT,
      children: lines.map((line, i) => new D.TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) })),
    });
  };
  const cell = (value: CellValue, fill?: string, bold = false) =>
    new D.TableCell({
      children: [text(value, bold)],
      ...(fill ? { shading: { type: D.ShadingType.CLEAR, color: "auto", fill: fill.slice(-6) } } : {}),
    });
  /**
   * A table as wide as the landscape page, its header row repeated on each page it runs over; each
   * column's share of the width as the workbook measures it (at most `max[i]`), so names get room
   * and verdicts do not.
   */
  const table = (
    headers: readonly string[],
    rows: ReadonlyArray<ReadonlyArray<{ value: CellValue; fill?: string }>>,
    max: readonly number[],
  ) => {
    const widths = headers.map((h, i) =>
      columnWidth(
        h,
        rows.map((r) => r[i]?.value),
        max[i] ?? 20,
      ),
    );
    return new D.Table({
      width: { size: LANDSCAPE_TEXT, type: D.WidthType.DXA },
      columnWidths: columnTwips(widths),
      layout: D.TableLayoutType.FIXED,
      rows: [
        new D.TableRow({ tableHeader: true, children: headers.map((h) => cell(h, HEADER_FILL, true)) }),
        ...rows.map((r) => new D.TableRow({ cantSplit: true, children: r.map((c) => cell(c.value, c.fill)) })),
      ],
    });
  };
  /** A table of the workbook's columns (xlsxWorkbook.ts), each verdict cell filled with its colour. */
  const columnTable = <Row>(f: SheetFile, columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]) =>
    table(
      columns.map((c) => c.header),
      rows.map((r) =>
        columns.map((c) => {
          const v = c.verdict?.(r);
          return { value: c.value(f, r), ...(v ? { fill: VERDICT_FILL[v] } : {}) };
        }),
      ),
      columns.map((c) => c.width),
    );
  const caption = (id: string, data: Record<string, string | number> = {}) =>
    new D.Paragraph({
      heading: D.HeadingLevel.HEADING_3,
      spacing: { before: 240 },
      children: [new D.TextRun(t(lang, id, data))],
    });

  let rows = 0;
  const fileArrived = (f: SheetFile) => {
    rows += f.rows.length + f.reasons.length + (f.projects?.rows.length ?? 0);
    admit(rows);
    const region = f.region || f.file;
    sections.push({
      properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
      children: [
        new D.Paragraph({
          heading: D.HeadingLevel.HEADING_2,
          children: [new D.TextRun(t(lang, "docx.title", { region, question: f.mode }))],
        }),
        new D.Paragraph({ children: [new D.TextRun(summaryText(lang, f))] }),
      ],
    });
    const wide: DocxType.FileChild[] = [
      caption("docx.table1", { region }),
      columnTable(f, indicatorColumns(lang, f, false), f.rows),
    ];
    if (f.reasons.length > 0) {
      const reasons = [...f.reasons].sort((a, b) => ATTENTION.indexOf(a.verdict) - ATTENTION.indexOf(b.verdict));
      wide.push(caption("docx.table2"), columnTable(f, reasonColumns(lang, false), reasons));
    }
    const p = f.projects;
    if (p) {
      // 附表1's columns but the long description of each project's content: the workbook has it.
      const keep = p.columns.map((_, i) => i).filter((i) => i !== 4);
      wide.push(
        caption("docx.table3", { region }),
        table(
          keep.map((i) => p.columns[i]!.header),
          p.rows.map((row, n) =>
            keep.map((i) => ({
              value: row[i] ?? "",
              ...(i === p.verdictColumn && p.verdicts[n] ? { fill: VERDICT_FILL[p.verdicts[n]!] } : {}),
            })),
          ),
          keep.map((i) => p.columns[i]!.width),
        ),
      );
    }
    sections.push({
      properties: {
        page: {
          size: { ...A4, orientation: D.PageOrientation.LANDSCAPE },
          margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        },
      },
      children: wide,
    });
  };

  return {
    async write(part) {
      if (part.length === 0) return;
      const file = sheetFileOf(part);
      if (file) fileArrived(file);
    },
    async finish() {
      const document = new D.Document({
        creator: "lingling-check",
        title: t(lang, "docx.documentTitle"),
        styles: {
          default: { document: { run: { font: { eastAsia: "SimSun", ascii: "Times New Roman" } } } },
          paragraphStyles: [{ id: TABLE_TEXT, name: "Table Text", basedOn: "Normal", run: { size: 18 } }],
        },
        sections: sections.length > 0 ? sections : [{ children: [new D.Paragraph("")] }],
      });
      await out.write(new Uint8Array(await D.Packer.toBuffer(document)));
    },
  };
}
