// no-tutoyeren — the agent says "u" to the customer, never "je", unless the client organisation allows it.
import { defineRule } from "../src/rule.js";
import { speaksToCustomer, tokenSpan } from "../src/model/query.js";
import type { Token } from "../src/text/tokens.js";
import { tokensOf } from "../src/text/tokens.js";
import forms from "../src/text/formal-forms.nl.json" with { type: "json" };

interface Options {
  allowTutoyeren: boolean;
}

const formalWord: Readonly<Record<string, string>> = forms.word;
const formalVerb: Readonly<Record<string, string>> = forms.invertedVerb;
const subjects = new Set(forms.subject);
// Only a subject "je" inverts with its verb ("kun je" → "kunt u"); "jou" and "jouw" never do.
const INVERTING = new Set(["je", "jij", "ge", "gij"]);

/**
 * "kun je", "heb jij": the verb right before the pronoun, in the same sentence, with no subject of
 * its own before it ("ik heb je gegevens" has one: there "je" is no subject).
 */
function invertedVerb(tokens: readonly Token[], at: number): Token | undefined {
  const verb = tokens[at - 1];
  const pronoun = tokens[at]!;
  if (!verb || !INVERTING.has(pronoun.norm) || verb.sentence !== pronoun.sentence || verb.quoted) return undefined;
  if (!(verb.norm in formalVerb)) return undefined;
  const before = tokens[at - 2];
  if (before && before.sentence === verb.sentence && subjects.has(before.norm)) return undefined;
  return verb;
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Spreek de klant aan met u, niet met je of jij (tenzij de opdrachtgever tutoyeren toestaat).",
      recommended: true,
    },
    messages: {
      informal:
        "Je spreekt de klant aan met '{{informal}}'. Zeg '{{formal}}': een klant spreek je met u aan, tenzij de opdrachtgever uitdrukkelijk toestaat dat je tutoyeert.",
    },
    schema: {
      type: "object",
      properties: {
        allowTutoyeren: {
          type: "boolean",
          description: "De opdrachtgever staat toe dat medewerkers klanten met je aanspreken.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowTutoyeren: false },
  },
  create(context) {
    if (context.options.allowTutoyeren || context.settings.tutoyeren === true) return {};
    return {
      Turn(turn, call) {
        if (turn.role !== "agent" || !speaksToCustomer(call, turn)) return;
        const { tokens, sentences } = tokensOf(turn);
        // A brand is no address: "Goedemiddag, Sigrid van Jouw Energie."
        const organization = (call.meta.organization ?? String(context.settings.organization ?? "")).toLowerCase().split(/\s+/);
        const inName = (i: number) => tokens[i]!.capitalized && !sentences.some((s) => s.from === i) && organization.includes(tokens[i]!.norm);
        const matches = [
          ...context.phrases.findAll("informalPronoun", tokens),
          ...context.phrases.findAll("informalExpression", tokens),
        ].sort((a, b) => a.from - b.from);
        for (const match of matches) {
          const words = tokens.slice(match.from, match.to);
          // Quoted speech and mentions ("De klant zei: 'kun je ...'") are not the agent's own address.
          if (words.some((t) => t.quoted || t.placeholder)) continue;
          if (inName(match.from)) continue;
          const informal = words.map((t) => t.norm).join(" ");
          const verb = match.to - match.from === 1 ? invertedVerb(tokens, match.from) : undefined;
          const from = verb ? match.from - 1 : match.from;
          const formal = verb ? `${formalVerb[verb.norm]} u` : formalWord[informal] ?? "u";
          context.report({
            node: turn,
            span: tokenSpan(turn, tokens, from, match.to),
            messageId: "informal",
            data: { informal: verb ? `${verb.norm} ${informal}` : informal, formal },
          });
        }
      },
    };
  },
});
