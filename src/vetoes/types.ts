/** Basic conditions (否决项) as the model holds them: one per year and condition, where the file states it. */
export interface Veto {
  year: number;
  /** The condition as the file names it (重特大突发环境事件). */
  condition: string;
  state: "met" | "not_met";
  /** What the file states, as written (未发生). */
  text: string;
  note?: string;
  source?: string;
  /** Where the condition's key stands. */
  line: number;
  column: number;
}

/**
 * Where a condition stands in a run: deciding the assessed year; shown as stated (another year's,
 * or any in plan review); or stated for a year after the last assessed, not yet assessed.
 */
type VetoStanding = "decides" | "shown" | "ahead";

/** A condition as judged: met passes, not met fails (what the file states, for a year not yet assessed). */
export interface VetoCheck extends Veto {
  verdict: "PASS" | "FAIL";
  standing: VetoStanding;
}

/**
 * The conditions a run shows: every one the file states, each with its standing. A year assessment
 * of Y: Y's decide (one not met makes the file FAIL). Plan review: none decides. The list is the
 * file's own.
 */
export interface VetoAssessment {
  year?: number;
  decides: boolean;
  conditions: VetoCheck[];
  /** The conditions not met that decide: what made the file FAIL. */
  failed: VetoCheck[];
}
