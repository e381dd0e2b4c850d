// The rubric a config asks for, resolved against the rules that config knows and turns on.
import { resolve } from "node:path";
import { builtinRules } from "../../rules/index.js";
import type { ConfigLoader } from "../config/load.js";
import { rulesFor, type LoadedConfig } from "../config/resolve.js";
import type { LintResult, RuleMeta } from "../types.js";
import { resolveRubric, type Rubric } from "./rubric.js";

export function rubricForConfig(config: LoadedConfig, label: string): Rubric {
  const known = Object.keys(rulesFor(config, builtinRules));
  const enabled = new Set(known.filter((id) => (config.rules[id]?.severity ?? 0) > 0));
  return resolveRubric(config.rubric, { known, enabled }, label);
}

/** Meta of every rule the config knows, plugin rules included: the pages describe them all. */
export function rulesMetaFor(config: LoadedConfig): Record<string, RuleMeta> {
  return Object.fromEntries(Object.entries(rulesFor(config, builtinRules)).map(([id, rule]) => [id, rule.meta]));
}

/** The rubric `--format grade` scores with: the scripts of one class share a config, the first file's decides. */
export async function classRubric(results: LintResult[], loader: ConfigLoader): Promise<Rubric> {
  const config = await loader.forFile(results[0]?.filePath ?? resolve(process.cwd(), "stdin"));
  return rubricForConfig(config, loader.display(config.files.at(-1) ?? "rubric"));
}
