// no-informal-phrases — no informal or unprofessional words to the customer ("een moment hoor",
// "doei", "geen idee", "effe"): the list is data (informalPhrase), the advice too (advice.nl.json).
import { defineRule } from "../src/rule.js";
import { speaksToCustomer, spokenCustomerAddress, spokenText, tokenSpan } from "../src/model/query.js";
import type { WordSets } from "../src/lang/types.js";
import type { PhraseMatch } from "../src/text/phrases.js";
import { adviceFor } from "../src/text/advice.js";
import { tokensOf, type Token } from "../src/text/tokens.js";
import { textOf } from "../src/lang/texts.js";

interface Options {
  allow: string[];
}

/** Token `at` ends its clause: nothing after it, a new sentence, or a comma or dash in between. */
function endsClause(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || next.sentence !== tokens[at]!.sentence) return true;
  return /[,;:–—-]/.test(text.slice(tokens[at]!.end, next.start));
}

/** Some words are informal only where they close a clause: "Een moment hoor!", "Het Westen hier." */
function isInformal(words: WordSets, text: string, tokens: readonly Token[], match: PhraseMatch): boolean {
  const said = tokens.slice(match.from, match.to);
  if (said.some((t) => t.quoted || t.placeholder)) return false;
  if (said.some((t) => t.sentence !== said[0]!.sentence)) return false;
  const last = match.to - 1;
  if (!words.clauseFinal.has(tokens[last]!.norm)) return true;
  // "wat ik hoor," is a verb with its subject.
  if (match.to - match.from === 1 && words.subjectPronouns.has(tokens[last - 1]?.norm ?? "")) return false;
  return endsClause(text, tokens, last);
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Gebruik tegen de klant geen informele of onprofessionele woorden, zoals 'een moment hoor', 'doei' of 'geen idee'.",
      recommended: true,
    },
    messages: {
      informal:
        "Je zegt '{{phrase}}' tegen de klant. Dat klinkt informeel en niet professioneel; met verzorgde woorden laat je zien dat je de klant serieus neemt. {{advice}}",
    },
    schema: {
      type: "object",
      properties: {
        allow: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: true,
          description: "Woorden of zinnen die de opdrachtgever wél goedvindt (bijv. \"doei\" bij een jongerenmerk): zoals ze gezegd worden, of het patroon uit de lijst informalPhrase.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: [] },
  },
  create(context) {
    const allowed = new Set(context.options.allow.map((word) => word.toLowerCase()));
    return {
      Turn(turn, call) {
        if (turn.role !== "agent" || !speaksToCustomer(call, turn)) return;
        const { tokens } = tokensOf(turn);
        for (const match of context.phrases.findAll("informalPhrase", tokens)) {
          if (!isInformal(context.language.words, turn.text, tokens, match)) continue;
          const phrase = spokenText(turn, tokens, match.from, match.to);
          if (allowed.has(phrase.toLowerCase()) || allowed.has(match.pattern)) continue;
          const customer = spokenCustomerAddress(call, context.phrases);
          const advice =
            adviceFor(context.language.advice, "informalPhrase", match.pattern, customer) ?? textOf(context.language, "no-informal-phrases.advice", { name: customer });
          context.report({ node: turn, span: tokenSpan(turn, tokens, match.from, match.to), messageId: "informal", data: { phrase, advice } });
        }
      },
    };
  },
});
