/** Printed pages: the header and footer of the workbook's sheets (-f xlsx), and the Word chapter (-f docx). */
import type { Messages } from "../lang.js";

export const en: Messages = {
  // &D and &P / &N are the printing date and the page numbers, filled in by the spreadsheet.
  "print.printed": "lingling-check · printed &D",
  "print.page": "page &P of &N",
  "docx.documentTitle": "Eco-civilization indicators: self-assessment",
  "docx.title": "{region} · {question}",
  "docx.overall": "The {question} of {region} {overall}",
  "docx.overall.PASS": "passes",
  "docx.overall.WARN": "passes with warnings",
  "docx.overall.INCOMPLETE": "is incomplete",
  "docx.overall.FAIL": "fails",
  "docx.kindCounts": "{total} {kind} indicators: {counts}",
  "docx.count": "{n} {verdict}",
  "docx.countSeparator": ", ",
  "docx.sentenceSeparator": ". ",
  "docx.attention": "{n} checks need attention (Table 2).",
  "docx.noAttention": "No check needs attention.",
  "docx.table1": "Table 1 The indicators of {region} and their verdicts",
  "docx.table2": "Table 2 Checks that need attention",
  "docx.table3": "Table 3 Key projects of {region}",
};

export const zh: Messages = {
  "print.printed": "lingling-check · 打印于 &D",
  "print.page": "第 &P 页，共 &N 页",
  "docx.documentTitle": "生态文明建设示范区指标自评估",
  "docx.title": "{region} · {question}",
  "docx.overall": "{region}{question}总体结论：{overall}",
  "docx.overall.PASS": "达标",
  "docx.overall.WARN": "达标（有警示）",
  "docx.overall.INCOMPLETE": "不完整",
  "docx.overall.FAIL": "未达标",
  "docx.kindCounts": "{kind}指标{total}项，其中{counts}",
  "docx.count": "{verdict}{n}项",
  "docx.countSeparator": "、",
  "docx.sentenceSeparator": "。",
  "docx.attention": "需关注的检查共{n}项，见表2。",
  "docx.noAttention": "无需关注的检查。",
  "docx.table1": "表1 {region}生态文明建设指标达标情况",
  "docx.table2": "表2 需关注的检查",
  "docx.table3": "表3 {region}重点工程",
};
