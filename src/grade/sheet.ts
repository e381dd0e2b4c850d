// The grade sheet for a terminal, one line per script (`--format grade` shows it).
import { classCounts, gradeScripts } from "./graded.js";
import { resolveRubric, type Rubric } from "./rubric.js";
import { verdictOf } from "./score.js";
import { formatNumber, formatPoints } from "./scale.js";
import type { LintResult } from "../types.js";
import { oneLine, visibleLine } from "../shared/visible.js";

/** The default rubric over the rules a run knows, for a run whose config names no rubric. */
export function defaultRubric(ruleIds: readonly string[]): Rubric {
  return resolveRubric(undefined, { known: [...ruleIds], enabled: new Set(ruleIds) }, "rubric");
}

/** The sheet as text; `displayPath` turns a result's path into the one shown. */
export function gradeSheet(results: LintResult[], rubric: Rubric, displayPath: (path: string) => string): string {
  const scripts = gradeScripts(results, rubric, displayPath);
  const rows = scripts.map(({ student, file, score }) => {
    const grade = score.grade === undefined ? "–" : formatNumber(score.grade, rubric.scale.decimals, true);
    const total = score.total === undefined ? "–" : formatPoints(score.total, true);
    const verdict = verdictOf(score);
    const lost = score.criteria.filter((c) => c.lost > 0).map((c) => `${c.criterion.label} -${formatPoints(c.lost, true)}`);
    const notes = [...score.knockOuts.map((c) => `knock-out: ${c.label}`), ...lost, ...(score.unreadable ? [score.unreadable] : [])];
    // Names and file names come from the students: no control character reaches the terminal raw.
    return [visibleLine(student), visibleLine(file), total, grade, verdict, oneLine(notes.join("; "))];
  });
  const header = ["student", "bestand", "punten", "cijfer", "resultaat", "punten af"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  const { passed } = classCounts(scripts);
  return `${[header, ...rows].map(line).join("\n")}\n\n${scripts.length} scripts, ${passed} voldoende (vanaf ${formatNumber(rubric.passMark, rubric.scale.decimals, true)}).\n`;
}
