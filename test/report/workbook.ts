/** Reading the workbooks the tool writes, with exceljs's reader (a second program reads them in test/report/libreoffice.test.ts). */
import ExcelJS from "exceljs";
import type { RunAssessment } from "../../src/assess/result.js";
import { encodeRun, loadStreamingFormatter, type FormatName, type FormatOptions } from "../../src/report/index.js";

/** A binary format's bytes for a run, made as the command makes them: head, files, foot through the encoder. */
export async function encode(format: FormatName, run: RunAssessment, options: FormatOptions): Promise<Buffer> {
  return encodeRun(await loadStreamingFormatter(format), run, options);
}

export async function readWorkbook(bytes: Buffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof bytes === "string") await workbook.xlsx.readFile(bytes);
  else await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A cell as the reader shows it: its text (a hyperlink's text). */
export const cellText = (cell: ExcelJS.Cell): string => {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "text" in v) return String(v.text);
  return String(v);
};

/** Every sheet as lines of tab-separated cells, under its name. */
export function workbookText(workbook: ExcelJS.Workbook): string {
  return workbook.worksheets
    .map((sheet) => {
      const lines: string[] = [`# ${sheet.name}`];
      sheet.eachRow((row) =>
        lines.push(Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1))).join("\t")),
      );
      return lines.join("\n");
    })
    .join("\n\n");
}

/** A Word document's text (word/document.xml): a line per paragraph, a table cell's paragraphs each a line. */
export async function documentText(bytes: Buffer): Promise<string> {
  const { default: JSZip } = await import("jszip");
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map((m) => (m[1] === undefined ? "\n" : decode(m[1])))
        .join(""),
    )
    .join("\n");
}
