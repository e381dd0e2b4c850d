// `beleefd grade <map>`: lint a class folder, score every script on the rubric and write
// cijfers.csv, overzicht.html and a feedback page per student into the output folder (Node only).
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { ConfigLoader } from "../config/load.js";
import { loadRuleDoc } from "../docs/load.js";
import { displayPath, lintFiles, wasSkipped } from "../files.js";
import { rubricForConfig, rulesMetaFor } from "../grade/config-rubric.js";
import { gradesCsv } from "../grade/csv.js";
import { classSummary, gradeScripts } from "../grade/graded.js";
import { IGNORED_CONFIG_NOTE, overviewPage } from "../grade/overview-page.js";
import { OutputFolderError, writeGradeOutput } from "../grade/output-folder.js";
import { studentPage } from "../grade/student-page.js";
import type { GradeArgs } from "./grade-args.js";
import { UsageError } from "./args.js";

export const CSV_NAME = "cijfers.csv";
export const OVERVIEW_NAME = "overzicht.html";

export async function runGrade(args: GradeArgs, cwd: string, loader: ConfigLoader): Promise<number> {
  const folder = resolve(cwd, args.folder);
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo?.isDirectory()) throw new UsageError(`de map '${args.folder}' bestaat niet (beleefd grade verwacht een map met scripts).`);
  const config = await loader.forDirectory(folder);
  const rubric = rubricForConfig(config, loader.display(config.files.at(-1) ?? "rubric"));
  const linted = await lintFiles([folder], { cwd, loader, keepSource: true });
  // A FIFO or device in the class folder is no student's work: said, not graded.
  for (const skipped of linted.filter(wasSkipped)) process.stderr.write(`beleefd: ${displayPath(skipped.filePath, cwd)}: ${skipped.messages[0]!.message}\n`);
  const results = linted.filter((result) => !wasSkipped(result));
  if (results.length === 0) throw new UsageError(`in '${args.folder}' staan geen .txt- of .md-bestanden om te beoordelen.`);

  const out = resolve(cwd, args.out);
  const shownOut = displayPath(out, cwd);
  const scripts = gradeScripts(results, rubric, (path) => displayPath(path, cwd));
  const info = { rulesMeta: rulesMetaFor(config), ruleDoc: loadRuleDoc };
  const ignoredConfigs = loader.skippedConfigs().map((path) => displayPath(path, cwd));
  const files = new Map<string, string>([
    [CSV_NAME, gradesCsv(scripts, rubric, { decimalComma: args.decimalComma })],
    [OVERVIEW_NAME, overviewPage(scripts, rubric, { ignoredConfigs })],
  ]);
  for (const script of scripts) files.set(script.page, studentPage(script, rubric, info));
  try {
    await writeGradeOutput(out, shownOut, files, args.force);
  } catch (error) {
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    throw error;
  }

  for (const file of ignoredConfigs) process.stderr.write(`beleefd: ${file}: ${IGNORED_CONFIG_NOTE}\n`);
  const unreadable = scripts.filter((s) => s.score.unreadable);
  for (const script of unreadable) process.stderr.write(`beleefd: ${script.file}: niet te beoordelen: ${script.score.unreadable}\n`);
  process.stdout.write(
    `${scripts.length} scripts beoordeeld: ${classSummary(scripts)}.\n` +
      `Geschreven in ${shownOut}/: ${CSV_NAME}, ${OVERVIEW_NAME} en ${scripts.length} feedbackpagina's.\n`,
  );
  // Like a lint run with a problem: a script without a grade needs the teacher's attention.
  return unreadable.length ? 1 : 0;
}
