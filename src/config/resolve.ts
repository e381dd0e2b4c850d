// Turns a user config object into the ResolvedConfig the engine runs with: presets and `extends`
// first, then the config's own keys. No file system here: a host reads extended files and plugins,
// so the same code serves config files (Node) and config objects passed to `lint()` (browser).
import type { Role } from "../model/conversation.js";
import { ROLE_WORDS } from "../parsers/labels.js";
import type { UserRubric } from "./rubric.js";
import type { ResolvedConfig, Rule, RuleEntry, Severity, SeverityLike } from "../types.js";
import { checkChecks } from "../checks/validate.js";
import { compileChecks } from "../checks/compile.js";
import type { CheckDefinition } from "../checks/definition.js";
import { ConfigError } from "./errors.js";
import { PRESET_NAMES, emptyConfig, presetConfig, type PresetName } from "./presets.js";
import { checkPatternCount, checkPhrases, checkRules, validateShape, type UserConfig, type UserRuleEntry } from "./validate.js";

export interface ConfigHost {
  /** How a config path is shown in messages (relative to the working directory, say). */
  display(path: string): string;
  /** Reads the config a relative `extends` entry names, relative to the config `from`. */
  readExtended(ref: string, from: string): Promise<{ path: string; data: unknown }>;
  /** Imports a plugin module, resolved from the directory of the config `from`. */
  loadPlugin(name: string, from: string): Promise<unknown>;
}

export interface IgnorePattern {
  pattern: string;
  /** The config file that set it: patterns are relative to its directory. */
  configPath: string;
}

/** A resolved config plus what only the file layer needs. */
export interface LoadedConfig extends ResolvedConfig {
  plugins: string[];
  ignorePatterns: IgnorePattern[];
  /** Config files it was built from, the nearest last. */
  files: string[];
  /** The `checks` as written, by id: a config's own check replaces an inherited one with its id. */
  checks: Record<string, CheckDefinition>;
  /** The grading rubric as written; the nearest config's replaces inherited ones as a whole. */
  rubric?: UserRubric;
}

export function emptyLoaded(): LoadedConfig {
  return { ...emptyConfig(), plugins: [], ignorePatterns: [], files: [], checks: {} };
}

/** The config used when there is no config at all: `beleefd:recommended`. */
export function defaultConfig(builtin: Readonly<Record<string, Rule>>): LoadedConfig {
  return { ...emptyLoaded(), ...presetConfig("beleefd:recommended", builtin) };
}

const SEVERITIES: Record<string, Severity> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 };

export function toSeverity(value: SeverityLike): Severity {
  return SEVERITIES[String(value)]!;
}

export function toRuleEntry(value: UserRuleEntry): RuleEntry {
  if (typeof value !== "object") return { severity: toSeverity(value) };
  const [severity, options] = Array.isArray(value) ? value : [value.severity, value.options];
  return options === undefined ? { severity: toSeverity(severity) } : { severity: toSeverity(severity), options };
}

/** "beleefd-plugin-acme" → "acme", "@acme/beleefd-plugin" → "@acme", "@acme/beleefd-plugin-x" → "@acme/x". */
export function pluginNamespace(name: string): string {
  if (name.startsWith("@")) {
    const [scope, pkg = ""] = name.split("/");
    const rest = pkg.replace(/^beleefd-plugin-?/, "");
    return rest ? `${scope}/${rest}` : scope!;
  }
  return name.replace(/^beleefd-plugin-/, "");
}

function isRule(value: unknown): value is Rule {
  const rule = value as Rule | undefined;
  return typeof rule?.create === "function" && typeof rule.meta === "object" && typeof rule.meta?.messages === "object";
}

/** The rules a plugin module contributes, under their full ids; throws ConfigError when malformed. */
export function pluginRules(name: string, module: unknown, label: string): Record<string, Rule> {
  const candidate = module as { rules?: unknown; default?: { rules?: unknown } } | undefined;
  const rules = candidate?.rules ?? candidate?.default?.rules;
  if (typeof rules !== "object" || rules === null) {
    throw new ConfigError([`${label}: plugins: de plugin '${name}' exporteert geen { rules: { ... } }`]);
  }
  const namespace = pluginNamespace(name);
  const result: Record<string, Rule> = {};
  for (const [id, rule] of Object.entries(rules)) {
    if (!isRule(rule)) throw new ConfigError([`${label}: plugins: regel '${id}' van plugin '${name}' heeft geen meta.messages en create()`]);
    result[`${namespace}/${id}`] = rule;
  }
  return result;
}

function mergeRules(base: Record<string, RuleEntry>, own: Record<string, RuleEntry>): Record<string, RuleEntry> {
  const result = { ...base };
  for (const [id, entry] of Object.entries(own)) {
    // Only a severity keeps the inherited options, as in ESLint; new options replace them.
    const inherited = base[id]?.options;
    result[id] = entry.options === undefined && inherited !== undefined ? { ...entry, options: inherited } : entry;
  }
  return result;
}

function mergePhrases(base: Record<string, string[]>, own: Record<string, string[]>): Record<string, string[]> {
  const result = { ...base };
  for (const [list, patterns] of Object.entries(own)) result[list] = [...(result[list] ?? []), ...patterns];
  return result;
}

