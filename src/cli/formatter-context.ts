// What a formatter is told besides the results: which rules ran on each file (junit, sarif), the
// meta of built-in, plugin and house rules, and the rules' doc pages.
import type { ConfigLoader } from "../config/load.js";
import type { LoadedConfig } from "../config/resolve.js";
import type { FormatterNeeds } from "../formatters/index.js";
import type { LintResult } from "../types.js";
import type { FormatterContext } from "../formatters/types.js";

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

/** The rules that ran on one file, added to `rulesRun` as its result arrives (formats that list them). */
export async function addRulesRun(rulesRun: Record<string, readonly string[]>, result: LintResult, loader: ConfigLoader): Promise<void> {
  rulesRun[result.filePath] = [];
  if (unreadable(result)) return;
  const config = await loader.forFile(result.filePath);
  // An ignore pattern skipped a file named on the command line: it has a warning without a rule.
  if (result.messages.some((m) => m.ruleId === null) && (await loader.isIgnored(result.filePath, config))) return;
  rulesRun[result.filePath] = enabledRules(config);
}

/**
 * Only what the chosen formatter reads: a plain stylish run loads no doc pages and asks no config
 * twice. `rulesRun` starts empty when needed; the caller adds each result's with addRulesRun, and
 * fills `rulesMeta` with addRulesMeta once every file is linted.
 */
export async function formatterContext(needs: FormatterNeeds, cwd: string, color: boolean): Promise<FormatterContext> {
  const context: FormatterContext = { cwd, color, rulesMeta: {} };
  if (needs.rulesRun) context.rulesRun = {};
  if (needs.ruleDoc) context.ruleDoc = (await import("../docs/load.js")).loadRuleDoc;
  return context;
}

/** Built-in, plugin and house rules of every config the run loaded: known only when the run is over. */
export async function addRulesMeta(context: FormatterContext, needs: FormatterNeeds, loader: ConfigLoader): Promise<void> {
  if (needs.rulesMeta) context.rulesMeta = Object.fromEntries(Object.entries(await loader.knownRules()).map(([id, rule]) => [id, rule.meta]));
}
