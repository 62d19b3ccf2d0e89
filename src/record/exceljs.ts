/**
 * exceljs, loaded on first use by the commands that read or write a workbook. Through require: the
 * bundle runs in a vm.Script (for its code cache), where import() of a package outside it has no
 * loader to call.
 */
import { createRequire } from "node:module";

type ExcelJs = typeof import("exceljs");
let lib: ExcelJs | undefined;

export function exceljs(): ExcelJs {
  return (lib ??= createRequire(import.meta.url)("exceljs") as ExcelJs);
}
