// Config files on disk (Node only): finds the nearest one for each linted file, reads JSON, YAML
// or package.json's "beleefd" key, and resolves `extends` and plugins relative to the file.
// Only configs in the working directory or above it (or --config) may load code: see trust.ts.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, relative, resolve, basename } from "node:path";
import { pathToFileURL } from "node:url";
import type { Rule } from "../types.js";
import { ConfigError } from "./errors.js";
import { IgnoreRules } from "./ignore.js";
import { readSharedConfig, SHARED_CONFIG_NAME } from "./shared-config.js";
import { isAtOrBelow, mayLoadCode, untrustedCodeError } from "./trust.js";
import {
  applyRuleOverrides,
  defaultConfig,
  resolveUserConfig,
  rulesFor,
  type ConfigHost,
  type LoadedConfig,
} from "./resolve.js";
import type { UserRuleEntry } from "./validate.js";
import type { Role } from "../model/conversation.js";
import { readYamlValue } from "../shared/yaml-value.js";

export const CONFIG_FILE_NAMES = [".beleefdrc.json", ".beleefdrc.yaml", ".beleefdrc.yml", ".beleefdrc", "package.json"] as const;

export interface ConfigLoaderOptions {
  cwd: string;
  /** `--config FILE`: used for every file instead of the nearest config. */
  configFile?: string;
  /** `--rule` settings, applied over whatever config a file gets. */
  overrideRules?: Record<string, UserRuleEntry>;
  /** `--speaker` labels and roles, added to whatever config a file gets. */
  overrideSpeakers?: Record<string, Role>;
  builtinRules: Readonly<Record<string, Rule>>;
  /**
   * `beleefd grade`: the class folder. Configs inside it, below the folder itself (a student's
   * folder), are never read; the folder's own config governs every file. See `skippedConfigs()`.
   */
  governedFolder?: string;
  /** `--ignore-pattern`: gitignore patterns relative to `cwd`, for every file. */
  ignorePatterns?: readonly string[];
  /** False for `--no-ignore`: no ignorePatterns, `.beleefdignore` or `--ignore-pattern`. */
  ignore?: boolean;
  /** Remarks that are no errors (a config with `rules` but no `extends`), once per config file. */
  onNote?: (note: string) => void;
}

/** Parses a config file's text; `undefined` for a package.json without a "beleefd" key. */
export async function parseConfigText(text: string, path: string, label: string): Promise<unknown> {
  const name = basename(path);
  let data: unknown;
  if (/\.ya?ml$/i.test(name) || (name === ".beleefdrc" && !text.replace(/^\uFEFF/, "").trimStart().startsWith("{"))) {
    const read = await readYamlValue(text);
    if ("error" in read) {
      const line = text.slice(0, read.offset).split("\n").length;
      throw new ConfigError([`${label}: ongeldige YAML op regel ${line}: ${read.error}`]);
    }
    // An empty file is an empty config; a file that says `null` is a mistake.
    data = read.empty ? {} : read.value;
  } else {
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new ConfigError([`${label}: ongeldige JSON: ${(error as Error).message}`]);
    }
    if (name === "package.json") data = (data as { beleefd?: unknown } | null)?.beleefd;
  }
  if (data === null) throw new ConfigError([`${label}: de configuratie is null; schrijf een object, bijvoorbeeld { "extends": "beleefd:recommended" }`]);
  return data;
}

export class ConfigLoader implements ConfigHost {
  private readonly byDirectory = new Map<string, Promise<LoadedConfig>>();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();
  /** By config file path ("" for none), with --rule and --speaker applied: shared by its directories. */
  private readonly withOverridesByFile = new Map<string, Promise<LoadedConfig>>();
  private readonly fileInDirectory = new Map<string, string | null>();
  private readonly skipped = new Set<string>();
  private readonly configFile: string | undefined;
  private readonly ignoreRules: IgnoreRules;

  constructor(private readonly options: ConfigLoaderOptions) {
    this.configFile = options.configFile !== undefined ? resolve(options.cwd, options.configFile) : undefined;
    this.ignoreRules = new IgnoreRules(
      { cwd: options.cwd, ...(options.ignorePatterns ? { patterns: options.ignorePatterns } : {}), ...(options.ignore === false ? { enabled: false } : {}) },
      (path) => this.display(path),
    );
  }

  /** True when beleefd skips this file under its config (see ignore.ts). */
  isIgnored(filePath: string, config: LoadedConfig): Promise<boolean> {
    return this.ignoreRules.isIgnored(filePath, config);
  }

  display(path: string): string {
    const rel = relative(this.options.cwd, path);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  }

  /** The config that applies to a file (cached per directory). */
  forFile(filePath: string): Promise<LoadedConfig> {
    return this.forDirectory(dirname(resolve(this.options.cwd, filePath)));
  }

  forDirectory(directory: string): Promise<LoadedConfig> {
    let config = this.byDirectory.get(directory);
    if (!config) {
      const lookFrom = this.governingDirectory(directory);
      const path = this.configFile ?? this.nearestConfigFile(lookFrom);
      // One object per config file, --rule applied once: caches keyed by it (phrase books) stay warm.
      config = this.withOverridesByFile.get(path ?? "");
      if (!config) {
        config = this.withOverrides(path ? this.loadFile(path) : Promise.resolve(defaultConfig(this.options.builtinRules)));
        this.withOverridesByFile.set(path ?? "", config);
      }
      this.byDirectory.set(directory, config);
    }
    return config;
  }

  /** Config files found inside the governed folder and not read (sorted, as found so far). */
  skippedConfigs(): string[] {
    return [...this.skipped].sort();
  }

