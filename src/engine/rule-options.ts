// Rule options: defaults from meta, the user's options over them, checked against meta.schema.
import { describeErrors, validatorFor } from "../shared/ajv.js";
import type { Rule } from "../types.js";

export class RuleOptionsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** Problems with the user's options for a rule, as lines with their config path; empty when fine. */
export function checkRuleOptions(ruleId: string, rule: Rule, options: unknown, base = `rules.${ruleId}.options`): string[] {
  if (options === undefined) return [];
  if (!rule.meta.schema) {
    const empty = typeof options === "object" && options !== null && Object.keys(options).length === 0;
    return empty ? [] : [`${base}: de regel "${ruleId}" heeft geen opties`];
  }
  const validate = validatorFor(rule.meta.schema);
  return validate(options) ? [] : describeErrors(validate.errors, base);
}

const merged = new WeakMap<object, Record<string, unknown>>();

/** The options a rule runs with; validated once per options object. */
export function effectiveOptions(ruleId: string, rule: Rule, options: Record<string, unknown> | undefined): Record<string, unknown> {
  const defaults = rule.meta.defaultOptions ?? {};
  if (!options) return defaults;
  let result = merged.get(options);
  if (!result) {
    const problems = checkRuleOptions(ruleId, rule, options);
    if (problems.length) throw new RuleOptionsError(problems);
    result = { ...defaults, ...options };
    merged.set(options, result);
  }
  return result;
}
