/**
 * A near-term target stricter than the long-term one: `≥90` for the near year and `≥85` for the
 * long (higher-better), or `≤30` then `≤35` (lower-better). The plan would allow a fall after it.
 */
import type { LintCheck } from "./types.js";
import { levelOf, pointsHigher, pointsLower } from "./levels.js";

const check: LintCheck = {
  id: "near-stricter-than-long",
  description: "lint.near-stricter-than-long.description",
  severity: "warning",
  messages: ["lint.near-stricter-than-long.found"],
  run(file, at) {
    return file.indicators.flatMap((i) => {
      const near = levelOf(i.nearTerm, i.better);
      const long = levelOf(i.longTerm, i.better);
      if (!near || !long) return [];
      const stricter =
        i.better === "higher"
          ? pointsHigher(near.op) && pointsHigher(long.op) && near.value > long.value
          : pointsLower(near.op) && pointsLower(long.op) && near.value < long.value;
      if (!stricter) return [];
      return [
        {
          check: check.id,
          severity: check.severity,
          ...at.row(i.id, ["near_term"], i.line),
          message: {
            id: "lint.near-stricter-than-long.found",
            data: {
              id: i.id,
              near: i.nearTerm!.text,
              long: i.longTerm!.text,
              nearYear: file.plan.nearTerm,
              longYear: file.plan.longTerm,
            },
          },
        },
      ];
    });
  },
};

export default check;
