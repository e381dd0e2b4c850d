// cijfers.csv: one row per script. Semicolons and a byte-order mark so Excel (Dutch or Flemish
// settings) opens it in columns with the accents right; fields quoted per RFC 4180.
import type { GradedScript } from "./graded.js";
import type { Rubric } from "./rubric.js";
import { formatNumber, formatPoints } from "./scale.js";

export interface CsvOptions {
  /** "6,5" instead of "6.5" (what a Dutch spreadsheet expects). */
  decimalComma: boolean;
}

const SEPARATOR = ";";

export function csvField(value: string): string {
  return /[";\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

// A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text from input (names, file names, labels) as a cell a spreadsheet shows and never runs. */
export function csvText(value: string): string {
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

export function gradesCsv(scripts: readonly GradedScript[], rubric: Rubric, options: CsvOptions): string {
  const header = [
    "bestand",
    "student",
    `punten (van ${formatPoints(rubric.maximum, options.decimalComma)})`,
    `cijfer (${rubric.scale.name})`,
    "voldoende",
    ...rubric.criteria.map((c) => `${c.label} (${c.ruleId}): punten af`),
    "knock-out",
    "opmerking",
  ].map(csvText);
  // Numbers beleefd writes itself stay numbers; every text cell is neutralised.
  const rows = scripts.map(({ file, student, score }) => [
    csvText(file),
    csvText(student),
    csvField(score.total === undefined ? "" : formatPoints(score.total, options.decimalComma)),
    csvField(score.grade === undefined ? "" : formatNumber(score.grade, rubric.scale.decimals, options.decimalComma)),
    csvText(score.passed ? "ja" : "nee"),
    ...score.criteria.map((c) => csvField(formatPoints(c.lost, options.decimalComma))),
    csvText(score.knockOuts.map((c) => c.label).join(", ")),
    csvText(score.unreadable ? `niet te beoordelen: ${score.unreadable}` : ""),
  ]);
  return "\uFEFF" + [header, ...rows].map((row) => row.join(SEPARATOR)).join("\r\n") + "\r\n";
}
