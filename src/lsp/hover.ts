// Hover on a diagnostic: what the rule asks and why, in a few sentences, and a link to its page.
import type { Hover, Position, Range } from "vscode-languageserver";
import { loadRuleDoc } from "../docs/load.js";
import { plainText } from "../docs/rule-doc.js";
import type { Rule } from "../types.js";
import type { Reported } from "./code-actions.js";

function contains(range: Range, at: Position): boolean {
  const afterStart = at.line > range.start.line || (at.line === range.start.line && at.character >= range.start.character);
  const beforeEnd = at.line < range.end.line || (at.line === range.end.line && at.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The explanation of one rule: its doc page's summary, else (a plugin or house rule) its description. */
export function ruleExplanation(ruleId: string, rule: Rule | undefined, url: string | undefined): string {
  const doc = loadRuleDoc(ruleId);
  const summary = doc ? plainText(doc.summary) : (rule?.meta.docs.description ?? "");
  const why = doc?.why ? `\n\n${plainText(doc.why)}` : "";
  const link = url ? `\n\n[Meer over ${ruleId}](${url})` : "";
  return `**${ruleId}**: ${summary}${why}${link}`;
}

export function hoverAt(reported: readonly Reported[], at: Position, rules: Readonly<Record<string, Rule>>, ruleUrl: (ruleId: string) => string | undefined): Hover | null {
  const ids = new Set<string>();
  for (const { message, diagnostic } of reported) if (message.ruleId !== null && contains(diagnostic.range, at)) ids.add(message.ruleId);
  if (ids.size === 0) return null;
  const parts = [...ids].map((id) => ruleExplanation(id, rules[id], ruleUrl(id)));
  return { contents: { kind: "markdown", value: parts.join("\n\n---\n\n") } };
}
