/**
 * `-f xlsx`: a workbook an analyst can hand in. Each file's part is its sheet data (made on a
 * worker thread, as JSON); the encoder lays the sheets out with exceljs on the main thread.
 */
import type { StreamingFormatter } from "./index.js";
import { sheetFile } from "./sheetData.js";

const xlsx: StreamingFormatter = {
  file: (f, options) => JSON.stringify(sheetFile(f, options.lang)),
  binary: true,
  foot: (totals) => JSON.stringify({ kind: "foot", files: totals.fileCount }),
  // exceljs is loaded only when a workbook is written.
  encoder: async (out, options) => (await import("./xlsxWorkbook.js")).workbookEncoder(out, options),
};

export default xlsx;
