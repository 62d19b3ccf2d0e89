/**
 * A "%" row whose numbers contradict its unit: one value written as a fraction among percentages
 * (0.545 where the others are 54.5), or every value at most 1 while a target asks for more than 1
 * (values ≤1 against ≥85: the row holds fractions, or its target is in another unit).
 */
import type { Indicator } from "../model/types.js";
import { pastWholeOf } from "../rules/slips.js";
import { shareWhole } from "../rules/units.js";
import type { LintCheck, LintFinding } from "./types.js";
import { TARGETS, isPercent, levelOf, observedNumbers, pointsHigher } from "./levels.js";

const check: LintCheck = {
  id: "unit-scale",
  description: "lint.unit-scale.description",
  severity: "error",
  messages: [
    "lint.unit-scale.fraction",
    "lint.unit-scale.allFractions",
    "lint.unit-scale.pastWhole",
    "lint.unit-scale.targetPastWhole",
  ],
  run(file, at) {
    const findings: LintFinding[] = [];
    for (const i of file.indicators) {
      if (!isPercent(i)) continue;
      const numbers = observedNumbers(i);
      findings.push(...pastWhole(i, numbers, at));
      const percents = numbers.filter((x) => x.n > 1);
      const fractions = numbers.filter((x) => x.n > 0 && x.n < 1);
      if (percents.length > 0) {
        // A fraction reads as a percentage slip only where ×100 lands among the row's other values.
        const low = Math.min(...percents.map((x) => x.n));
        const high = Math.max(...percents.map((x) => x.n));
        for (const x of fractions) {
          if (x.n * 100 < low / 2 || x.n * 100 > Math.min(100, high * 2)) continue;
          findings.push({
            check: check.id,
            severity: check.severity,
            ...at.row(i.id, [x.field, String(x.year)], i.line),
            message: {
              id: "lint.unit-scale.fraction",
              data: { id: i.id, year: x.year, value: x.n, percent: Number((x.n * 100).toPrecision(6)), low, high },
            },
          });
        }
        continue;
      }
      if (fractions.length === 0) continue;
      // The standard too, the edition's where the row takes it from there (then the finding stands at the row).
      for (const { field, spec } of TARGETS.map((t) => ({ field: t.field as string, spec: t.spec(i) })).concat([
        { field: "standard", spec: i.standard },
      ])) {
        const level = levelOf(spec, i.better);
        if (!level || !pointsHigher(level.op) || level.value <= 1) continue;
        findings.push({
          check: check.id,
          severity: check.severity,
          ...at.row(i.id, [field], i.line),
          message: {
            id: "lint.unit-scale.allFractions",
            data: { id: i.id, rule: spec!.text, max: Math.max(...fractions.map((x) => x.n)) },
          },
        });
      }
    }
    return findings;
  },
};

/**
 * The other slip, as the check and record judge it (rules/slips.ts): a value past the share's whole
 * (545 for 54.5) where a rule asks for a level within it (≥60 says the row is a share; a growth rate
 * in % may pass 100), and a plan target past the whole, which no share reaches.
 */
function pastWhole(
  i: Indicator,
  numbers: ReturnType<typeof observedNumbers>,
  at: Parameters<LintCheck["run"]>[1],
): LintFinding[] {
  const found: LintFinding[] = [];
  for (const x of numbers) {
    const slip = pastWholeOf(i, x.n);
    if (slip)
      found.push({
        check: check.id,
        severity: check.severity,
        ...at.row(i.id, [x.field, String(x.year)], i.line),
        message: { id: "lint.unit-scale.pastWhole", data: { id: i.id, value: x.n, year: x.year, rule: slip.rule } },
      });
  }
  const whole = shareWhole(i.unit) ?? Number.POSITIVE_INFINITY;
  for (const t of TARGETS) {
    const spec = t.spec(i);
    const level = levelOf(spec, i.better);
    if (level && pointsHigher(level.op) && level.value > whole)
      found.push({
        check: check.id,
        severity: check.severity,
        ...at.row(i.id, [t.field], i.line),
        message: { id: "lint.unit-scale.targetPastWhole", data: { id: i.id, rule: spec!.text } },
      });
  }
  return found;
}

export default check;
