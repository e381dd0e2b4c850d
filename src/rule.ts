// Typed helper for writing rules: `export default defineRule({ meta, create })`.
import type { Rule } from "./types.js";

export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
