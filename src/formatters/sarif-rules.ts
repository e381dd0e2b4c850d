// SARIF rule descriptors (reportingDescriptor): what a rule asks, why, and where its page is. The
// texts come from the rule's Dutch doc page when there is one, else from its meta.
import { plainText, type RuleDoc } from "../docs/rule-doc.js";
import type { RuleMeta } from "../types.js";
import type { FormatterContext } from "./types.js";
import { ruleUrl } from "./tool.js";

export type SarifLevel = "error" | "warning" | "note";

/** "customer-hangs-up-first" → "CustomerHangsUpFirst"; "acme/no-slang" → "AcmeNoSlang". */
function pascalCase(ruleId: string): string {
  return ruleId
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

/** The page without its title and summary: the sections in their order, as Markdown. */
function pageMarkdown(doc: RuleDoc): string {
  return Object.entries(doc.sections)
    .map(([heading, body]) => `## ${heading}\n\n${body}`)
    .join("\n\n");
}

function helpOf(meta: RuleMeta | undefined, doc: RuleDoc | undefined): Record<string, unknown> {
  if (doc) {
    const text = [doc.summary, plainText(doc.what), `Waarom: ${plainText(doc.why)}`].filter(Boolean).join("\n\n");
    return { fullDescription: { text: plainText(doc.what) || doc.summary }, help: { text, markdown: pageMarkdown(doc) } };
  }
  return meta ? { fullDescription: { text: meta.docs.description }, help: { text: meta.docs.description } } : {};
}

export function ruleDescriptor(ruleId: string, context: FormatterContext): Record<string, unknown> {
  const meta = context.rulesMeta[ruleId];
  const url = ruleUrl(ruleId, meta);
  return {
    id: ruleId,
    name: pascalCase(ruleId),
    ...(meta ? { shortDescription: { text: meta.docs.description } } : {}),
    ...helpOf(meta, context.ruleDoc?.(ruleId)),
    ...(url ? { helpUri: url } : {}),
    ...(meta ? { defaultConfiguration: { level: (meta.type === "problem" ? "error" : "warning") satisfies SarifLevel } } : {}),
  };
}
