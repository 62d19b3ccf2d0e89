/**
 * Judging the basic conditions (否决项): in a year assessment of Y, a condition of Y not met makes
 * the file FAIL whatever the indicators say; in plan review they are shown, not deciding.
 */
import type { Mode, Summary } from "../assess/result.js";
import type { IndicatorFile } from "../model/types.js";
import type { VetoAssessment, VetoCheck } from "./types.js";

export function judgeVetoes(file: IndicatorFile, mode: Mode, year: number | undefined, summary: Summary): { vetoes?: VetoAssessment; summary: Summary } {
  if (!file.vetoes) return { summary };
  const decides = mode === "year" && year !== undefined;
  const conditions: VetoCheck[] = file.vetoes
    .filter((v) => !decides || v.year === year)
    .map((v) => ({ ...v, verdict: v.state === "met" ? "PASS" : "FAIL" }));
  const failed = decides ? conditions.filter((c) => c.verdict === "FAIL") : [];
  const vetoes: VetoAssessment = { ...(decides ? { year } : {}), decides, conditions, failed };
  return { vetoes, summary: failed.length > 0 ? { ...summary, overall: "FAIL" } : summary };
}
