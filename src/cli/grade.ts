// `beleefd grade <map>`: lint a class folder, score every script on the rubric and write
// cijfers.csv, overzicht.html and a feedback page per student into the output folder (Node only).
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { ConfigLoader } from "../config/load.js";
import { loadRuleDoc } from "../docs/load.js";
import { displayPath, lintFiles } from "../files.js";
import { rubricForConfig, rulesMetaFor } from "../grade/config-rubric.js";
import { gradesCsv } from "../grade/csv.js";
import { classSummary, gradeScripts } from "../grade/graded.js";
import { IGNORED_CONFIG_NOTE, overviewPage } from "../grade/overview-page.js";
import { studentPage } from "../grade/student-page.js";
import type { GradeArgs } from "./grade-args.js";
import { UsageError } from "./args.js";

export const CSV_NAME = "cijfers.csv";
export const OVERVIEW_NAME = "overzicht.html";

/** What an earlier run left: only .html and .csv files, among them ours, written by beleefd. */
async function isEarlierOutput(dir: string, entries: string[]): Promise<boolean> {
  if (!entries.includes(CSV_NAME) || !entries.includes(OVERVIEW_NAME)) return false;
  if (!entries.every((name) => [".html", ".csv"].includes(extname(name).toLowerCase()))) return false;
  const overview = await readFile(join(dir, OVERVIEW_NAME), "utf8").catch(() => "");
  return overview.includes('<meta name="generator" content="beleefd">');
}

/** Makes the output folder ready; refuses a folder with other work in it unless forced. */
async function prepareOutput(dir: string, shown: string, force: boolean): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`de uitvoermap '${shown}' is een bestand, geen map.`);
  const entries = info ? await readdir(dir) : [];
  if (entries.length === 0) {
    await mkdir(dir, { recursive: true });
    return;
  }
  if (await isEarlierOutput(dir, entries)) {
    // Pages of students who are no longer in the class must not linger.
    await Promise.all(entries.map((name) => rm(join(dir, name))));
    return;
  }
  if (!force) {
    throw new UsageError(
      `de uitvoermap '${shown}' is niet leeg en lijkt niet op een eerdere beoordeling; kies een andere map met --out, of gebruik --force om er toch in te schrijven.`,
    );
  }
}

export async function runGrade(args: GradeArgs, cwd: string, loader: ConfigLoader): Promise<number> {
  const folder = resolve(cwd, args.folder);
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo?.isDirectory()) throw new UsageError(`de map '${args.folder}' bestaat niet (beleefd grade verwacht een map met scripts).`);
  const config = await loader.forDirectory(folder);
  const rubric = rubricForConfig(config, loader.display(config.files.at(-1) ?? "rubric"));
  const results = await lintFiles([folder], { cwd, loader, keepSource: true });
  if (results.length === 0) throw new UsageError(`in '${args.folder}' staan geen .txt- of .md-bestanden om te beoordelen.`);

  const out = resolve(cwd, args.out);
  const shownOut = displayPath(out, cwd);
  await prepareOutput(out, shownOut, args.force);
  const scripts = gradeScripts(results, rubric, (path) => displayPath(path, cwd));
  const info = { rulesMeta: rulesMetaFor(config), ruleDoc: loadRuleDoc };
  await writeFile(join(out, CSV_NAME), gradesCsv(scripts, rubric, { decimalComma: args.decimalComma }));
  const ignoredConfigs = loader.skippedConfigs().map((path) => displayPath(path, cwd));
  await writeFile(join(out, OVERVIEW_NAME), overviewPage(scripts, rubric, { ignoredConfigs }));
  for (const script of scripts) await writeFile(join(out, script.page), studentPage(script, rubric, info));

  for (const file of ignoredConfigs) process.stderr.write(`beleefd: ${file}: ${IGNORED_CONFIG_NOTE}\n`);
  const unreadable = scripts.filter((s) => s.score.unreadable);
  for (const script of unreadable) process.stderr.write(`beleefd: ${script.file}: niet te beoordelen: ${script.score.unreadable}\n`);
  process.stdout.write(
    `${scripts.length} scripts beoordeeld: ${classSummary(scripts)}.\n` +
      `Geschreven in ${shownOut}/: ${CSV_NAME}, ${OVERVIEW_NAME} en ${scripts.length} feedbackpagina's.\n`,
  );
  return 0;
}
