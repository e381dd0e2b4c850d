// Files on disk (Node only): expand arguments, read and decode each file, lint it with the config
// nearest to it. Results come out in path order as soon as each file and all before it are done;
// a file's text is dropped once linted, and a result once it has been handed on.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, relative, resolve, sep } from "node:path";
import { IGNORE_FILE_NAME } from "./config/ignore.js";
import { ConfigLoader } from "./config/load.js";
import { decodeText, type DecodedText } from "./decode.js";
import { checkFile, watchedFs, type ScanNotes } from "./file-kind.js";
import { rulesFor, type LoadedConfig } from "./config/resolve.js";
import type { UserRuleEntry } from "./config/validate.js";
import { lintText, summarize } from "./engine/linter.js";
import { builtinRules } from "../rules/index.js";
import { extensionsLinted } from "./parsers/index.js";
import { isTranscriptFlavour, jsonFlavour } from "./parsers/json/flavour.js";
import type { MetadataInput } from "./parsers/metadata/read.js";
import type { LintMessage, LintResult } from "./types.js";
import { lintOnPool, workerEntry } from "./workers/pool.js";
import type { Concurrency, LintSettings, LoaderSettings } from "./workers/protocol.js";
import { threadsFor } from "./workers/threads.js";

export interface LintFilesOptions {
  /** Base for relative paths and globs; default `process.cwd()`. */
  cwd?: string;
  /** A config file used for every file instead of the nearest one. */
  configFile?: string;
  /** Rule settings applied over every file's config (what `--rule` does). */
  rules?: Record<string, UserRuleEntry>;
  /** Force a parser instead of choosing by extension. */
  parser?: string;
  /** Keep each file's text on its result (only for formatters that show it). */
  keepSource?: boolean;
  /** Files read and linted ahead of the one handed out next (in this thread). */
  filesInFlight?: number;
  /** Worker threads: "off" (default), "auto" (a pool only when the run is large enough) or a number of threads. */
  concurrency?: Concurrency;
  /** The loader's settings when `loader` is given, so worker threads can build the same one; without them workers stay off. */
  loaderSettings?: LoaderSettings;
  /** Share config lookups between calls (the CLI passes its own). */
  loader?: ConfigLoader;
  /** Gitignore patterns relative to `cwd`, skipped like ignorePatterns (what `--ignore-pattern` does). */
  ignorePatterns?: string[];
  /** False: also lint what ignorePatterns, `.beleefdignore` and the patterns above would skip (`--no-ignore`). */
  ignore?: boolean;
  /** A call-metadata file for every file linted, instead of each file's `<name>.meta.json`. */
  metadataFile?: string;
  /** Fix what can be fixed in scripts: each result then has `output` when its text changed (nothing is written here). */
  fix?: boolean;
  /** Fix only problems of rules of these types. */
  fixTypes?: ReadonlySet<"problem" | "suggestion" | "layout">;
}

// A folder of call scripts often has a README.md that explains them: documentation, not a call,
// so a folder scan passes it over (named on the command line, it is linted like any script).
const SKIPPED_DIRECTORIES = ["**/node_modules/**", "**/[Rr][Ee][Aa][Dd][Mm][Ee].md"];

export interface Target {
  path: string;
  /** Named on the command line, not found by expanding a directory or glob. */
  explicit: boolean;
}

/** Results of files that were skipped without being opened (FIFOs, devices): nothing to grade. */
const skippedResults = new WeakSet<LintResult>();

export function wasSkipped(result: LintResult): boolean {
  return skippedResults.has(result);
}

/** Marks a result that came back from a worker thread as skipped, as it was there. */
export function markSkipped(result: LintResult): void {
  skippedResults.add(result);
}

function skippedResult(filePath: string, message: string): LintResult {
  const result = summarize(filePath, [{ ruleId: null, severity: 1, message, line: 1, column: 1, span: [0, 0] }]);
  skippedResults.add(result);
  return result;
}

/** The file a path ends at, so a file reached through symbolic links is linted once. */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** A result holding one fatal problem at 1:1 (or at the given place). */
export function fatalResult(filePath: string, message: string, line = 1, column = 1): LintResult {
  const fatal: LintMessage = { ruleId: null, severity: 2, fatal: true, message, line, column, span: [0, 0] };
  return summarize(filePath, [fatal]);
}

