// Scores one linted script on a rubric: points lost per criterion, total, grade, pass or fail.
import type { LintResult } from "../types.js";
import type { Criterion, Rubric } from "./rubric.js";
import { gradeFor, roundTo } from "./scale.js";

export interface CriterionScore {
  criterion: Criterion;
  /** How often the rule was broken. */
  occurrences: number;
  lost: number;
}

export interface Score {
  criteria: CriterionScore[];
  /** Undefined when the file could not be read: there is nothing to grade. */
  total?: number;
  grade?: number;
  passed: boolean;
  /** Knock-out criteria the script broke. */
  knockOuts: Criterion[];
  /** Why the file could not be graded (its fatal problem). */
  unreadable?: string;
}

export type Verdict = "voldoende" | "onvoldoende" | "niet te beoordelen";

export function verdictOf(score: Score): Verdict {
  return score.unreadable ? "niet te beoordelen" : score.passed ? "voldoende" : "onvoldoende";
}

export function lostFor(criterion: Criterion, occurrences: number): number {
  if (occurrences === 0) return 0;
  const lost = criterion.per === "once" ? criterion.points : criterion.points * occurrences;
  return criterion.cap === undefined ? lost : Math.min(lost, criterion.cap);
}

export function scoreResult(result: LintResult, rubric: Rubric): Score {
  const counts = new Map<string, number>();
  for (const message of result.messages) {
    if (message.ruleId) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
  const criteria = rubric.criteria.map((criterion) => {
    const occurrences = counts.get(criterion.ruleId) ?? 0;
    return { criterion, occurrences, lost: lostFor(criterion, occurrences) };
  });
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) return { criteria, passed: false, knockOuts: [], unreadable: fatal.message };

  const lost = criteria.reduce((sum, c) => sum + c.lost, 0);
  const total = roundTo(Math.max(0, rubric.maximum - lost), 2);
  const knockOuts = criteria.filter((c) => c.criterion.knockOut && c.occurrences > 0).map((c) => c.criterion);
  let grade = gradeFor(total / rubric.maximum, rubric.scale);
  if (knockOuts.length) grade = Math.min(grade, rubric.knockOutGrade);
  // Pass or fail is decided on the rounded grade, as on a report card.
  return { criteria, total, grade, passed: knockOuts.length === 0 && grade >= rubric.passMark, knockOuts };
}
