// --explain <rule-id>: a rule's doc page in the terminal, in the config's language (Dutch unless
// `settings.language` says otherwise). Built-in rules have a page in rules/; plugin and house
// rules only their meta, from the config that applies in the current folder.
import { resolve } from "node:path";
import { builtinRules } from "../../rules/index.js";
import type { ConfigLoader } from "../config/load.js";
import { didYouMean } from "../shared/suggest.js";
import { loadRuleDoc } from "../docs/load.js";
import { renderRuleDoc, renderRuleMeta } from "../docs/terminal.js";
import { ruleUrl } from "../formatters/tool.js";
import type { Rule } from "../types.js";

export class UnknownRuleError extends Error {
  override name = "UnknownRuleError";
}

export async function explainRule(ruleId: string, loader: ConfigLoader, cwd: string, width: number, color: boolean): Promise<string> {
  let rules: Readonly<Record<string, Rule>> = builtinRules;
  // The config that applies here: its plugins' rules, and its language (`settings.language`) for
  // the page. A built-in rule's page is shown even when that config cannot be read.
  const builtin = ruleId in builtinRules;
  const load = loader.forFile(resolve(cwd, "regel"));
  const config = builtin ? await load.catch(() => undefined) : await load;
  if (!builtin) rules = { ...builtinRules, ...config!.pluginRules };
  const rule = Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
  if (!rule) {
    const hint = didYouMean(ruleId, Object.keys(rules)) || ` De regels zijn: ${Object.keys(rules).sort().join(", ")}.`;
    throw new UnknownRuleError(`Onbekende regel '${ruleId}'.${hint}`);
  }
  const url = ruleUrl(ruleId, rule.meta);
  const options = { width, color, ...(url ? { url } : {}) };
  const language = typeof config?.settings.language === "string" ? config.settings.language : undefined;
  const doc = loadRuleDoc(ruleId, language);
  return doc ? renderRuleDoc(doc, options) : renderRuleMeta(ruleId, rule.meta, options);
}
