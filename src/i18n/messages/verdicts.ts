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
  // a check's verdict where it stands as a word of its own (the reasons list, findings' titles)
  "tag.PASS": "PASS",
  "tag.FAIL": "FAIL",
  "tag.WARN": "WARN",
  "tag.N/A": "N/A",
  "tag.MISSING": "MISSING",
  "tag.REVIEW": "REVIEW",
  "overall.PASS": "PASS",
  "overall.WARN": "WARN",
  "overall.INCOMPLETE": "INCOMPLETE",
  "overall.FAIL": "FAIL",
  "review.signed": "signed {verdict} by {by}[[ on {date}]][[ ({note})]]",
  "review.notApplied":
    "the signed review ({verdict}, by {by}) is not applied: a review turns only a REVIEW, and the value decides",
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
  "tag.PASS": "达标",
  "tag.FAIL": "未达标",
  "tag.WARN": "警示",
  "tag.N/A": "不涉及",
  "tag.MISSING": "缺数据",
  "tag.REVIEW": "待审核",
  "overall.PASS": "达标",
  "overall.WARN": "警示",
  "overall.INCOMPLETE": "不完整",
  "overall.FAIL": "未达标",
  "review.signed": "{by}[[于{date}]]签署审核意见：{verdict}[[（{note}）]]",
  "review.notApplied": "{by}签署的审核意见（{verdict}）未采用：审核意见只改变须人工判断的结果，此处由数值判定",
  "mode.plan": "规划评审",
  "mode.year": "{year}年度评估",
};
