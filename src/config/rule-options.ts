// Rule options: the user's options for a rule, checked against its meta.schema once, when the
// config is read (files, `--rule` and the API's config object all pass through config).
import { describeErrors, validatorFor } from "../shared/ajv.js";
import type { Rule } from "../types.js";

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
