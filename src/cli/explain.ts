// --explain <rule-id>: a rule's Dutch doc page in the terminal. Built-in rules have a page in
// rules/; plugin and house rules only their meta, from the config that applies in the current folder.
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
  // Only a rule that is not built in needs the config (and its plugins) loaded.
  if (!(ruleId in builtinRules)) rules = { ...builtinRules, ...(await loader.forFile(resolve(cwd, "regel"))).pluginRules };
  const rule = Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
  if (!rule) {
    const hint = didYouMean(ruleId, Object.keys(rules)) || ` De regels zijn: ${Object.keys(rules).sort().join(", ")}.`;
    throw new UnknownRuleError(`Onbekende regel '${ruleId}'.${hint}`);
  }
  const url = ruleUrl(ruleId, rule.meta);
  const options = { width, color, ...(url ? { url } : {}) };
  const doc = loadRuleDoc(ruleId);
  return doc ? renderRuleDoc(doc, options) : renderRuleMeta(ruleId, rule.meta, options);
}
