// House rules as written in a config's `checks` section (already checked by config.schema.json).
import type { Phase } from "../model/conversation.js";
import type { SeverityLike } from "../types.js";

export const CHECK_ID_PREFIX = "huis/";

export type CheckKind = "require" | "forbid" | "substitute" | "sequence" | "condition";

/** English and Dutch names of who says it, as the schema allows them. */
export type SpeakerName = "agent" | "customer" | "colleague" | "any" | "medewerker" | "klant" | "collega" | "iedereen";

export interface CheckScope {
  phase?: Phase | Phase[];
  speaker?: SpeakerName;
  firstTurns?: number;
  lastTurns?: number;
}

interface BaseCheck {
  id: string;
  severity?: SeverityLike;
  message: string;
  description?: string;
  example?: string;
  scope?: CheckScope;
}

export interface RequireCheck extends BaseCheck {
  kind: "require";
  phrases: string[];
}

export interface ForbidCheck extends BaseCheck {
  kind: "forbid";
  phrases: string[];
}

export interface SubstituteCheck extends BaseCheck {
  kind: "substitute";
  /** Pattern → preferred word. */
  replace: Record<string, string>;
}

export interface SequenceCheck extends BaseCheck {
  kind: "sequence";
  /** Each step is a pattern or a list of alternative patterns. */
  steps: (string | string[])[];
}

export interface ConditionCheck extends BaseCheck {
  kind: "condition";
  when: { phrases: string[]; speaker?: SpeakerName };
  then: { phrases: string[]; speaker?: SpeakerName; after?: boolean };
}

export type CheckDefinition = RequireCheck | ForbidCheck | SubstituteCheck | SequenceCheck | ConditionCheck;

/** The placeholders each kind fills in its message; `example` is there for every kind. */
export const PLACEHOLDERS: Readonly<Record<CheckKind, readonly string[]>> = {
  require: ["phrase", "example"],
  forbid: ["phrase", "example"],
  substitute: ["phrase", "preferred", "example"],
  sequence: ["phrase", "previous", "problem", "example"],
  condition: ["phrase", "required", "example"],
};

/** Every pattern of a check with its key path inside the check ("phrases.1", "steps.0.2"). */
export function patternsOf(check: CheckDefinition): { path: string; pattern: string }[] {
  switch (check.kind) {
    case "require":
    case "forbid":
      return check.phrases.map((pattern, i) => ({ path: `phrases.${i}`, pattern }));
    case "substitute":
      return Object.keys(check.replace).map((pattern) => ({ path: `replace.${pattern}`, pattern }));
    case "sequence":
      return check.steps.flatMap((step, i) =>
        typeof step === "string" ? [{ path: `steps.${i}`, pattern: step }] : step.map((pattern, j) => ({ path: `steps.${i}.${j}`, pattern })),
      );
    case "condition":
      return [
        ...check.when.phrases.map((pattern, i) => ({ path: `when.phrases.${i}`, pattern })),
        ...check.then.phrases.map((pattern, i) => ({ path: `then.phrases.${i}`, pattern })),
      ];
  }
}
