// `beleefd grade <map>`: lint a class folder, let grading score every script on the rubric
// (src/grade/class-report.ts) and write its files into the output folder (Node only).
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { ConfigLoader } from "../config/load.js";
import { loadRuleDoc } from "../docs/load.js";
import { displayPath, lintFiles, wasSkipped } from "../files.js";
import { classReport, classReportDone } from "../grade/class-report.js";
import { rubricForConfig, rulesMetaFor } from "../grade/config-rubric.js";
import { IGNORED_CONFIG_NOTE } from "../grade/overview-page.js";
import { OutputFolderError, writeGradeOutput } from "../grade/output-folder.js";
import type { GradeArgs } from "./grade-args.js";
import { UsageError } from "./args.js";

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
  const ignoredConfigs = loader.skippedConfigs().map((path) => displayPath(path, cwd));
  const { scripts, files } = classReport(results, rubric, {
    displayPath: (path) => displayPath(path, cwd),
    rulesMeta: rulesMetaFor(config),
    ruleDoc: loadRuleDoc,
    ignoredConfigs,
    decimalComma: args.decimalComma,
  });
  try {
    await writeGradeOutput(out, shownOut, files, args.force);
  } catch (error) {
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    throw error;
  }

  for (const file of ignoredConfigs) process.stderr.write(`beleefd: ${file}: ${IGNORED_CONFIG_NOTE}\n`);
  const unreadable = scripts.filter((s) => s.score.unreadable);
  for (const script of unreadable) process.stderr.write(`beleefd: ${script.file}: niet te beoordelen: ${script.score.unreadable}\n`);
  process.stdout.write(classReportDone(scripts, shownOut));
  // Like a lint run with a problem: a script without a grade needs the teacher's attention.
  return unreadable.length ? 1 : 0;
}
