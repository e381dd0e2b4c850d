// Checks a config object: its shape (JSON Schema), rule ids, rule options and phrase patterns.
// Every problem is one line: "<file>: <key path>: <what is wrong>".
import type { ErrorObject } from "ajv";
import { defaultLanguage } from "../lang/index.js";
import { compilePattern } from "../text/pattern.js";
import { checkRuleOptions } from "./rule-options.js";
import type { UserRubric } from "./rubric.js";
import type { Rule, SeverityLike } from "../types.js";
import { CHECK_ID_PREFIX, patternsOf, type CheckDefinition } from "../checks/definition.js";
import { PATTERN_LIMITS } from "../text/pattern-limits.js";
import { describeErrors, validatorFor } from "../shared/ajv.js";
import { pointerParts } from "../shared/pointer.js";
import schema from "./config.schema.json" with { type: "json" };
import { ConfigError } from "./errors.js";
import { closest, didYouMean } from "../shared/suggest.js";
import { PRESET_NAMES } from "./presets.js";
import { checkKeysAt, describeCheckError } from "../checks/schema-errors.js";

export type UserRuleEntry =
  | SeverityLike
  | [severity: SeverityLike, options?: Record<string, unknown>]
  | { severity: SeverityLike; options?: Record<string, unknown> };

/** The options of a rule entry, in whichever form it was written. */
export function entryOptions(entry: UserRuleEntry): Record<string, unknown> | undefined {
  if (Array.isArray(entry)) return entry[1];
  return typeof entry === "object" ? entry.options : undefined;
}

/** A config as written in `.beleefdrc.json`, YAML, package.json or passed to `lint()`. */
export interface UserConfig {
  $schema?: string;
  extends?: string | string[];
  plugins?: string[];
  rules?: Record<string, UserRuleEntry>;
  settings?: { tutoyeren?: boolean; direction?: "inbound" | "outbound"; organization?: string };
  phrases?: Record<string, string[]>;
  speakers?: Record<string, string>;
  reportUnusedDisableDirectives?: SeverityLike;
  ignorePatterns?: string[];
  checks?: CheckDefinition[];
  rubric?: UserRubric;
}

/** Known keys where a typo deserves a suggestion, by JSON pointer of the object. */
function knownKeysAt(pointer: string): string[] {
  if (pointer === "") return Object.keys(schema.properties);
  if (pointer === "/settings") return Object.keys(schema.properties.settings.properties);
  if (/^\/rules\/[^/]+$/.test(pointer)) return ["severity", "options"];
  return checkKeysAt(pointer, schema.definitions);
}

function pointerToPath(pointer: string): string {
  return pointerParts(pointer).join(".");
}

