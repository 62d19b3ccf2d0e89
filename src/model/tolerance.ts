/** A row's `tolerance` as the file writes it: `0.5` (absolute) or `"1%"` (relative, of the reference value). */
import type { Tolerance } from "./types.js";

/** What a row without `tolerance` has: one object shared by every such row (a model is never mutated). */
const NONE: Tolerance = Object.freeze({ kind: "absolute", amount: 0, text: "0" });

export function parseTolerance(raw: number | string | undefined): Tolerance {
  if (raw === undefined) return NONE;
  if (typeof raw === "number") return { kind: "absolute", amount: raw, text: String(raw) };
  const percent = Number(raw.trim().replace(/%$/, ""));
  return { kind: "relative", amount: percent / 100, text: `${percent}%` };
}
