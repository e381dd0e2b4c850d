// What a formatter is told besides the results: which rules ran on each file (junit, sarif), the
// meta of built-in and plugin rules, and the rules' doc pages.
import { builtinRules } from "../../rules/index.js";
import type { ConfigLoader } from "../config/load.js";
import type { LoadedConfig } from "../config/resolve.js";
import { loadRuleDoc } from "../docs/load.js";
import { isIgnored } from "../files.js";
import type { FormatterContext, LintResult, RuleMeta } from "../types.js";

/** The rules a config turns on, computed once per config (many files share one). */
const enabledByConfig = new WeakMap<LoadedConfig, readonly string[]>();
function enabledRules(config: LoadedConfig): readonly string[] {
  let ids = enabledByConfig.get(config);
  if (!ids) {
    ids = Object.entries(config.rules)
      .filter(([, entry]) => entry.severity > 0)
      .map(([id]) => id);
    enabledByConfig.set(config, ids);
  }
  return ids;
}

/** No rule ran on a file that could not be read or parsed, or that ignorePatterns skipped. */
async function rulesRan(result: LintResult, config: LoadedConfig): Promise<boolean> {
  if (result.messages.some((m) => m.fatal && m.ruleId === null)) return false;
  if (!result.messages.some((m) => m.ruleId === null)) return true;
  return !(await isIgnored(result.filePath, config));
}

export async function formatterContext(results: readonly LintResult[], loader: ConfigLoader, cwd: string, color: boolean): Promise<FormatterContext> {
  const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(Object.entries(builtinRules).map(([id, rule]) => [id, rule.meta]));
  const rulesRun: Record<string, readonly string[]> = {};
  for (const result of results) {
    const config = await loader.forFile(result.filePath);
    for (const [id, rule] of Object.entries(config.pluginRules)) rulesMeta[id] ??= rule.meta;
    rulesRun[result.filePath] = (await rulesRan(result, config)) ? enabledRules(config) : [];
  }
  return { cwd, color, rulesMeta, rulesRun, ruleDoc: loadRuleDoc };
}
