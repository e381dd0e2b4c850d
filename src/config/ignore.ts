// Which files beleefd skips: `ignorePatterns` from the config (at any depth below the config's
// folder), `.beleefdignore` next to the config and in the working directory, and `--ignore-pattern`
// (relative to the working directory). All in gitignore syntax; `--no-ignore` turns all of it off.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import type { Ignore } from "ignore";
import { ConfigError } from "./errors.js";
import type { LoadedConfig } from "./resolve.js";

export const IGNORE_FILE_NAME = ".beleefdignore";

export interface IgnoreOptions {
  cwd: string;
  /** `--ignore-pattern`: gitignore patterns relative to `cwd`. */
  patterns?: readonly string[];
  /** False for `--no-ignore`. */
  enabled?: boolean;
}

/** Patterns that apply below one folder. */
interface PatternGroup {
  base: string;
  patterns: string[];
}

interface Matcher {
  base: string;
  rules: Ignore;
}

/**
 * `concepten/**` in a config skips `gesprekken/concepten/x.txt` too, as users expect from a config;
 * in gitignore syntax a slash would tie it to the config's folder. A leading `/` still does.
 */
export function atAnyDepth(pattern: string): string {
  const negated = pattern.startsWith("!");
  const body = negated ? pattern.slice(1) : pattern;
  if (body.startsWith("/") || body.startsWith("**/")) return pattern;
  return `${negated ? "!" : ""}**/${body}`;
}

/** The lines of an ignore file; a missing file has none. */
function readIgnoreFile(path: string, shown: string): string[] {
  if (!existsSync(path)) return [];
  try {
    return readFileSync(path, "utf8").split(/\r?\n/);
  } catch (error) {
    throw new ConfigError([`${shown}: negeerbestand kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? "onbekende fout"})`]);
  }
}

export class IgnoreRules {
  private readonly fileLines = new Map<string, string[]>();
  private readonly matchers = new WeakMap<LoadedConfig, Promise<Matcher[]>>();

  constructor(
    private readonly options: IgnoreOptions,
    private readonly display: (path: string) => string,
  ) {}

  /** True when a file should not be linted under `config` (the config that applies to it). */
  async isIgnored(filePath: string, config: LoadedConfig): Promise<boolean> {
    if (this.options.enabled === false) return false;
    for (const { base, rules } of await this.matchersFor(config)) {
      const rel = relative(base, filePath);
      if (!rel || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
      if (rules.ignores(rel.split(sep).join("/"))) return true;
    }
    return false;
  }

  private matchersFor(config: LoadedConfig): Promise<Matcher[]> {
    let matchers = this.matchers.get(config);
    if (!matchers) {
      matchers = this.build(this.groupsFor(config));
      this.matchers.set(config, matchers);
    }
    return matchers;
  }

  private groupsFor(config: LoadedConfig): PatternGroup[] {
    const groups: PatternGroup[] = [];
    const byConfig = new Map<string, string[]>();
    for (const { configPath, pattern } of config.ignorePatterns) byConfig.set(configPath, [...(byConfig.get(configPath) ?? []), atAnyDepth(pattern)]);
    for (const [configPath, patterns] of byConfig) groups.push({ base: dirname(configPath), patterns });
    const nearest = config.files.at(-1);
    const folders = new Set([...(nearest ? [dirname(nearest)] : []), this.options.cwd]);
    for (const folder of folders) groups.push({ base: folder, patterns: this.ignoreFileLines(folder) });
    groups.push({ base: this.options.cwd, patterns: [...(this.options.patterns ?? [])] });
    return groups.filter((group) => group.patterns.some((line) => line.trim() && !line.startsWith("#")));
  }

  private ignoreFileLines(folder: string): string[] {
    let lines = this.fileLines.get(folder);
    if (!lines) {
      const path = join(folder, IGNORE_FILE_NAME);
      lines = readIgnoreFile(path, this.display(path));
      this.fileLines.set(folder, lines);
    }
    return lines;
  }

  /** The `ignore` package is loaded only when there is something to ignore. */
  private async build(groups: PatternGroup[]): Promise<Matcher[]> {
    if (groups.length === 0) return [];
    const { default: ignore } = await import("ignore");
    return groups.map(({ base, patterns }) => ({ base, rules: ignore().add(patterns) }));
  }
}
