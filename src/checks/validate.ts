// What the JSON Schema cannot see in `checks`: duplicate ids, ids another rule has, patterns that
// do not compile, placeholders a kind does not fill, firstTurns together with lastTurns.
import { didYouMean } from "../shared/suggest.js";
import { compilePattern } from "../text/pattern.js";
import { PLACEHOLDERS, patternsOf, type CheckDefinition } from "./definition.js";

const PLACEHOLDER = /\{\{\s*([\w-]+)\s*\}\}/g;

/** Problems as "<label>: checks.<i>.<key>: ..." lines; `taken` are the ids of the other rules. */
export function checkChecks(checks: readonly CheckDefinition[], taken: ReadonlySet<string>, label: string): string[] {
  const problems: string[] = [];
  const firstIndex = new Map<string, number>();
  checks.forEach((check, i) => {
    const at = `${label}: checks.${i}`;
    const earlier = firstIndex.get(check.id);
    if (earlier !== undefined) problems.push(`${at}.id: de id "${check.id}" staat al bij checks.${earlier}; geef elke huisregel een eigen id.`);
    else firstIndex.set(check.id, i);
    if (taken.has(check.id)) problems.push(`${at}.id: "${check.id}" is al de naam van een regel uit een plugin; kies een andere id.`);
    if (check.scope?.firstTurns !== undefined && check.scope.lastTurns !== undefined) {
      problems.push(`${at}.scope: geef firstTurns of lastTurns, niet allebei.`);
    }
    if (check.kind === "condition" && check.scope?.speaker !== undefined) {
      problems.push(`${at}.scope.speaker: bij "kind": "condition" staat de spreker in when.speaker en then.speaker.`);
    }
    if (check.example === undefined && /\{\{\s*example\s*\}\}/.test(check.message)) {
      problems.push(`${at}.message: {{example}} staat in de melding, maar de check heeft geen "example".`);
    }
    const allowed = PLACEHOLDERS[check.kind];
    for (const [, name] of check.message.matchAll(PLACEHOLDER)) {
      if (allowed.includes(name!)) continue;
      const list = allowed.map((p) => `{{${p}}}`).join(", ");
      problems.push(`${at}.message: onbekende plaatshouder {{${name}}} bij "kind": "${check.kind}"; mogelijk zijn ${list}.${didYouMean(name!, allowed)}`);
    }
    for (const { path, pattern } of patternsOf(check)) {
      try {
        compilePattern(pattern);
      } catch (error) {
        problems.push(`${at}.${path}: ongeldig patroon: ${(error as Error).message}`);
      }
    }
  });
  return problems;
}
