#!/usr/bin/env node
// The `beleefd` command: arguments → lintFileStream → formatter → exit code 0, 1 or 2. Never a stack trace.
// Formats that can stream write each result as soon as it and all before it are done.
import { resolve } from "node:path";
import { builtinRules } from "../rules/index.js";
import { useColor } from "./cli/color.js";
import { parseArgs, UsageError, type CliArgs } from "./cli/args.js";
import { addRulesMeta, addRulesRun, formatterContext } from "./cli/formatter-context.js";
import { fileOutput, stdoutOutput } from "./cli/output.js";
import { parseRuleFlags } from "./cli/rule-flag.js";
import { parseSpeakerFlags } from "./cli/speaker-flag.js";
import { ConfigError } from "./config/errors.js";
import { ConfigLoader } from "./config/load.js";
import { summarize } from "./engine/linter.js";
import { displayPath, fatalResult, lintBytes, lintFileStream, metadataFor } from "./files.js";
import { FORMATTER_NEEDS, loadFormatter } from "./formatters/index.js";
import { isStreaming } from "./formatters/streaming.js";
import type { LintResult } from "./types.js";
import type { LoaderSettings } from "./workers/protocol.js";

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
  // Plain data, so worker threads can build the same loader.
  const loaderSettings: LoaderSettings = {
    cwd,
    overrideRules: parseRuleFlags(args.rule),
    ...(speakers ? { overrideSpeakers: speakers } : {}),
    ...(args.config !== undefined ? { configFile: args.config } : {}),
    ignorePatterns: args.ignorePattern,
    ignore: args.ignore,
    // In `grade` the teacher's config governs: none below the class folder is read.
    ...(args.grade ? { governedFolder: resolve(cwd, args.grade.folder) } : {}),
  };
  const loader = new ConfigLoader({ ...loaderSettings, builtinRules, onNote: (note) => process.stderr.write(`beleefd: let op: ${note}\n`) });
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

  const fixing = args.fix || args.fixDryRun ? { fix: true, ...(args.fixType.length ? { fixTypes: new Set(args.fixType) } : {}) } : {};
  const needs = FORMATTER_NEEDS[args.format];
  const keepSource = needs.source === true;
  let results: AsyncIterable<LintResult> | Iterable<LintResult>;
  if (args.stdin && args.stdinFormat === "jsonl") {
    const { lintStdinLines } = await import("./cli/stdin-lines.js");
    const config = await loader.forFile(resolve(cwd, "stdin"));
    results = lintStdinLines(process.stdin, config, { keepSource, ...fixing });
  } else if (args.stdin) {
    const filePath = args.stdinFilename !== undefined ? resolve(cwd, args.stdinFilename) : "<stdin>";
    const config = await loader.forFile(args.stdinFilename !== undefined ? filePath : resolve(cwd, "stdin"));
    const metadata = args.metadata !== undefined || args.stdinFilename !== undefined ? metadataFor(filePath, args.metadata, cwd) : undefined;
    const options = { ...(args.parser ? { parser: args.parser } : {}), ...(metadata && !("problem" in metadata) ? { metadata } : {}) };
    const result = metadata && "problem" in metadata ? fatalResult(filePath, metadata.problem) : await lintBytes(await readStdin(), filePath, config, { keepSource, ...options, ...fixing });
    results = [result];
  } else {
    results = lintFileStream(args.patterns, {
      cwd,
      loader,
      loaderSettings,
      keepSource,
      concurrency: args.concurrency,
      ...(args.parser ? { parser: args.parser } : {}),
      ...(args.metadata !== undefined ? { metadataFile: args.metadata } : {}),
      ...fixing,
    });
  }

  const formatter = await loadFormatter(args.format);
  // A report written to a file gets colours only when asked for with --color.
  const context = await formatterContext(needs, cwd, args.outputFile !== undefined ? args.color === true : color);
  // Only a person at a terminal gets wrapped lines; a pipe or file keeps one line per message.
  if (args.outputFile === undefined && process.stdout.isTTY && process.stdout.columns > 0) context.width = process.stdout.columns;
  const inputs: string[] = [];
  const output = args.outputFile !== undefined ? fileOutput(args.outputFile, cwd, inputs) : stdoutOutput();
  const totals = { errorCount: 0, warningCount: 0, fatalErrorCount: 0 };
  // Each result as it comes: quiet filter, what the format needs to know, counts for the exit code.
  const take = async (linted: LintResult): Promise<LintResult> => {
    const result = args.quiet ? errorsOnly(linted) : linted;
    if (context.rulesRun) await addRulesRun(context.rulesRun as Record<string, readonly string[]>, result, loader);
    if (args.outputFile !== undefined) inputs.push(result.filePath);
    totals.errorCount += result.errorCount;
    totals.warningCount += result.warningCount;
    totals.fatalErrorCount += result.fatalErrorCount;
    return result;
  };

  // --fix writes every fixed script before anything is reported, so a failed write reports nothing.
  if (isStreaming(formatter) && !args.fix) {
    const writer = formatter.stream(context);
    for await (const result of results) await output.write(writer.result(await take(result)));
    await addRulesMeta(context, needs, loader);
    await output.write(writer.end());
  } else {
    const linted: LintResult[] = [];
    for await (const result of results) linted.push(result);
    if (args.fix) {
      const { writeFixedFiles } = await import("./cli/write-fixes.js");
      writeFixedFiles(linted);
    }
    const all: LintResult[] = [];
    for (const result of linted) all.push(await take(result));
    await addRulesMeta(context, needs, loader);
    if (args.format === "grade") context.rubric = await (await import("./grade/config-rubric.js")).classRubric(all, loader);
    await output.write(formatter(all, context));
  }
  await output.close();

  if (totals.fatalErrorCount > 0) return 2;
  if (totals.errorCount > 0) return 1;
  if (args.maxWarnings >= 0 && totals.warningCount > args.maxWarnings) {
    process.stderr.write(`beleefd vond te veel waarschuwingen: ${totals.warningCount} (maximaal ${args.maxWarnings}).\n`);
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