function directoryGlob(): string {
  return `**/*.{${extensionsLinted().map((ext) => ext.slice(1)).join(",")}}`;
}

/** Files, directories (recursively, no node_modules or dot directories) and globs → file paths. */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<{ targets: Target[]; missing: LintResult[] }> {
  const targets = new Map<string, Target>();
  const missing: LintResult[] = [];
  const notes: ScanNotes = { unreadable: new Set(), special: new Set() };
  const extensions = extensionsLinted();
  const fs = watchedFs(notes, (name) => extensions.some((ext) => name.toLowerCase().endsWith(ext)));
  const add = (path: string, explicit: boolean) => {
    const real = realPath(path);
    const known = targets.get(real);
    if (!known || (explicit && !known.explicit)) targets.set(real, { path, explicit });
  };
  // Not only files: a FIFO or socket must be found to be reported (it is never opened); folders end in "/".
  const globOptions = (base: string) => ({ cwd: base, absolute: true, dot: false, ignore: SKIPPED_DIRECTORIES, fs, onlyFiles: false });
  const addFound = (file: string) => {
    if (!file.endsWith("/")) add(resolve(file), false);
  };
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const info = await stat(path).catch(() => undefined);
    if (info && !info.isDirectory()) {
      add(path, true);
      continue;
    }
    // Only directories and patterns need tinyglobby, so linting named files never loads it.
    const { glob, isDynamicPattern } = await import("tinyglobby");
    if (info) {
      for (const file of await glob(directoryGlob(), globOptions(path))) addFound(file);
      // tinyglobby never lists FIFOs, sockets or devices; they are reported (not opened) all the same.
      for (const special of notes.special) {
        const hidden = relative(path, resolve(path, special)).split(sep).some((part) => part.startsWith(".") || part === "node_modules");
        if (!hidden && !NOT_TRANSCRIPTS.test(special)) add(resolve(path, special), false);
      }
      notes.special.clear();
    } else if (isDynamicPattern(pattern)) {
      const files = (await glob(pattern, globOptions(cwd))).filter((file) => !file.endsWith("/"));
      if (files.length === 0) missing.push(fatalResult(path, `Geen bestanden gevonden voor het patroon '${pattern}'.`));
      for (const file of files) addFound(file);
    } else {
      missing.push(fatalResult(path, `Bestand of map niet gevonden: '${pattern}'.`));
    }
  }
  for (const folder of notes.unreadable) {
    missing.push(fatalResult(resolve(cwd, folder), "Map kan niet gelezen worden (geen leesrechten?); de bestanden erin zijn niet gecontroleerd."));
  }
  return { targets: [...targets.values()], missing };
}

/** Lints text already read into memory, under a file's config; never throws for the file's content. */
export function lintBytes(bytes: Uint8Array, filePath: string, config: LoadedConfig, options: LintOneOptions): Promise<LintResult> {
  return lintDecoded(decodeText(bytes), filePath, config, options);
}

type LintOneOptions = Pick<LintFilesOptions, "parser" | "keepSource" | "fix" | "fixTypes"> & { metadata?: MetadataInput };

/** Lints text already decoded (an editor's buffer), under a file's config; never throws for the file's content. */
export async function lintDecoded(decoded: DecodedText, filePath: string, config: LoadedConfig, options: LintOneOptions): Promise<LintResult> {
  if ("problem" in decoded) return fatalResult(filePath, decoded.problem, decoded.line, decoded.column);
  try {
    return await lintText(decoded.text, {
      filePath,
      config,
      rules: rulesFor(config, builtinRules),
      ...(options.parser ? { parser: options.parser } : {}),
      ...(options.keepSource ? { keepSource: true } : {}),
      ...(options.metadata ? { metadata: options.metadata } : {}),
      ...(options.fix ? { fix: true } : {}),
      ...(options.fixTypes ? { fixTypes: options.fixTypes } : {}),
    });
  } catch (error) {
    return fatalResult(filePath, `beleefd kon dit bestand niet controleren: ${(error as Error).message.split("\n")[0]}`);
  }
}

