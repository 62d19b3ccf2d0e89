/** The JSON report's `vetoes`: the basic conditions, whether they decide, and that the list is the file's own. */
import type { Lang } from "../i18n/lang.js";
import { t } from "../i18n/translate.js";
import type { VetoAssessment } from "../vetoes/types.js";
import type { VetoesJson } from "./reportSchema.js";
import { vetoReason } from "./vetoLines.js";

export const vetoesJson = (v: VetoAssessment, lang: Lang): VetoesJson => ({
  ...(v.year !== undefined ? { year: v.year } : {}),
  decides: v.decides,
  // Which conditions apply is the file's: the official list was not found.
  list: "file",
  list_note: t(lang, "veto.own"),
  conditions: v.conditions.map((c) => ({
    year: c.year,
    condition: c.condition,
    stated: c.text,
    met: c.state === "met",
    verdict: c.verdict,
    reason: vetoReason(lang, c, v),
    // Additive: whether it decides the year, is shown beside it, or is stated for a year not yet assessed.
    standing: c.standing === "ahead" ? "not_yet_assessed" : c.standing,
    line: c.line,
    column: c.column,
    ...(c.note ? { note: c.note } : {}),
    ...(c.source ? { source: c.source } : {}),
  })),
  failed: v.failed.map((c) => c.condition),
});
