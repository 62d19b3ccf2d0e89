/**
 * A rule holding a phrase the grammar does not read (应划尽划): the run judges that check REVIEW and
 * goes on with the file's other rows; lint names the row, the field and the phrase, so the office
 * can rewrite it or ask for the wording to be added.
 */
import { leaves } from "../rules/index.js";
import type { RuleSpec } from "../model/types.js";
import type { LintCheck, LintFinding } from "./types.js";

const check: LintCheck = {
  id: "unknown-phrase",
  description: "lint.unknown-phrase.description",
  severity: "warning",
  messages: ["lint.unknown-phrase.found"],
  run(file, at) {
    const findings: LintFinding[] = [];
    for (const i of file.indicators) {
      const specs: Array<{ path: string[]; field: string; spec: RuleSpec | undefined }> = [
        // An edition's standard the row does not restate: the locator stands at the row.
        { path: ["standard"], field: "standard", spec: i.standard },
        { path: ["near_term"], field: "near_term", spec: i.nearTerm },
        { path: ["long_term"], field: "long_term", spec: i.longTerm },
        ...i.superior.map((s) => ({ path: ["superior", String(s.year)], field: `superior ${s.year}`, spec: s.spec })),
      ];
      for (const { path, field, spec } of specs) {
        for (const leaf of spec ? leaves(spec.rule) : []) {
          if (leaf.kind !== "unknown") continue;
          findings.push({
            check: check.id,
            severity: check.severity,
            ...at.row(i.id, path, i.line),
            message: { id: "lint.unknown-phrase.found", data: { id: i.id, field, text: leaf.text } },
          });
        }
      }
    }
    return findings;
  },
};

export default check;
