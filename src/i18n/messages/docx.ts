/** Printed pages: the header and footer of the workbook's sheets (-f xlsx), and the Word chapter (-f docx). */
import type { Messages } from "../lang.js";

export const en: Messages = {
  // &D and &P / &N are the printing date and the page numbers, filled in by the spreadsheet.
  "print.printed": "lingling-check · printed &D",
  "print.page": "page &P of &N",
};

export const zh: Messages = {
  "print.printed": "lingling-check · 打印于 &D",
  "print.page": "第 &P 页，共 &N 页",
};
