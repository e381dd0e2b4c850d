// The rubric from the config (`rubric`), checked against the rules that exist and are on, and
// resolved into the criteria a script is scored on. The JSON Schema checks its shape first.
import { ConfigError } from "../config/errors.js";
import { didYouMean } from "../shared/suggest.js";
import defaultRubricData from "./default-rubric.json" with { type: "json" };
import type { UserRubric } from "../config/rubric.js";
import { scaleOf, highestFailingGrade, type Scale } from "./scale.js";

/** The part of a formatter's context that grading provides. */
export interface RubricContext {
  /** The rubric `--format grade` scores with; the default rubric when absent. */
  rubric?: Rubric;
}

export interface Criterion {
  ruleId: string;
  label: string;
  points: number;
  per: "occurrence" | "once";
  cap?: number;
  knockOut: boolean;
}

export interface Rubric {
  maximum: number;
  scale: Scale;
  passMark: number;
  /** Above this a knocked-out script cannot come: one step below the pass mark. */
  knockOutGrade: number;
  criteria: Criterion[];
}

/** The rubric used when the config has none; it follows the course material (see README). */
export const DEFAULT_RUBRIC = defaultRubricData as UserRubric;

export interface RubricRules {
  /** Every rule id the config knows, in registry order (built-in, then plugin and house rules). */
  known: readonly string[];
  /** The ids of the rules that are on. */
  enabled: ReadonlySet<string>;
}

/** Resolves a rubric; throws ConfigError with one "<label>: rubric.<path>: ..." line per problem. */
export function resolveRubric(user: UserRubric | undefined, rules: RubricRules, label: string): Rubric {
  const rubric = user ?? DEFAULT_RUBRIC;
  const problems: string[] = [];
  const at = (path: string, text: string) => problems.push(`${label}: rubric.${path}: ${text}`);
  const scale = scaleOf(rubric.scale);
  const maximum = rubric.maximum ?? 100;
  const passMark = rubric.passMark ?? scale.defaultPassMark;
  if (scale.max <= scale.min) at("scale", `max (${scale.max}) moet groter zijn dan min (${scale.min})`);
  if (passMark < scale.min || passMark > scale.max) at("passMark", `${passMark} ligt buiten de schaal ${scale.min}–${scale.max}`);

  const criteria: Criterion[] = [];
  for (const [ruleId, entry] of Object.entries(rubric.criteria ?? {})) {
    if (!rules.known.includes(ruleId)) {
      // A default rubric names built-in rules only; a rule left out of this build is simply skipped.
      if (user === undefined) continue;
      at(`criteria.${ruleId}`, `onbekende regel '${ruleId}'.${didYouMean(ruleId, rules.known)}`);
      continue;
    }
    if (!rules.enabled.has(ruleId)) {
      if (user === undefined) continue;
      at(`criteria.${ruleId}`, `de regel '${ruleId}' staat uit in rules, dus er valt niets op te tellen; zet hem aan of haal hem uit de rubric`);
      continue;
    }
    const per = entry.per ?? "occurrence";
    if (entry.cap !== undefined && per === "occurrence" && entry.cap < entry.points) {
      at(`criteria.${ruleId}.cap`, `het plafond (${entry.cap}) is lager dan de aftrek per keer (${entry.points})`);
    }
    criteria.push({ ruleId, label: entry.label ?? ruleId, points: entry.points, per, ...(entry.cap !== undefined ? { cap: entry.cap } : {}), knockOut: entry.knockOut ?? false });
  }
  if (rubric.otherRules) {
    const other = rubric.otherRules;
    for (const ruleId of rules.known) {
      if (!rules.enabled.has(ruleId) || criteria.some((c) => c.ruleId === ruleId)) continue;
      criteria.push({ ruleId, label: ruleId, points: other.points, per: other.per ?? "occurrence", ...(other.cap !== undefined ? { cap: other.cap } : {}), knockOut: false });
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return { maximum, scale, passMark, knockOutGrade: highestFailingGrade(passMark, scale), criteria };
}
