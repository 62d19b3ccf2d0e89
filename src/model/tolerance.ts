/** A row's `tolerance` as the file writes it: `0.5` (absolute) or `"1%"` (relative, of the reference value). */
import type { Tolerance } from "./types.js";

export function parseTolerance(raw: number | string | undefined): Tolerance {
  if (raw === undefined) return { kind: "absolute", amount: 0, text: "0" };
  if (typeof raw === "number") return { kind: "absolute", amount: raw, text: String(raw) };
  const percent = Number(raw.trim().replace(/%$/, ""));
  return { kind: "relative", amount: percent / 100, text: `${percent}%` };
}
