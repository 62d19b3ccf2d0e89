/**
 * How many cases each property runs, and from which seed.
 *
 * `FUZZ_RUNS` is the total across the fuzz suite (default 12,000: what `npm test` and CI run, about
 * 45 s on two cores); each property takes its share by weight.
 * `FUZZ_SEED` is the seed: by default a fixed one, so that `npm test` is the same run every time and
 * fails only when the code changes; `FUZZ_SEED=random` explores new cases (fast-check prints the
 * seed and path of any failure, which `FUZZ_SEED=<seed>` with the same FUZZ_RUNS replays).
 *
 *   FUZZ_SEED=random FUZZ_RUNS=200000 npx vitest run test/fuzz     # a longer hunt
 */
import type { Parameters } from "fast-check";

const DEFAULT_TOTAL = 12_000;
const DEFAULT_SEED = 20_240_601;

/** Relative cost-adjusted shares of the total; they sum to 1. */
const WEIGHTS = {
  seedMutations: 0.07,
  randomBytes: 0.05,
  keyOrder: 0.025,
  generatedFiles: 0.03,
  ruleTreeRoundTrip: 0.3875,
  oneJudgement: 0.01,
  ruleTextNeverThrows: 0.3,
  quickAccept: 0.025,
  parsersAgreeScalars: 0.06,
  parsersAgreeDocuments: 0.04,
  templateRoundTrip: 0.0025,
} as const;

export type PropertyName = keyof typeof WEIGHTS;

function total(): number {
  const raw = process.env.FUZZ_RUNS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_TOTAL;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 1) throw new Error(`FUZZ_RUNS must be a positive number of cases; found ${raw}`);
  return Math.floor(n);
}

function runsFor(name: PropertyName): number {
  return Math.max(1, Math.round(total() * WEIGHTS[name]));
}

function seed(): number | undefined {
  const raw = process.env.FUZZ_SEED?.trim();
  if (raw === undefined || raw === "") return DEFAULT_SEED;
  if (raw === "random") return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`FUZZ_SEED must be an integer or "random"; found ${raw}`);
  return n;
}

/** fast-check parameters for a property: its share of the runs, and the seed. */
export function params<T>(name: PropertyName): Parameters<T> {
  const s = seed();
  return { numRuns: runsFor(name), ...(s === undefined ? {} : { seed: s }) };
}

/**
 * A per-test timeout that only a hang reaches: four times the cases' cost on a quiet 2-core machine,
 * never under the suite's 120 s (a loaded machine running two test workers took 70 s for what a
 * quiet one does in 30).
 */
export function timeoutFor(name: PropertyName, msPerCase: number): number {
  return Math.max(120_000, runsFor(name) * msPerCase * 4);
}
