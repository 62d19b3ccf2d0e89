/**
 * Judging the basic conditions (否决项): in a year assessment of Y, a condition of Y not met makes
 * the file FAIL whatever the indicators say. Every condition the file states is shown: another
 * year's as stated, not deciding; one stated for a year after the last assessed (the latest with
 * observed values, or Y) as stated and not yet assessed.
 */
import type { Mode } from "../assess/result.js";
import type { IndicatorFile } from "../model/types.js";
import type { VetoAssessment, VetoCheck } from "./types.js";

/**
 * `latest`: the latest year with observed values (the base year when there are none). In plan
 * review nothing decides. What the failed conditions make of the file is decided with everything
 * else in assess/summarize.ts (overall).
 */
export function judgeVetoes(
  file: IndicatorFile,
  mode: Mode,
  year: number | undefined,
  latest: number,
): VetoAssessment | undefined {
  if (!file.vetoes) return undefined;
  const decides = mode === "year" && year !== undefined;
  const horizon = decides ? Math.max(latest, year) : latest;
  const conditions: VetoCheck[] = file.vetoes.map((v) => ({
    ...v,
    verdict: v.state === "met" ? "PASS" : "FAIL",
    standing: decides && v.year === year ? "decides" : v.year > horizon ? "ahead" : "shown",
  }));
  const failed = conditions.filter((c) => c.standing === "decides" && c.verdict === "FAIL");
  return { ...(decides ? { year } : {}), decides, conditions, failed };
}