  /** Where the config lookup starts: the governed folder for any directory inside it. */
  private governingDirectory(directory: string): string {
    const governed = this.options.governedFolder;
    if (governed === undefined || directory === governed || !isAtOrBelow(directory, governed)) return directory;
    for (let dir = directory; dir !== governed; dir = dirname(dir)) {
      const found = this.configFileIn(dir);
      if (found) this.skipped.add(found);
    }
    return governed;
  }

  /** Every rule the configs used so far may run (built-in, plugin, house rules), e.g. for rulesMeta. */
  async knownRules(): Promise<Record<string, Rule>> {
    const rules: Record<string, Rule> = { ...this.options.builtinRules };
    const configs = await Promise.allSettled(this.byDirectory.values());
    for (const config of configs) if (config.status === "fulfilled") Object.assign(rules, rulesFor(config.value, {}));
    return rules;
  }

  /** The nearest config file from `directory` up to the file system root. */
  nearestConfigFile(directory: string): string | undefined {
    for (let dir = directory; ; dir = dirname(dir)) {
      const found = this.configFileIn(dir);
      if (found) return found;
      if (dirname(dir) === dir) return undefined;
    }
  }

  private configFileIn(dir: string): string | undefined {
    let found = this.fileInDirectory.get(dir);
    if (found === undefined) {
      found = null;
      for (const name of CONFIG_FILE_NAMES) {
        const path = resolve(dir, name);
        if (!existsSync(path)) continue;
        if (name === "package.json" && !packageHasConfig(path)) continue;
        found = path;
        break;
      }
      this.fileInDirectory.set(dir, found);
    }
    return found ?? undefined;
  }

  private async withOverrides(config: Promise<LoadedConfig>): Promise<LoadedConfig> {
    const withRules = applyRuleOverrides(await config, this.options.overrideRules ?? {}, this.options.builtinRules, "--rule");
    const speakers = this.options.overrideSpeakers;
    return speakers ? { ...withRules, speakers: { ...withRules.speakers, ...speakers } } : withRules;
  }

  /** A config file resolved on its own (cached per file, shared by every directory that uses it). */
  loadFile(path: string): Promise<LoadedConfig> {
    let config = this.byFile.get(path);
    if (!config) {
      config = (async () => {
        const data = await this.readData(path, this.display(path));
        const host = mayLoadCode(path, this.options.cwd, this.configFile) ? this : this.dataOnlyHost();
        const resolved = await resolveUserConfig(data ?? {}, path, this.options.builtinRules, host);
        this.noteMissingExtends(data, path);
        return resolved;
      })();
      this.byFile.set(path, config);
    }
    return config;
  }

  private async readData(path: string, label: string): Promise<unknown> {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ConfigError([`${label}: ${code === "ENOENT" ? "configbestand niet gevonden" : `configbestand kan niet gelezen worden (${code})`}`]);
    }
    return parseConfigText(text, path, label);
  }

  /** ESLint's behaviour, but worth saying: without `extends` only the rules named run. `"extends": []` says it is meant. */
  private noteMissingExtends(data: unknown, path: string): void {
    const config = data as { rules?: unknown; extends?: unknown } | undefined;
    if (typeof config !== "object" || config === null || config.rules === undefined || config.extends !== undefined) return;
    this.options.onNote?.(
      `${this.display(path)} heeft "rules" maar geen "extends": alleen de regels die het noemt staan aan. ` +
        `Schrijf "extends": "beleefd:recommended" om de aanbevolen regels erbij te nemen, of "extends": [] als dit zo bedoeld is.`,
    );
  }

  /** The host for a config below the working directory: the same files, but no code. */
  private dataOnlyHost(): ConfigHost {
    return {
      display: (path) => this.display(path),
      readExtended: (ref, from) => this.readExtended(ref, from, false),
      loadPlugin: (name, from) => Promise.reject(untrustedCodeError(this.display(from), "plugins", name)),
    };
  }

  async readExtended(ref: string, from: string, mayRunCode = true): Promise<{ path: string; data: unknown }> {
    if (SHARED_CONFIG_NAME.test(ref)) {
      return readSharedConfig(ref, from, {
        label: this.display(from),
        readData: (path) => this.readData(path, this.display(path)),
        mayRunCode,
      });
    }
    const path = resolve(dirname(from), ref);
    if (!existsSync(path)) throw new ConfigError([`${this.display(from)}: extends: bestand '${ref}' niet gevonden`]);
    const data = await this.readData(path, this.display(path));
    if (data === undefined) throw new ConfigError([`${this.display(from)}: extends: '${ref}' heeft geen sleutel "beleefd"`]);
    return { path, data };
  }

  async loadPlugin(name: string, from: string): Promise<unknown> {
    let resolved: string;
    try {
      resolved = createRequire(from).resolve(name);
    } catch {
      throw new ConfigError([
        `${this.display(from)}: plugins: plugin '${name}' niet gevonden vanuit ${this.display(dirname(from)) || "."}. Installeer hem met 'npm install --save-dev ${name}'.`,
      ]);
    }
    try {
      return await import(pathToFileURL(resolved).href);
    } catch (error) {
      throw new ConfigError([`${this.display(from)}: plugins: plugin '${name}' kon niet geladen worden: ${(error as Error).message.split("\n")[0]}`]);
    }
  }
}

function packageHasConfig(path: string): boolean {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { beleefd?: unknown } | null)?.beleefd !== undefined;
  } catch {
    return false; // a broken package.json that is no beleefd config is not our business
  }
}
