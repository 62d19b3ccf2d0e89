/** A reason never stutters: one verdict mark per part, even where a part is itself a 且 / 或. */
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.js";
import { VERDICT_MARK, reason } from "../../src/i18n/translate.js";
import { outcome } from "../../src/rules/outcome.js";
import { checkRows } from "../../src/report/rows.js";
import { fixtureRun } from "./shared.js";

const marks = Object.values(VERDICT_MARK)
  .map((m) => m.replace(/[?]/g, "\\?"))
  .join("|");
const STUTTER = new RegExp(`(?:^|[\\s：:；;])(?:${marks}) (?:${marks}) `);

describe("verdict marks in reasons", () => {
  it("a 且 inside a progress result is marked once per part, not again as a whole", () => {
    const standard = outcome("MISSING", "rule.all", undefined, [
      outcome("MISSING", "superior.missing", { year: 2024 }),
      outcome("PASS", "value.missing", { year: 2024 }),
    ]);
    const o = outcome("MISSING", "progress.result", { year: 2024, targetYear: 2025, target: "≥1" }, [
      standard,
      outcome("PASS", "progress.target.due", { targetYear: 2025, target: "≥1" }),
    ]);
    for (const lang of LANGS) expect(reason(lang, o)).not.toMatch(STUTTER);
  });

  it("no reason of the shared fixture repeats a mark", () => {
    for (const lang of LANGS)
      for (const row of checkRows(fixtureRun().files[0]!))
        expect(reason(lang, row.check.outcome), `${row.assessment.indicator.id} ${row.name}`).not.toMatch(STUTTER);
  });
});
