// The rubric a config asks for, resolved against the rules that config knows and turns on.
import { builtinRules } from "../../rules/index.js";
import { rulesFor, type LoadedConfig } from "../config/resolve.js";
import type { RuleMeta } from "../types.js";
import { resolveRubric, type Rubric } from "./rubric.js";

export function rubricForConfig(config: LoadedConfig, label: string): Rubric {
  const known = Object.keys(rulesFor(config, builtinRules));
  const enabled = new Set(known.filter((id) => (config.rules[id]?.severity ?? 0) > 0));
  return resolveRubric(config.rubric, { known, enabled }, label);
}

/** Meta of every rule the config knows, plugin rules included: the pages describe them all. */
export function rulesMetaFor(config: LoadedConfig): Record<string, RuleMeta> {
  return Object.fromEntries(Object.entries(rulesFor(config, builtinRules)).map(([id, rule]) => [id, rule.meta]));
}
