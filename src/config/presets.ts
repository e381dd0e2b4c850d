// Built-in presets: `beleefd:recommended` (the course material's rules) and `beleefd:all`.
import type { ResolvedConfig, Rule, RuleEntry } from "../types.js";

export const PRESET_NAMES = ["beleefd:recommended", "beleefd:all"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Severity a preset gives a rule: problems are errors, suggestions warnings. */
function presetEntry(rule: Rule): RuleEntry {
  return { severity: rule.meta.type === "problem" ? 2 : 1 };
}

export function presetRules(name: PresetName, rules: Readonly<Record<string, Rule>>): Record<string, RuleEntry> {
  const result: Record<string, RuleEntry> = {};
  for (const [id, rule] of Object.entries(rules)) {
    if (name === "beleefd:all" || rule.meta.docs.recommended) result[id] = presetEntry(rule);
  }
  return result;
}

export function emptyConfig(): ResolvedConfig {
  return {
    rules: {},
    settings: {},
    phrases: {},
    speakers: {},
    pluginRules: {},
    houseRules: {},
    reportUnusedDisableDirectives: 1,
  };
}

export function presetConfig(name: PresetName, rules: Readonly<Record<string, Rule>>): ResolvedConfig {
  return { ...emptyConfig(), rules: presetRules(name, rules) };
}
