// summarize-before-offer — before offering a solution, the agent checks understanding with a summary or control question.
import { defineRule } from "../src/rule.js";
import { callTypeOf, findAct, phaseAt, phasesOf, sentenceActs, speaksToCustomer, turns } from "../src/model/query.js";
import type { Call, Span, Turn } from "../src/model/conversation.js";
import type { PhraseBook } from "../src/text/phrases.js";
import { tokensOf } from "../src/text/tokens.js";

interface Options {
  checkTransfers: boolean;
}

/**
 * Where the agent first offers something: in a script, the first words under the aanbod heading;
 * in a transcript, the first sentence that offers a solution or next step (whatever its words).
 * An offer in the opening phase answers no question yet ("We houden een kort onderzoek"): the
 * customer has not told what they need, so there is nothing to summarise before it.
 */
function firstOffer(call: Call, phrases: PhraseBook): { turn: Turn; offset: number } | undefined {
  const headings = call.meta.phaseSource === "headings";
  for (const turn of turns(call)) {
    if (!speaksToCustomer(call, turn)) continue;
    if (headings) {
      if (!phasesOf(turn).includes("aanbod")) continue;
      const offset = turn.phase === "aanbod" ? turn.textOffset : turn.phaseChanges!.find((change) => change.phase === "aanbod")!.offset;
      return { turn, offset };
    }
    const { tokens } = tokensOf(turn);
    for (const sentence of sentenceActs(call, turn, phrases)) {
      if (!sentence.acts.has("offer")) continue;
      const offset = turn.textOffset + tokens[sentence.from]!.start;
      if (phaseAt(turn, offset) !== "aanvang") return { turn, offset };
    }
  }
  return undefined;
}

/** The agent summarised or asked a control question in the turn, before source offset `until`. */
function checksUnderstanding(call: Call, turn: Turn, phrases: PhraseBook, until: number): boolean {
  const { tokens } = tokensOf(turn);
  return sentenceActs(call, turn, phrases).some((sentence) => sentence.acts.has("summary") && turn.textOffset + tokens[sentence.from]!.start < until);
}

/** The sentence of the turn that starts at or holds `offset`, as a source span; the turn itself when it has no words. */
function sentenceAt(turn: Turn, offset: number): Span {
  const { tokens, sentences } = tokensOf(turn);
  const sentence = sentences.find((s) => turn.textOffset + tokens[s.to - 1]!.end > offset) ?? sentences.at(-1);
  if (!sentence) return turn.span;
  return [turn.textOffset + tokens[sentence.from]!.start, turn.textOffset + tokens[sentence.to - 1]!.end];
}

export default defineRule<Options>({
  meta: {
    type: "suggestion",
    docs: {
      description: "Controleer of je de klant goed begrepen hebt, met een samenvatting of controlevraag, voordat je een oplossing aanbiedt.",
      recommended: true,
    },
    messages: {
      noSummary:
        "Je biedt een oplossing aan zonder eerst te controleren of je de klant goed begrepen hebt. Vat de vraag samen of stel een controlevraag (LSD: luisteren, samenvatten, doorvragen), dan weet je zeker dat je de juiste oplossing geeft en voelt de klant zich gehoord. Bijvoorbeeld: 'Dus als ik het goed begrijp, wilt u … Klopt dat?'",
    },
    schema: {
      type: "object",
      properties: {
        checkTransfers: {
          type: "boolean",
          description: "Ook samenvatten voordat je doorverbindt (dan weet ook je collega waar het om gaat).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { checkTransfers: true },
  },
  create(context) {
    const { options, phrases } = context;
    return {
      Call(call) {
        // A survey offers nothing: its questions are the point of the call.
        if (callTypeOf(call, phrases, context.language, context.settings) === "enquête") return;
        const offer = firstOffer(call, phrases);
        if (!offer) return;
        const { turn, offset } = offer;
        if (!options.checkTransfers && findAct(call, turn, phrases, "transferAnnounce")) return;
        const before = turns(call).filter((t) => t.index < turn.index && (t.role === "agent" || t.role === "colleague"));
        if (before.some((t) => checksUnderstanding(call, t, phrases, Infinity)) || checksUnderstanding(call, turn, phrases, offset)) return;
        context.report({ node: turn, span: sentenceAt(turn, offset), messageId: "noSummary" });
      },
    };
  },
});
