// The page's score is the course's: the default grading rubric (src/grade/default-rubric.json)
// scored by the same code as `beleefd grade`, so a trainee sees the points and grade their teacher
// gets for the same text.
import { builtinRules, resolveConfig, type LintResult, type UserConfig } from "../../src/browser.js";
import { resolveRubric, type Rubric } from "../../src/grade/rubric.js";
import { formatNumber, formatPoints } from "../../src/grade/scale.js";
import { scoreResult, type CriterionScore } from "../../src/grade/score.js";

export interface PageScore {
  errors: number;
  warnings: number;
  /** Distinct rules with at least one message (reading problems not counted). */
  rulesBroken: number;
  /** Points on the rubric; undefined when the call could not be read. */
  points: number | undefined;
  maximum: number;
  /** The grade as written on a report card ("4,2"); undefined when the call could not be read. */
  grade: string | undefined;
  passed: boolean;
  /** Criteria that cost points, in rubric order. */
  deductions: CriterionScore[];
  /** Names of the knock-out criteria the call broke. */
  knockOuts: string[];
  verdict: string;
  rubric: Rubric;
}

/** The default rubric for the rules this config turns on, as `grade` resolves it. */
export async function pageRubric(config: UserConfig): Promise<Rubric> {
  const resolved = await resolveConfig(config);
  const known = Object.keys(builtinRules);
  const enabled = new Set(known.filter((id) => (resolved.rules[id]?.severity ?? 0) > 0));
  return resolveRubric(undefined, { known, enabled }, "rubric");
}

export function scoreOf(result: LintResult, rubric: Rubric): PageScore {
  const score = scoreResult(result, rubric);
  const base = {
    errors: result.errorCount,
    warnings: result.warningCount,
    rulesBroken: new Set(result.messages.flatMap((m) => (m.ruleId ? [m.ruleId] : []))).size,
    maximum: rubric.maximum,
    passed: score.passed,
    deductions: score.criteria.filter((c) => c.lost > 0),
    knockOuts: score.knockOuts.map((c) => c.label),
    rubric,
  };
  if (score.total === undefined || score.grade === undefined) {
    return { ...base, points: undefined, grade: undefined, verdict: "Dit gesprek kon niet gelezen worden, dus er is geen score. Hieronder staat wat je moet aanpassen." };
  }
  return { ...base, points: score.total, grade: formatNumber(score.grade, rubric.scale.decimals, true), verdict: verdictFor(score.total, base.knockOuts, score.passed, rubric) };
}

function verdictFor(points: number, knockOuts: readonly string[], passed: boolean, rubric: Rubric): string {
  if (knockOuts.length) return `Onvoldoende: "${knockOuts.join('", "')}" moet altijd goed gaan.`;
  if (points === rubric.maximum) return "Keurig: beleefd vindt niets om te verbeteren.";
  if (!passed) return "Onvoldoende: begin bij de regels die de meeste punten kosten.";
  if (points >= rubric.maximum * 0.8) return "Goed gedaan, met een paar punten om op te letten.";
  return "Voldoende, maar er valt nog flink wat te verbeteren.";
}

/** "Opening: 2 keer, −20 (hoogstens 20)". */
export function deductionText({ criterion, occurrences, lost }: CriterionScore): string {
  const times = criterion.per === "once" ? "" : `${occurrences} keer, `;
  const cap = criterion.cap !== undefined && lost === criterion.cap && criterion.per === "occurrence" && occurrences * criterion.points > criterion.cap ? ` (hoogstens ${formatPoints(criterion.cap, true)})` : "";
  return `${criterion.label}: ${times}−${formatPoints(lost, true)}${cap}`;
}

export function scoreExplanation(rubric: Rubric): string {
  return (
    `Dit is de beoordeling van de cursus, dezelfde als bij je docent (beleefd grade): je begint met ${rubric.maximum} punten ` +
    `en per regel gaat er een vast aantal punten af, met een maximum per regel. Het cijfer loopt van ${rubric.scale.min} tot ${rubric.scale.max}; ` +
    `voldoende is vanaf ${formatNumber(rubric.passMark, rubric.scale.decimals, true)}. Meldingen van regels buiten de beoordeling kosten geen punten.`
  );
}
