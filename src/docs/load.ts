// Reads a built-in rule's doc page from the package's rules/ folder (Node only).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseRuleDoc, type RuleDoc } from "./rule-doc.js";

let rulesDir: string | undefined;

/** rules/ beside package.json: found by walking up, so it works from src/ and from the bundled dist/. */
function findRulesDir(): string {
  if (rulesDir) return rulesDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "rules"))) return (rulesDir = join(dir, "rules"));
    const parent = dirname(dir);
    if (parent === dir) throw new Error("De map rules/ van beleefd is niet gevonden.");
    dir = parent;
  }
}

const cache = new Map<string, RuleDoc | undefined>();

/**
 * The doc page of a built-in rule, or undefined for plugin rules and house rules (they have none).
 * In another language than Dutch: the language pack's page (src/lang/<code>/docs/), else the Dutch one.
 */
export function loadRuleDoc(id: string, language = "nl"): RuleDoc | undefined {
  const key = `${language}:${id}`;
  if (cache.has(key)) return cache.get(key);
  const name = /^[a-z0-9-]+$/.test(id) ? `${id}.md` : undefined;
  const translated = name && language !== "nl" && /^[a-z]{2}$/.test(language) ? join(findRulesDir(), "..", "src", "lang", language, "docs", name) : undefined;
  const file = translated && existsSync(translated) ? translated : name && join(findRulesDir(), name);
  const doc = file && existsSync(file) ? parseRuleDoc(readFileSync(file, "utf8")) : undefined;
  cache.set(key, doc);
  return doc;
}
