// Config files on disk (Node only): finds the nearest one for each linted file, reads JSON, YAML
// or package.json's "beleefd" key, and resolves `extends` and plugins relative to the file.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, relative, resolve, basename } from "node:path";
import { pathToFileURL } from "node:url";
import type { Rule } from "../types.js";
import { ConfigError } from "./errors.js";
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
import { readYamlValue } from "../parsers/yaml-value.js";

export const CONFIG_FILE_NAMES = [".beleefdrc.json", ".beleefdrc.yaml", ".beleefdrc.yml", "package.json"] as const;

export interface ConfigLoaderOptions {
  cwd: string;
  /** `--config FILE`: used for every file instead of the nearest config. */
  configFile?: string;
  /** `--rule` settings, applied over whatever config a file gets. */
  overrideRules?: Record<string, UserRuleEntry>;
  /** `--speaker` labels and roles, added to whatever config a file gets. */
  overrideSpeakers?: Record<string, Role>;
  builtinRules: Readonly<Record<string, Rule>>;
}

/** Parses a config file's text; `undefined` for a package.json without a "beleefd" key. */
export async function parseConfigText(text: string, path: string, label: string): Promise<unknown> {
  const name = basename(path);
  let data: unknown;
  if (/\.ya?ml$/i.test(name)) {
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

  constructor(private readonly options: ConfigLoaderOptions) {}

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
      const path = this.options.configFile ? resolve(this.options.cwd, this.options.configFile) : this.nearestConfigFile(directory);
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
        return resolveUserConfig(data ?? {}, path, this.options.builtinRules, this);
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

  async readExtended(ref: string, from: string): Promise<{ path: string; data: unknown }> {
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