/** Lints one file found by expandPatterns; undefined when it is passed over (ignored, not a transcript). */
export async function lintTarget(target: Target, loader: ConfigLoader, options: LintFilesOptions): Promise<LintResult | undefined> {
  const config = await loader.forFile(target.path);
  if (await loader.isIgnored(target.path, config)) {
    if (!target.explicit) return undefined;
    const message: LintMessage = {
      ruleId: null,
      severity: 1,
      message: `Bestand overgeslagen: het past bij een negeerpatroon (ignorePatterns, ${IGNORE_FILE_NAME} of --ignore-pattern). Gebruik --no-ignore om het toch te controleren.`,
      line: 1,
      column: 1,
      span: [0, 0],
    };
    return summarize(target.path, [message]);
  }
  // Before opening: a FIFO would block the run forever, a huge file would fill the memory.
  const check = checkFile(target.path);
  if ("skip" in check) return skippedResult(target.path, check.skip);
  if ("problem" in check) return fatalResult(target.path, check.problem);
  let bytes: Uint8Array;
  try {
    // Synchronous on purpose: fs/promises' readFile makes four thread-pool round trips per file
    // (open, fstat, read, close), ~0.25 ms each for a small transcript; ESLint reads sync too.
    bytes = readFileSync(target.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EACCES" || code === "EPERM" ? "geen leesrechten" : code === "EISDIR" ? "het is een map" : (code ?? "onbekende fout");
    return fatalResult(target.path, `Bestand kan niet gelezen worden: ${why}.`);
  }
  const decoded = decodeText(bytes);
  if (!target.explicit && !options.parser && isOtherJson(target.path, decoded)) return undefined;
  const metadata = metadataOrSkip(target.path, options.metadataFile, options.cwd);
  if (metadata && "problem" in metadata) return fatalResult(target.path, metadata.problem);
  if (metadata && "skip" in metadata) {
    // Linted without the sidecar, and told why.
    const result = await lintDecoded(decoded, target.path, config, options);
    const warning: LintMessage = { ruleId: null, severity: 1, message: metadata.skip, line: 1, column: 1, span: [0, 0] };
    return summarize(result.filePath, [warning, ...result.messages], result.source);
  }
  return lintDecoded(decoded, target.path, config, { ...options, ...(metadata ? { metadata } : {}) });
}

// A folder holds more .json than transcripts: package.json, configs, schemas, metadata sidecars.
// Found by a folder or glob, a .json file is linted only when its shape is a transcript's;
// named on the command line, it is always linted (and an unknown shape is an error).
export const NOT_TRANSCRIPTS = /(?:^|[\\/])(?:package(?:-lock)?\.json|tsconfig\.json|[^\\/]*\.(?:meta|schema|model)\.json)$/;

function isOtherJson(path: string, decoded: DecodedText): boolean {
  if (!path.toLowerCase().endsWith(".json")) return false;
  if (NOT_TRANSCRIPTS.test(path) || "problem" in decoded) return true;
  try {
    return !isTranscriptFlavour(jsonFlavour(JSON.parse(decoded.text)));
  } catch {
    return true;
  }
}

/** The metadata for a transcript: the `--metadata` file if given, else its sidecar if there is one. */
export function metadataFor(filePath: string, metadataFile: string | undefined, cwd = process.cwd()): MetadataInput | { problem: string } | undefined {
  const metadata = metadataOrSkip(filePath, metadataFile, cwd);
  return metadata && "skip" in metadata ? undefined : metadata;
}

/** `metadataFor`, plus why a sidecar that is no regular file was left unread. */
function metadataOrSkip(filePath: string, metadataFile: string | undefined, cwd = process.cwd()): MetadataInput | { problem: string } | { skip: string } | undefined {
  if (metadataFile !== undefined) return readMetadata(resolve(cwd, metadataFile), metadataFile, true);
  const sidecar = sidecarOf(filePath);
  return readMetadata(sidecar, basename(sidecar), false);
}

/** `gesprek.vtt` → `gesprek.meta.json`. */
function sidecarOf(path: string): string {
  return path.replace(/(?:\.[^.\\/]*)?$/, ".meta.json");
}

/** The metadata file's text, nothing when an optional sidecar is absent, or a problem. */
function readMetadata(path: string, name: string, required: boolean): MetadataInput | { problem: string } | { skip: string } | undefined {
  let bytes: Uint8Array;
  try {
    // Most transcripts have no sidecar: asking first is cheaper than a thrown ENOENT per file.
    if (!required && !existsSync(path)) return undefined;
    const check = checkFile(path);
    if ("skip" in check) return required ? { problem: `Metadatabestand '${name}': ${check.skip}` } : { skip: `Metadatabestand '${name}' ${check.skip.replace(/^Overgeslagen: dit/, "overgeslagen: het")}` };
    if ("problem" in check) return { problem: `Metadatabestand '${name}': ${check.problem}` };
    bytes = readFileSync(path);
  } catch {
    return required ? { problem: `Metadatabestand niet gevonden of niet leesbaar: '${name}'.` } : undefined;
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded) return { problem: `Metadatabestand ${name}:${decoded.line}:${decoded.column}: ${decoded.problem}` };
  return { text: decoded.text, name };
}

/** Lints files, directories and globs; results sorted by path. Config errors reject with ConfigError. */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for await (const result of lintFileStream(patterns, options)) results.push(result);
  return results;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Lints files, directories and globs and yields each result in path order (the order lintFiles
 * returns) as soon as that file and all before it are done. Nothing is kept once yielded.
 */
export async function* lintFileStream(patterns: readonly string[], options: LintFilesOptions = {}): AsyncGenerator<LintResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const settings: LoaderSettings | undefined = options.loader
    ? options.loaderSettings
    : {
        cwd,
        ...(options.configFile ? { configFile: options.configFile } : {}),
        ...(options.rules ? { overrideRules: options.rules } : {}),
        ...(options.ignorePatterns ? { ignorePatterns: options.ignorePatterns } : {}),
        ...(options.ignore === false ? { ignore: false } : {}),
      };
  const loader = options.loader ?? new ConfigLoader({ ...settings!, builtinRules });
  const { targets, missing } = await expandPatterns(patterns.length ? patterns : ["."], cwd);
  targets.sort((a, b) => byPath(a.path, b.path));
  missing.sort((a, b) => byPath(a.filePath, b.filePath));
  // Files not found come first among equal paths, as a stable sort of [...missing, ...linted] put them.
  let m = 0;
  const missingUpTo = function* (path: string | undefined) {
    while (m < missing.length && (path === undefined || missing[m]!.filePath <= path)) yield missing[m++]!;
  };
  const entry = settings && options.concurrency && options.concurrency !== "off" ? workerEntry() : undefined;
  const threads = entry ? threadsFor(options.concurrency!, targets.map((target) => target.path)) : 0;
  let i = 0;
  if (threads > 0) {
    // Configs are resolved here first as well: a config error stops the run before any worker starts.
    for (const target of targets) await loader.forFile(target.path);
    const lint: LintSettings = { cwd, ...pick(options, ["parser", "keepSource", "metadataFile", "fix", "fixTypes"]) };
    const crashed = (path: string, reason: string) => fatalResult(path, `beleefd kon dit bestand niet controleren: ${reason}`);
    for await (const outcome of lintOnPool(entry!, targets, threads, { loader: settings!, lint }, crashed)) {
      yield* missingUpTo(targets[i++]!.path);
      if (outcome.result && outcome.skipped) markSkipped(outcome.result);
      if (outcome.result) yield outcome.result;
    }
  } else {
    for await (const result of lintHere(targets, loader, options)) {
      yield* missingUpTo(targets[i++]!.path);
      if (result) yield result;
    }
  }
  yield* missingUpTo(undefined);
}

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (object[key] !== undefined) picked[key] = object[key];
  return picked;
}

/** Lints in this thread, a few files ahead of the one handed out, in the order of `targets`. */
async function* lintHere(targets: readonly Target[], loader: ConfigLoader, options: LintFilesOptions): AsyncGenerator<LintResult | undefined> {
  const ahead = Math.max(1, options.filesInFlight ?? 8);
  const pending: Promise<LintResult | undefined>[] = [];
  let next = 0;
  for (let i = 0; i < targets.length; i++) {
    while (next < targets.length && next < i + ahead) {
      const linting = lintTarget(targets[next++]!, loader, options);
      // Awaited in turn below; a rejection before its turn must not count as unhandled.
      linting.catch(() => undefined);
      pending.push(linting);
    }
    yield await pending.shift()!;
  }
}

/** A path for people: relative to `cwd` when inside it. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith("..") ? rel : filePath;
}
