/**
 * `-f docx`: the chapter an office pastes into its 自评估报告 — per file a title, a summary in plain
 * words, 表1 with the verdicts, the checks that need attention with their reasons, and the key
 * projects. Each file's part is its sheet data (made on a worker thread, as for the workbook); the
 * encoder writes the Word document with the `docx` package on the main thread, at the end.
 */
import type { StreamingFormatter } from "./index.js";
import { sheetFile } from "./sheetData.js";

const docx: StreamingFormatter = {
  file: (f, options) => JSON.stringify(sheetFile(f, options.lang)),
  binary: true,
  // The docx package is loaded only when a chapter is written.
  encoder: async (out, options) => (await import("./docxDocument.js")).documentEncoder(out, options),
};

export default docx;
