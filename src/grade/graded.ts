// A class of scripts, each with its student, feedback page name and score.
import type { LintResult } from "../types.js";
import type { Rubric } from "./rubric.js";
import { scoreResult, type Score } from "./score.js";
import { studentName, uniqueSlugs } from "./student.js";

export interface GradedScript {
  result: LintResult;
  /** The file as people know it (relative to where the command ran). */
  file: string;
  student: string;
  /** File name of the student's feedback page. */
  page: string;
  score: Score;
}

export function gradeScripts(results: readonly LintResult[], rubric: Rubric, display: (filePath: string) => string): GradedScript[] {
  const names = results.map((result) => studentName(result.filePath, result.source));
  const slugs = uniqueSlugs(names);
  return results.map((result, i) => ({
    result,
    file: display(result.filePath),
    student: names[i]!,
    page: `${slugs[i]!}.html`,
    score: scoreResult(result, rubric),
  }));
}

/** Per criterion: how many students broke it at least once (of the scripts that could be read). */
/** "7 voldoende, 3 onvoldoende, 1 niet te beoordelen" */
export function classSummary(scripts: readonly GradedScript[]): string {
  const { passed, failed, unreadable } = classCounts(scripts);
  return `${passed} voldoende, ${failed} onvoldoende${unreadable ? `, ${unreadable} niet te beoordelen` : ""}`;
}

/** How many scripts passed, failed, or could not be graded. */
export function classCounts(scripts: readonly GradedScript[]): { passed: number; failed: number; unreadable: number } {
  const counts = { passed: 0, failed: 0, unreadable: 0 };
  for (const { score } of scripts) counts[score.unreadable ? "unreadable" : score.passed ? "passed" : "failed"]++;
  return counts;
}

export function brokenByStudents(scripts: readonly GradedScript[], rubric: Rubric): Array<{ ruleId: string; label: string; students: number }> {
  const readable = scripts.filter((s) => !s.score.unreadable);
  const rows = rubric.criteria.map((criterion) => ({ ruleId: criterion.ruleId, label: criterion.label, students: 0 }));
  // Rules outside the rubric count too: the teacher should see them even if they cost no points.
  for (const script of readable) {
    const broken = new Set(script.result.messages.map((m) => m.ruleId).filter((id): id is string => id !== null));
    for (const ruleId of broken) {
      let row = rows.find((r) => r.ruleId === ruleId);
      if (!row) rows.push((row = { ruleId, label: ruleId, students: 0 }));
      row.students++;
    }
  }
  return rows.sort((a, b) => b.students - a.students);
}
