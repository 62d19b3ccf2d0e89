/**
 * `-f docx`: the chapter an office pastes into its 自评估报告 — per file a title, a summary in plain
 * words, 表1 with the verdicts, the checks that need attention with their reasons, and the key
 * projects. Each file's part is its sheet data (made on a worker thread, as for the workbook); the
 * encoder writes the Word document with the `docx` package on the main thread, at the end.
 */
import { CliError } from "../load/errors.js";
import type { StreamingFormatter } from "./index.js";
import { sheetFile } from "./sheetData.js";

/**
 * The most table rows a document is written with (some 120 landscape pages): the docx package
 * holds every cell as a tree of objects, about 100 KB and 1 ms a row, and runs out of memory some
 * tens of thousands of rows on. A larger input is refused before its document is built, a file of
 * more indicators than that before even its part is made.
 */
const MAX_ROWS = 3000;

function admit(rows: number): void {
  if (rows > MAX_ROWS) throw new CliError({ id: "error.docxTooLarge", data: { max: MAX_ROWS } });
}

const docx: StreamingFormatter = {
  file: (f, options) => {
    admit(f.indicators.length);
    return JSON.stringify(sheetFile(f, options.lang));
  },
  binary: true,
  // The docx package is loaded only when a chapter is written.
  encoder: async (out, options) => (await import("./docxDocument.js")).documentEncoder(out, options, admit),
};

export default docx;
