/** Verdicts and how they combine. */
export const VERDICTS = ["PASS", "FAIL", "WARN", "N/A", "MISSING", "REVIEW"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** From worst to best, for `且` (worst part) and `或` (best part). N/A is set aside by both. */
const SEVERITY: Record<Verdict, number> = { FAIL: 0, MISSING: 1, REVIEW: 2, WARN: 3, PASS: 4, "N/A": 5 };

/** The verdicts that need someone's attention, worst first: what reports list before the rest. */
export const ATTENTION: readonly Verdict[] = VERDICTS.filter((v) => v !== "PASS" && v !== "N/A").sort(
  (a, b) => SEVERITY[a] - SEVERITY[b],
);

function pick(verdicts: readonly Verdict[], better: boolean): Verdict {
  const applicable = verdicts.filter((v) => v !== "N/A");
  if (applicable.length === 0) return "N/A";
  return applicable.reduce((a, b) => (SEVERITY[b] < SEVERITY[a] !== better ? b : a));
}

export const worst = (verdicts: readonly Verdict[]): Verdict => pick(verdicts, false);
export const best = (verdicts: readonly Verdict[]): Verdict => pick(verdicts, true);

/** A reference indicator's failure is a warning, never a failure. */
export function forReference(v: Verdict, binding: boolean): Verdict {
  return !binding && v === "FAIL" ? "WARN" : v;
}