function describe(errors: ErrorObject[], label: string, skip: (pointer: string) => boolean, data?: unknown): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const error of errors) {
    // `if` only says "the then/else branch failed": that branch's own errors say why.
    if (error.keyword === "if" || (error.keyword !== "false schema" && skip(error.instancePath))) continue;
    const key = `${error.instancePath} ${error.keyword === "type" ? "type" : error.schemaPath}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (error.keyword === "additionalProperties") {
      const property = String(error.params.additionalProperty);
      const where = error.instancePath ? `${pointerToPath(error.instancePath)}: ` : "";
      lines.push(`${label}: ${where}onbekende sleutel "${property}".${didYouMean(property, knownKeysAt(error.instancePath))}`);
      continue;
    }
    const special = describeCheckError(error, data, pointerToPath(error.instancePath));
    lines.push(`${label}: ${special ?? describeErrors([error], "")[0]!}`);
  }
  return lines;
}

/** Checks the shape of a config object and returns it typed; throws ConfigError listing every problem. */
export function validateShape(data: unknown, label: string): UserConfig {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError([`${label}: de configuratie moet een object met sleutels zijn (bijv. { "extends": "beleefd:recommended" })`]);
  }
  const problems: string[] = [];
  // Places whose other schema errors would only repeat a clearer problem already reported.
  const silenced = new Set<string>();
  const extendsProblems = checkExtendsNames((data as { extends?: unknown }).extends, label);
  if (extendsProblems.length) {
    silenced.add("/extends");
    problems.push(...extendsProblems);
  }
  const validate = validatorFor(schema);
  const errors = validate(data) ? [] : (validate.errors ?? []);
  if (errors.length) {
    // A key that does not belong there at all needs no remarks about its contents.
    for (const error of errors) if (error.keyword === "false schema") silenced.add(error.instancePath);
    const skip = (pointer: string) => [...silenced].some((p) => pointer === p || pointer.startsWith(`${p}/`));
    problems.push(...describe(errors, label, skip, data));
  }
  if (problems.length) throw new ConfigError(problems);
  return data as UserConfig;
}

const EXTENDS_NAME = new RegExp(schema.properties.extends.pattern);

/** `extends` names that are no preset, path or config package, each with a likely meaning. */
function checkExtendsNames(value: unknown, label: string): string[] {
  const names = typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  return names
    .filter((name) => !EXTENDS_NAME.test(name))
    .map((name) => {
      // "recommended" or "eslint:recommended": the preset's own name under another prefix.
      const bare = closest(name.replace(/^[^:]*:/, ""), PRESET_NAMES.map((preset) => preset.slice("beleefd:".length)));
      const suggestion = closest(name, PRESET_NAMES) ?? (bare ? `beleefd:${bare}` : undefined);
      return suggestion
        ? `${label}: extends: onbekende configuratie '${name}'. Bedoelde je '${suggestion}'?`
        : `${label}: extends: onbekende configuratie '${name}'. Kies beleefd:recommended, beleefd:all, een pad dat met ./ of ../ begint, ` +
            "of een pakket beleefd-config-<naam>, @scope/beleefd-config of @scope/beleefd-config-<naam>.";
    });
}

/** Rule ids the config names that do not exist, and options a rule's schema rejects. */
export function checkRules(
  rules: Readonly<Record<string, UserRuleEntry>>,
  known: Readonly<Record<string, Rule>>,
  label: string,
): string[] {
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(rules)) {
    const rule = known[id];
    if (!rule) {
      const hint = id.startsWith(CHECK_ID_PREFIX)
        ? " Huisregels komen uit \"checks\", in dit bestand of een bestand uit extends."
        : id.includes("/") ? " Regels met een \"/\" komen uit een plugin: staat die plugin in \"plugins\"?" : "";
      problems.push(`${label}: Onbekende regel '${id}' in rules.${didYouMean(id, Object.keys(known))}${hint}`);
      continue;
    }
    const options = entryOptions(entry);
    const where = Array.isArray(entry) ? `rules.${id}[1]` : `rules.${id}.options`;
    if (options !== undefined) problems.push(...checkRuleOptions(id, rule, options, where).map((line) => `${label}: ${line}`));
  }
  return problems;
}

/** Extra phrases must go into an existing list and be valid patterns. */
export function checkPhrases(phrases: Readonly<Record<string, readonly string[]>>, label: string): string[] {
  const lists = Object.keys(defaultLanguage.phrases);
  const problems: string[] = [];
  for (const [list, patterns] of Object.entries(phrases)) {
    if (!lists.includes(list)) {
      problems.push(`${label}: phrases.${list}: onbekende woordenlijst '${list}'.${didYouMean(list, lists)}`);
      continue;
    }
    patterns.forEach((pattern, i) => {
      try {
        compilePattern(pattern);
      } catch (error) {
        problems.push(`${label}: phrases.${list}.${i}: ongeldig patroon: ${(error as Error).message}`);
      }
    });
  }
  return problems;
}

/**
 * At most PATTERN_LIMITS.perConfig patterns in one config: each is compiled and tried at every
 * word where it may start, so tens of thousands would make loading and linting slow.
 */
export function checkPatternCount(config: Pick<UserConfig, "phrases" | "checks">, label: string): string[] {
  const phrases = Object.values(config.phrases ?? {}).reduce((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
  const checks = (config.checks ?? []).reduce((sum, check) => sum + patternsOf(check).length, 0);
  if (phrases + checks <= PATTERN_LIMITS.perConfig) return [];
  const where = [phrases ? `phrases: ${phrases}` : "", checks ? `checks: ${checks}` : ""].filter(Boolean).join(", ");
  return [`${label}: te veel patronen (${where}); de grens is ${PATTERN_LIMITS.perConfig} per configuratiebestand.`];
}
