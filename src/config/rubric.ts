// The grading rubric as a config file writes it (`rubric`, checked by config.schema.json). Config
// keeps it as written; src/grade/rubric.ts resolves it against the rules.

/** The named grade scales (src/grade/scale.ts defines them). */
export type ScaleName = "cijfer" | "procent" | "op20";
export type UserScale = ScaleName | { min: number; max: number; decimals?: number };

export interface UserCriterion {
  /** What the teacher calls it; the rule id when absent. */
  label?: string;
  /** Points off per occurrence, or once when `per` is "once". */
  points: number;
  per?: "occurrence" | "once";
  /** At most this many points off for this criterion. */
  cap?: number;
  /** Breaking the rule fails the script, whatever the points. */
  knockOut?: boolean;
}

export interface UserRubric {
  /** Points of a script without mistakes. */
  maximum?: number;
  scale?: UserScale;
  /** Lowest passing grade, on the scale. */
  passMark?: number;
  /** Criteria by rule id (built-in, house or plugin rule). */
  criteria?: Record<string, UserCriterion>;
  /** How every other rule that is on counts; without it, other rules cost no points. */
  otherRules?: Omit<UserCriterion, "label" | "knockOut">;
}
