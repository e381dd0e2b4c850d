// House rules → ordinary rules: each check becomes a Rule with its own messages and compiled
// phrase lists, made once when its config is resolved and run by the engine like any other rule.
import { interpolate } from "../shared/interpolate.js";
import { PhraseBook, type PhraseData } from "../text/phrases.js";
import type { Rule, RuleMeta } from "../types.js";
import type { CheckDefinition } from "./definition.js";
import { listenerFor } from "./kinds.js";

/** The patterns of a check as the named lists kinds.ts searches. */
function listsOf(check: CheckDefinition): PhraseData {
  switch (check.kind) {
    case "require":
    case "forbid":
      return { phrases: check.phrases };
    case "substitute":
      return { replace: Object.keys(check.replace) };
    case "sequence":
      return Object.fromEntries(check.steps.map((step, i) => [`step${i}`, typeof step === "string" ? [step] : step]));
    case "condition":
      return { when: check.when.phrases, then: check.then.phrases };
  }
}

const quote = (pattern: string) => `"${pattern}"`;

/** One Dutch sentence for rulesMeta and --print-config when the config gives no description. */
function defaultDescription(check: CheckDefinition): string {
  switch (check.kind) {
    case "require":
      return `Huisregel: ${quote(check.phrases[0]!)} moet gezegd worden.`;
    case "forbid":
      return `Huisregel: ${check.phrases.map(quote).join(", ")} mag niet gezegd worden.`;
    case "substitute":
      return `Huisregel: zeg ${Object.entries(check.replace).map(([word, preferred]) => `${quote(preferred)} in plaats van ${quote(word)}`).join(", ")}.`;
    case "sequence":
      return `Huisregel: zeg ${check.steps.map((step) => quote(typeof step === "string" ? step : step[0]!)).join(" → ")} in deze volgorde.`;
    case "condition":
      return `Huisregel: als ${quote(check.when.phrases[0]!)} gezegd wordt, moet ook ${quote(check.then.phrases[0]!)} gezegd worden.`;
  }
}

/** The config's message with the example filled in, the sequence problem and the example added when it does not name them. */
function messageOf(check: CheckDefinition): string {
  const mentions = (name: string) => new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}`).test(check.message);
  let message = check.example === undefined ? check.message : interpolate(check.message, { example: check.example });
  if (check.kind === "sequence" && !mentions("problem")) message += " {{problem}}";
  if (check.example !== undefined && !mentions("example")) message += ` Bijvoorbeeld: '${check.example}'`;
  return message;
}

export function compileCheck(check: CheckDefinition): Rule {
  const lists = new PhraseBook<string>(listsOf(check));
  const meta: RuleMeta = {
    type: check.kind === "substitute" ? "suggestion" : "problem",
    docs: { description: check.description ?? defaultDescription(check), recommended: false },
    messages: { [check.kind]: messageOf(check) },
  };
  return { meta, create: (context) => listenerFor(context, check, lists) };
}

/** Compiles every check of one config, by id. */
export function compileChecks(checks: readonly CheckDefinition[]): Record<string, Rule> {
  return Object.fromEntries(checks.map((check) => [check.id, compileCheck(check)]));
}
