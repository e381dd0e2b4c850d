// `--rule 'greeting: warn'`, `--rule 'greeting: ["warn", {...}]'` or `--rule 'greeting: {"severity":"warn","options":{...}}'`.
import { ConfigError } from "../config/errors.js";
import type { UserRuleEntry } from "../config/validate.js";

export function parseRuleFlags(values: readonly string[]): Record<string, UserRuleEntry> {
  const rules: Record<string, UserRuleEntry> = {};
  for (const value of values) {
    const colon = value.indexOf(":");
    const id = value.slice(0, colon).trim();
    const setting = value.slice(colon + 1).trim();
    if (colon === -1 || !id || !setting) {
      throw new ConfigError([`--rule '${value}': schrijf 'regel: ernst', bijvoorbeeld --rule 'greeting: warn'`]);
    }
    if (setting.startsWith("{") || setting.startsWith("[")) {
      try {
        rules[id] = JSON.parse(setting) as UserRuleEntry;
      } catch (error) {
        throw new ConfigError([`--rule '${value}': ongeldige JSON: ${(error as Error).message}`]);
      }
    } else {
      rules[id] = (/^\d+$/.test(setting) ? Number(setting) : setting) as UserRuleEntry;
    }
  }
  return rules;
}
