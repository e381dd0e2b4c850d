// What `beleefd grade <map>` writes for a class: cijfers.csv, overzicht.html and a feedback page
// per student, built from the lint results; the CLI reads the folder and writes these files.
import type { RuleDoc } from "../docs/rule-doc.js";
import type { LintResult, RuleMeta } from "../types.js";
import { gradesCsv } from "./csv.js";
import { classSummary, gradeScripts, type GradedScript } from "./graded.js";
import { overviewPage } from "./overview-page.js";
import type { Rubric } from "./rubric.js";
import { studentPage } from "./student-page.js";

export const CSV_NAME = "cijfers.csv";
export const OVERVIEW_NAME = "overzicht.html";

export interface ClassReportOptions {
  /** The path shown for a result's file. */
  displayPath: (path: string) => string;
  rulesMeta: Record<string, RuleMeta>;
  ruleDoc: (ruleId: string) => RuleDoc | undefined;
  /** Configs below the class folder that were not read, as shown paths. */
  ignoredConfigs: string[];
  decimalComma: boolean;
}

export interface ClassReport {
  scripts: GradedScript[];
  /** File name in the output folder → its contents. */
  files: Map<string, string>;
}

export function classReport(results: LintResult[], rubric: Rubric, options: ClassReportOptions): ClassReport {
  const scripts = gradeScripts(results, rubric, options.displayPath);
  const info = { rulesMeta: options.rulesMeta, ruleDoc: options.ruleDoc };
  const files = new Map<string, string>([
    [CSV_NAME, gradesCsv(scripts, rubric, { decimalComma: options.decimalComma })],
    [OVERVIEW_NAME, overviewPage(scripts, rubric, { ignoredConfigs: options.ignoredConfigs })],
  ]);
  for (const script of scripts) files.set(script.page, studentPage(script, rubric, info));
  return { scripts, files };
}

/** The lines said when the report is written into `shownOut`. */
export function classReportDone(scripts: GradedScript[], shownOut: string): string {
  return (
    `${scripts.length} scripts beoordeeld: ${classSummary(scripts)}.\n` +
    `Geschreven in ${shownOut}/: ${CSV_NAME}, ${OVERVIEW_NAME} en ${scripts.length} feedbackpagina's.\n`
  );
}
