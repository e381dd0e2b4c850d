// The score at the top of the page: simple enough to explain in one sentence.
import type { LintResult } from "../../src/browser.js";

export const START_POINTS = 100;
export const ERROR_COST = 10;
export const WARNING_COST = 3;

export interface Score {
  errors: number;
  warnings: number;
  /** Distinct rules with at least one message (reading problems not counted). */
  rulesBroken: number;
  /** 0..100; undefined when the call could not be read. */
  points: number | undefined;
  verdict: string;
}

export function scoreOf(result: LintResult): Score {
  const rules = new Set(result.messages.flatMap((m) => (m.ruleId ? [m.ruleId] : [])));
  const errors = result.errorCount;
  const warnings = result.warningCount;
  if (result.fatalErrorCount > 0) {
    return { errors, warnings, rulesBroken: rules.size, points: undefined, verdict: "Dit gesprek kon niet gelezen worden, dus er is geen score. Hieronder staat wat je moet aanpassen." };
  }
  const points = Math.max(0, START_POINTS - ERROR_COST * errors - WARNING_COST * warnings);
  return { errors, warnings, rulesBroken: rules.size, points, verdict: verdictFor(points) };
}

function verdictFor(points: number): string {
  if (points === START_POINTS) return "Keurig: beleefd vindt niets om te verbeteren.";
  if (points >= 80) return "Goed gedaan, met een paar punten om op te letten.";
  if (points >= 50) return "Redelijk, maar er valt nog flink wat te verbeteren.";
  return "Hier valt veel te verbeteren: begin bij de eerste melding.";
}

export const SCORE_EXPLANATION =
  `Je begint met ${START_POINTS} punten. Elke fout kost ${ERROR_COST} punten, elke waarschuwing ${WARNING_COST}; ` +
  "lager dan 0 gaat de score niet.";

