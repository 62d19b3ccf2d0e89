/** Verdict words, overall verdicts and the modes of a run. */
import type { Messages } from "../lang.js";

export const en: Messages = {
  // verdict words
  "verdict.PASS": "pass",
  "verdict.FAIL": "fail",
  "verdict.WARN": "warn",
  "verdict.N/A": "n/a",
  "verdict.MISSING": "missing",
  "verdict.REVIEW": "review",
  "overall.PASS": "PASS",
  "overall.WARN": "WARN",
  "overall.INCOMPLETE": "INCOMPLETE",
  "overall.FAIL": "FAIL",
  "review.signed": "signed {verdict} by {by}[[ on {date}]][[ ({note})]]",
  "mode.plan": "plan review",
  "mode.year": "{year} assessment",
};

export const zh: Messages = {
  "verdict.PASS": "达标",
  "verdict.FAIL": "未达标",
  "verdict.WARN": "警示",
  "verdict.N/A": "不涉及",
  "verdict.MISSING": "缺数据",
  "verdict.REVIEW": "待审核",
  "overall.PASS": "达标 PASS",
  "overall.WARN": "警示 WARN",
  "overall.INCOMPLETE": "不完整 INCOMPLETE",
  "overall.FAIL": "未达标 FAIL",
  "review.signed": "{by}[[于{date}]]签署审核意见：{verdict}[[（{note}）]]",
  "mode.plan": "规划评审",
  "mode.year": "{year}年度评估",
};
