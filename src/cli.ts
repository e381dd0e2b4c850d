#!/usr/bin/env node
// The `beleefd` command: arguments → lintFiles → formatter → exit code 0, 1 or 2. Never a stack trace.
import { resolve } from "node:path";
import { builtinRules } from "../rules/index.js";
import { useColor } from "./cli/color.js";
import { parseArgs, UsageError, type CliArgs } from "./cli/args.js";
import { formatterContext } from "./cli/formatter-context.js";
import { parseRuleFlags } from "./cli/rule-flag.js";
import { parseSpeakerFlags } from "./cli/speaker-flag.js";
import { ConfigError } from "./config/errors.js";
import { ConfigLoader } from "./config/load.js";
import { summarize } from "./engine/linter.js";
import { displayPath, fatalResult, lintBytes, lintFiles, metadataFor } from "./files.js";
import { FORMATTER_NEEDS, loadFormatter } from "./formatters/index.js";
import type { LintResult } from "./types.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function errorsOnly(result: LintResult): LintResult {
  return summarize(result.filePath, result.messages.filter((m) => m.severity === 2), result.source);
}

async function run(args: CliArgs): Promise<number> {
  const cwd = process.cwd();
  const speakers = parseSpeakerFlags(args.speaker);
  const loader = new ConfigLoader({
    cwd,
    builtinRules,
    overrideRules: parseRuleFlags(args.rule),
    ...(speakers ? { overrideSpeakers: speakers } : {}),
    ...(args.config !== undefined ? { configFile: args.config } : {}),
    ignorePatterns: args.ignorePattern,
    ignore: args.ignore,
    // In `grade` the teacher's config governs: none below the class folder is read.
    ...(args.grade ? { governedFolder: resolve(cwd, args.grade.folder) } : {}),
    onNote: (note) => process.stderr.write(`beleefd: let op: ${note}\n`),
  });
  const display = (path: string) => displayPath(path, cwd);
  const color = useColor(args.color, process.env, Boolean(process.stdout.isTTY));

  if (args.explain !== undefined) {
    const { explainRule } = await import("./cli/explain.js");
    process.stdout.write(await explainRule(args.explain, loader, cwd, Math.min(process.stdout.columns ?? 80, 100), color));
    return 0;
  }

  if (args.grade) {
    const { runGrade } = await import("./cli/grade.js");
    return runGrade(args.grade, cwd, loader);
  }

  if (args.printConfig !== undefined) {
    const { printableConfig } = await import("./cli/print.js");
    const config = await loader.forFile(resolve(cwd, args.printConfig));
    process.stdout.write(`${JSON.stringify(printableConfig(config, display), null, 2)}\n`);
    return 0;
  }
  if (args.printModel !== undefined) {
    const { modelOf } = await import("./cli/print.js");
    const model = await modelOf(resolve(cwd, args.printModel), args.printModel, loader, args.parser, args.metadata);
    process.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
    return 0;
  }

  let results: LintResult[];
  const fixing = args.fix || args.fixDryRun ? { fix: true, ...(args.fixType.length ? { fixTypes: new Set(args.fixType) } : {}) } : {};
  const keepSource = FORMATTER_NEEDS[args.format].source === true;
  if (args.stdin) {
    const filePath = args.stdinFilename !== undefined ? resolve(cwd, args.stdinFilename) : "<stdin>";
    const config = await loader.forFile(args.stdinFilename !== undefined ? filePath : resolve(cwd, "stdin"));
    const metadata = args.metadata !== undefined || args.stdinFilename !== undefined ? metadataFor(filePath, args.metadata, cwd) : undefined;
    const options = { ...(args.parser ? { parser: args.parser } : {}), ...(metadata && !("problem" in metadata) ? { metadata } : {}) };
    results = [metadata && "problem" in metadata ? fatalResult(filePath, metadata.problem) : await lintBytes(await readStdin(), filePath, config, { keepSource, ...options, ...fixing })];
  } else {
    results = await lintFiles(args.patterns, {
      cwd,
      loader,
      keepSource,
      ...(args.parser ? { parser: args.parser } : {}),
      ...(args.metadata !== undefined ? { metadataFile: args.metadata } : {}),
      ...fixing,
    });
  }
  if (args.fix) {
    const { writeFixedFiles } = await import("./cli/write-fixes.js");
    writeFixedFiles(results);
  }
  if (args.quiet) results = results.map(errorsOnly);

  const formatter = await loadFormatter(args.format);
  // A report written to a file gets colours only when asked for with --color.
  const context = await formatterContext(FORMATTER_NEEDS[args.format], results, loader, cwd, args.outputFile !== undefined ? args.color === true : color);
  if (args.format === "grade") context.rubric = await (await import("./grade/config-rubric.js")).classRubric(results, loader);
  // Only a person at a terminal gets wrapped lines; a pipe or file keeps one line per message.
  if (args.outputFile === undefined && process.stdout.isTTY && process.stdout.columns > 0) context.width = process.stdout.columns;
  const output = formatter(results, context);
  if (args.outputFile !== undefined) {
    const { writeOutputFile } = await import("./cli/output-file.js");
    await writeOutputFile(args.outputFile, cwd, output, results.map((r) => r.filePath));
  } else if (output) {
    // Two writes, not `output + "\n"`: joining would copy a report of many megabytes once more.
    process.stdout.write(output);
    if (!output.endsWith("\n")) process.stdout.write("\n");
  }

  const count = (key: "errorCount" | "warningCount" | "fatalErrorCount") => results.reduce((sum, r) => sum + r[key], 0);
  if (count("fatalErrorCount") > 0) return 2;
  if (count("errorCount") > 0) return 1;
  if (args.maxWarnings >= 0 && count("warningCount") > args.maxWarnings) {
    process.stderr.write(`beleefd vond te veel waarschuwingen: ${count("warningCount")} (maximaal ${args.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

async function main(): Promise<number> {
  try {
    // The language server stays out of the linter's start-up: its modules load only for `beleefd lsp`.
    if (process.argv[2] === "lsp") {
      const { startServer } = await import("./lsp/server.js");
      startServer();
      return 0;
    }
    const { args, output } = await parseArgs(process.argv.slice(2), process.stdout.columns ?? 80);
    if (args.done) {
      process.stdout.write(`${output}\n`);
      return 0;
    }
    return await run(args);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) process.stderr.write(`beleefd: configuratiefout: ${problem}\n`);
    } else if (error instanceof UsageError) {
      process.stderr.write(`beleefd: ${error.message}\nZie 'beleefd --help' voor de opties.\n`);
    } else if (error instanceof Error && ["InputError", "OutputFileError", "UnknownRuleError"].includes(error.name)) {
      process.stderr.write(`beleefd: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
      process.stderr.write(`beleefd: onverwachte fout: ${message}\n`);
    }
    return 2;
  }
}

// A reader that stops early (`beleefd map/ | head`) closes the pipe: not an error worth a trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main();
