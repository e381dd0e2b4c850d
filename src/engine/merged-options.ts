// The options a rule runs with: the user's over `meta.defaultOptions`. Config checked them against
// the rule's schema when it was read (config/rule-options.ts); the engine does not check again.
import type { Rule } from "../types.js";

const merged = new WeakMap<object, Record<string, unknown>>();

/** Merged once per options object, so every file of a run shares one options object per rule. */
export function mergedOptions(rule: Rule, options: Record<string, unknown> | undefined): Record<string, unknown> {
  const defaults = rule.meta.defaultOptions ?? {};
  if (!options) return defaults;
  let result = merged.get(options);
  if (!result) {
    result = { ...defaults, ...options };
    merged.set(options, result);
  }
  return result;
}
