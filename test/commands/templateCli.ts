/** What the template and import tests share: a workbook written by `template` through the binary, and its sheets' headers. */
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { expect } from "vitest";
import { run, tempDir } from "../cli/run.js";

export { readWorkbook as open } from "../report/workbook.js";

/** `lingling-check template ARGS -o region.xlsx --lang LANG`, which must succeed; the workbook's path. */
export function template(args: string[], lang = "zh"): string {
  const path = join(tempDir(), "region.xlsx");
  const r = run(["template", ...args, "-o", path, "--lang", lang]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return path;
}

/** The first row's cells as text. */
export const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1).map(String);
