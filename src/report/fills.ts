/**
 * The colours the tables we write share, as ARGB: the workbook's sheets, the template's, and the
 * Word chapter's tables fill their header rows and verdict cells alike.
 */
import type ExcelJSType from "exceljs";
import type { Verdict } from "../model/verdict.js";

/** Header rows: light grey, the Office theme's "Background 2". */
export const HEADER_FILL = "FFE7E6E6";

/** Verdict fills: the colours Excel's own "Good", "Bad" and "Neutral" styles use. */
export const VERDICT_FILL: Record<Verdict | "INCOMPLETE", string> = {
  PASS: "FFC6EFCE",
  FAIL: "FFFFC7CE",
  WARN: "FFFFEB9C",
  MISSING: "FFD9D9D9",
  REVIEW: "FFDDEBF7",
  "N/A": "FFF2F2F2",
  INCOMPLETE: "FFD9D9D9",
};

/** A cell of one colour, as exceljs takes it. */
export const solidFill = (argb: string): ExcelJSType.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
