// What a formatter is told besides the results: which rules ran on each file (junit, sarif), the
// meta of built-in, plugin and house rules, and the rules' doc pages.
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

/** A file that could not be found, read or parsed: no rule ran on it. */
function unreadable(result: LintResult): boolean {
  return result.messages.some((m) => m.fatal && m.ruleId === null);
}

export async function formatterContext(results: readonly LintResult[], loader: ConfigLoader, cwd: string, color: boolean): Promise<FormatterContext> {
  const rulesRun: Record<string, readonly string[]> = {};
  for (const result of results) {
    rulesRun[result.filePath] = [];
    if (unreadable(result)) continue;
    const config = await loader.forFile(result.filePath);
    // ignorePatterns skipped a file named on the command line: it has a warning without a rule.
    if (result.messages.some((m) => m.ruleId === null) && (await isIgnored(result.filePath, config))) continue;
    rulesRun[result.filePath] = enabledRules(config);
  }
  // Built-in, plugin and house rules of every config the run loaded.
  const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(Object.entries(await loader.knownRules()).map(([id, rule]) => [id, rule.meta]));
  return { cwd, color, rulesMeta, rulesRun, ruleDoc: loadRuleDoc };
}
