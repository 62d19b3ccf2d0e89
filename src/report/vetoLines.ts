/** The basic conditions (否决项) as every format words them: a heading, one line per condition, and whose list it is. */
import type { FileAssessment } from "../assess/result.js";
import type { Lang } from "../i18n/catalog.js";
import { VERDICT_MARK, t } from "../i18n/translate.js";
import type { VetoAssessment, VetoCheck } from "../vetoes/types.js";

/** One condition in words: met; not met; not met and deciding the year. */
export function vetoReason(lang: Lang, c: VetoCheck, decides: boolean): string {
  const id = c.verdict === "PASS" ? "veto.met" : decides ? "veto.decides" : "veto.notMet";
  return t(lang, id, { year: c.year, condition: c.condition, text: c.text });
}

export function vetoHeading(lang: Lang, v: VetoAssessment): string {
  if (!v.decides) return t(lang, "veto.heading.plan", { count: v.conditions.length });
  return v.conditions.length === 0 ? t(lang, "veto.none", { year: v.year }) : t(lang, "veto.heading.year", { year: v.year, count: v.conditions.length, failed: v.failed.length });
}

/** Heading, then "  ✗ 2024 重特大突发环境事件: 发生, not met…", then the note that the list is the file's. */
export function vetoLines(lang: Lang, f: FileAssessment): string[] {
  const v = f.vetoes;
  if (!v) return [];
  return [vetoHeading(lang, v), ...v.conditions.map((c) => `  ${VERDICT_MARK[c.verdict]} ${vetoReason(lang, c, v.decides)}`), t(lang, "veto.own")];
}
