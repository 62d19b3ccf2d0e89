/** The basic conditions (否决项) as every format words them: a heading, one line per condition, and whose list it is. */
import type { FileAssessment } from "../assess/result.js";
import type { Lang } from "../i18n/lang.js";
import { VERDICT_MARK, t } from "../i18n/translate.js";
import type { VetoAssessment, VetoCheck } from "../vetoes/types.js";

/**
 * One condition in words: met; not met; not met and deciding the year; another year's, shown
 * beside the assessed year's; stated for a year not yet assessed.
 */
export function vetoReason(lang: Lang, c: VetoCheck, v: VetoAssessment): string {
  const data = { year: c.year, condition: c.condition, text: c.text, assessed: v.year };
  if (c.standing === "ahead") return t(lang, "veto.ahead", data);
  if (c.standing === "decides") return t(lang, c.verdict === "PASS" ? "veto.met" : "veto.decides", data);
  // Shown: in plan review every year's (the heading says none decides); in a year, another year's.
  if (!v.decides) return t(lang, c.verdict === "PASS" ? "veto.met" : "veto.notMet", data);
  return t(lang, c.verdict === "PASS" ? "veto.other.met" : "veto.other.notMet", data);
}

/** A condition in words as one sentence, then the note that the list is the file's (a reason cell, a finding, a testcase). */
export function vetoWithList(lang: Lang, c: VetoCheck, v: VetoAssessment): string {
  return t(lang, "veto.withList", { reason: vetoReason(lang, c, v), own: t(lang, "veto.own") });
}

/** A condition's mark: its verdict's, or · for one not yet assessed. */
const vetoMark = (c: VetoCheck): string => (c.standing === "ahead" ? "·" : VERDICT_MARK[c.verdict]);

function vetoHeading(lang: Lang, v: VetoAssessment): string {
  if (!v.decides) return t(lang, "veto.heading.plan", { count: v.conditions.length });
  const own = v.conditions.filter((c) => c.standing === "decides");
  return own.length === 0
    ? t(lang, "veto.none", { year: v.year })
    : t(lang, "veto.heading.year", { year: v.year, count: own.length, failed: v.failed.length });
}

/** Heading, then "  ✗ 2024 重特大突发环境事件: 发生, not met…", then the note that the list is the file's. */
export function vetoLines(lang: Lang, f: FileAssessment): string[] {
  const v = f.vetoes;
  if (!v) return [];
  return [
    vetoHeading(lang, v),
    ...v.conditions.map((c) => `  ${vetoMark(c)} ${vetoReason(lang, c, v)}`),
    t(lang, "veto.own"),
  ];
}
