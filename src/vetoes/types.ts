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

/** A condition as judged: met passes, not met fails. */
export interface VetoCheck extends Veto {
  verdict: "PASS" | "FAIL";
}

/**
 * The conditions a run shows. A year assessment of Y: Y's conditions, deciding (one not met makes
 * the file FAIL). Plan review: every year's, shown, not deciding. The list is the file's own.
 */
export interface VetoAssessment {
  year?: number;
  decides: boolean;
  conditions: VetoCheck[];
  /** The conditions not met that decide: what made the file FAIL. */
  failed: VetoCheck[];
}