/** `own` over `base`. */
export function mergeConfigs(base: LoadedConfig, own: LoadedConfig): LoadedConfig {
  return {
    rules: mergeRules(base.rules, own.rules),
    settings: { ...base.settings, ...own.settings },
    phrases: mergePhrases(base.phrases, own.phrases),
    speakers: { ...base.speakers, ...own.speakers },
    pluginRules: { ...base.pluginRules, ...own.pluginRules },
    houseRules: { ...base.houseRules, ...own.houseRules },
    reportUnusedDisableDirectives: own.reportUnusedDisableDirectives,
    plugins: [...new Set([...base.plugins, ...own.plugins])],
    ignorePatterns: [...base.ignorePatterns, ...own.ignorePatterns],
    files: [...base.files, ...own.files],
    checks: { ...base.checks, ...own.checks },
    ...(own.rubric ?? base.rubric ? { rubric: own.rubric ?? base.rubric } : {}),
  };
}

function ownKeys(config: UserConfig, path: string, base: LoadedConfig): LoadedConfig {
  const speakers: Record<string, Role> = {};
  for (const [label, role] of Object.entries(config.speakers ?? {})) speakers[label] = ROLE_WORDS[role] ?? (role as Role);
  const checks = config.checks ?? [];
  // A check's own severity first; the config's `rules` may still change it.
  const checkEntries = Object.fromEntries(checks.map((check) => [check.id, { severity: toSeverity(check.severity ?? "error") }]));
  return {
    rules: { ...checkEntries, ...Object.fromEntries(Object.entries(config.rules ?? {}).map(([id, entry]) => [id, toRuleEntry(entry)])) },
    settings: { ...config.settings },
    phrases: { ...config.phrases },
    speakers,
    pluginRules: {},
    houseRules: {},
    reportUnusedDisableDirectives:
      config.reportUnusedDisableDirectives === undefined ? base.reportUnusedDisableDirectives : toSeverity(config.reportUnusedDisableDirectives),
    plugins: [],
    ignorePatterns: (config.ignorePatterns ?? []).map((pattern) => ({ pattern, configPath: path })),
    files: [path],
    checks: Object.fromEntries(checks.map((check) => [check.id, check])),
    ...(config.rubric ? { rubric: config.rubric } : {}),
  };
}

/**
 * Resolves one config (from a file at `path`, or a `lint()` object labelled by `path`).
 * `chain` holds the configs that extend this one, to catch cycles.
 */
export async function resolveUserConfig(
  data: unknown,
  path: string,
  builtin: Readonly<Record<string, Rule>>,
  host: ConfigHost,
  chain: readonly string[] = [],
): Promise<LoadedConfig> {
  const label = host.display(path);
  if (chain.includes(path)) {
    const cycle = [...chain.slice(chain.indexOf(path)), path].map((p) => host.display(p)).join(" → ");
    throw new ConfigError([`${label}: extends vormt een kring: ${cycle}`]);
  }
  const config = validateShape(data, label);

  let base = emptyLoaded();
  const extendsList = typeof config.extends === "string" ? [config.extends] : (config.extends ?? []);
  for (const ref of extendsList) {
    if ((PRESET_NAMES as readonly string[]).includes(ref)) {
      base = mergeConfigs(base, { ...emptyLoaded(), ...presetConfig(ref as PresetName, builtin) });
      continue;
    }
    const extended = await host.readExtended(ref, path);
    base = mergeConfigs(base, await resolveUserConfig(extended.data, extended.path, builtin, host, [...chain, path]));
  }

  const ownPluginRules: Record<string, Rule> = {};
  for (const name of config.plugins ?? []) {
    if (base.plugins.includes(name)) continue;
    Object.assign(ownPluginRules, pluginRules(name, await host.loadPlugin(name, path), label));
  }

  const pluginIds = new Set(Object.keys({ ...base.pluginRules, ...ownPluginRules }));
  const tooMany = checkPatternCount(config, label);
  if (tooMany.length) throw new ConfigError(tooMany);
  const checkProblems = checkChecks(config.checks ?? [], pluginIds, label);
  if (checkProblems.length) throw new ConfigError(checkProblems);
  const ownHouseRules = compileChecks(config.checks ?? []);

  const problems = [
    ...checkRules(config.rules ?? {}, { ...builtin, ...base.pluginRules, ...ownPluginRules, ...base.houseRules, ...ownHouseRules }, label),
    ...checkPhrases(config.phrases ?? {}, label),
  ];
  if (problems.length) throw new ConfigError(problems);

  const own = ownKeys(config, path, base);
  own.pluginRules = ownPluginRules;
  own.houseRules = ownHouseRules;
  own.plugins = config.plugins ?? [];
  return mergeConfigs(base, own);
}

/** Applies rule settings given outside any file (`--rule`, API overrides) on top of a config. */
export function applyRuleOverrides(
  config: LoadedConfig,
  rules: Readonly<Record<string, UserRuleEntry>>,
  builtin: Readonly<Record<string, Rule>>,
  label: string,
): LoadedConfig {
  if (Object.keys(rules).length === 0) return config;
  validateShape({ rules }, label);
  const problems = checkRules(rules, { ...builtin, ...config.pluginRules, ...config.houseRules }, label);
  if (problems.length) throw new ConfigError(problems);
  const own = { ...emptyLoaded(), rules: Object.fromEntries(Object.entries(rules).map(([id, e]) => [id, toRuleEntry(e)])) };
  return mergeConfigs(config, { ...own, reportUnusedDisableDirectives: config.reportUnusedDisableDirectives });
}

/** All rules a config may run: built-in plus its plugins' and its house rules. */
export function rulesFor(config: ResolvedConfig, builtin: Readonly<Record<string, Rule>>): Record<string, Rule> {
  const extra = Object.keys(config.pluginRules).length + Object.keys(config.houseRules).length;
  return extra ? { ...builtin, ...config.pluginRules, ...config.houseRules } : (builtin as Record<string, Rule>);
}
