/**
 * A year given two values, one as the baseline and one as an observed value (baseline 25.5 at the
 * base year beside actuals {2022: 19}): the check judges the observed one, so the other is never
 * read, and the table shows a baseline the file does not state as its baseline.
 */
import type { Value } from "../model/types.js";
import { formatNumber } from "../i18n/translate.js";
import type { LintCheck, LintFinding } from "./types.js";

const check: LintCheck = {
  id: "year-twice",
  description: "lint.year-twice.description",
  severity: "warning",
  messages: ["lint.year-twice.twice"],
  run(file, at) {
    const findings: LintFinding[] = [];
    for (const i of file.indicators) {
      if (i.baseline.length === 0 || i.actuals.length === 0) continue;
      const baseline = new Map(i.baseline.map((o) => [o.year, o.value]));
      for (const o of i.actuals) {
        const other = baseline.get(o.year);
        if (other === undefined || shown(other) === shown(o.value)) continue;
        findings.push({
          check: check.id,
          severity: check.severity,
          ...at.row(i.id, ["actuals", String(o.year)], i.line),
          message: {
            id: "lint.year-twice.twice",
            data: { id: i.id, year: o.year, baseline: shown(other), actual: shown(o.value) },
          },
        });
      }
    }
    return findings;
  },
};

/** A value as the tables show it: a number, or the text written. */
const shown = (v: Value): string => (v.kind === "number" ? formatNumber(v.n) : v.text);

export default check;
