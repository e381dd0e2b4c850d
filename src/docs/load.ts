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

/** The doc page of a built-in rule, or undefined for plugin rules and house rules (they have none). */
export function loadRuleDoc(id: string): RuleDoc | undefined {
  if (cache.has(id)) return cache.get(id);
  const file = /^[a-z0-9-]+$/.test(id) ? join(findRulesDir(), `${id}.md`) : undefined;
  const doc = file && existsSync(file) ? parseRuleDoc(readFileSync(file, "utf8")) : undefined;
  cache.set(id, doc);
  return doc;
}
