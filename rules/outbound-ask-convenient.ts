// outbound-ask-convenient — when you call the customer, ask early whether the call is convenient.
import { afterSentenceEnd } from "../src/text/insertion.js";
import { defineRule } from "../src/rule.js";
import { agentTurnsToCustomer, directionOf, findRequest, sentenceActs, speechSpan, spokenCustomerAddress, tokenSpan } from "../src/model/query.js";
import type { Call, Span, Turn } from "../src/model/conversation.js";
import type { LanguagePack } from "../src/lang/types.js";
import type { PhraseBook } from "../src/text/phrases.js";
import { tokensOf } from "../src/text/tokens.js";
import { exampleIntroduction } from "../src/model/introduction.js";
import { textOf } from "../src/lang/texts.js";

interface Options {
  withinAgentTurns: number;
  maxWordsBefore: number;
}

interface Question {
  /** Position among the agent's turns to the customer (0-based). */
  agentTurn: number;
  /** Words the agent said before the question. */
  wordsBefore: number;
  turn: Turn;
  span: Span;
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Vraag bij een uitgaand gesprek meteen of het de klant gelegen komt.",
      recommended: true,
    },
    messages: {
      notAsked:
        "Je belt de klant op, maar vraagt niet of het gesprek gelegen komt. De klant zit niet op je telefoontje te wachten en is misschien net ergens mee bezig. Vraag het direct na je voorstelling, bijvoorbeeld: 'Goedemiddag {{name}}, {{introduction}}. Komt het u gelegen?'",
      insert: "Voeg toe: '{{text}}'",
      askedLate:
        "Je vraagt pas {{when}} of het gesprek gelegen komt. Stel die vraag meteen na je begroeting en voorstelling, voordat je aan je verhaal begint, bijvoorbeeld: 'Goedemiddag {{name}}, {{introduction}}. Komt het u gelegen?'",
    },
    schema: {
      type: "object",
      properties: {
        withinAgentTurns: {
          type: "integer",
          minimum: 1,
          maximum: 10,
          description: "In hoeveel beurten van de medewerker de vraag gesteld moet zijn.",
        },
        maxWordsBefore: {
          type: "integer",
          minimum: 0,
          description: "Hoeveel woorden de medewerker vóór de vraag mag zeggen (0: geen grens).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { withinAgentTurns: 3, maxWordsBefore: 40 },
    hasSuggestions: true,
  },
  create(context) {
    const { options, phrases, settings } = context;
    return {
      Call(call) {
        if (directionOf(call, settings) !== "outbound") return;
        const agentTurns = agentTurnsToCustomer(call);
        const first = agentTurns[0];
        if (!first) return;
        const name = spokenCustomerAddress(call, phrases);
        const question = findQuestion(call, agentTurns, phrases, context.language);
        if (!question) {
          const span = speechSpan(first, context.source.text);
          // Right after the agent's first words, where the introduction is.
          const text = textOf(context.language, "outbound-ask-convenient.question");
          const at = afterSentenceEnd(context.source.text, span[1]);
          const suggest = [{ messageId: "insert", data: { text }, fix: { range: [at, at] as [number, number], text: ` ${text}` } }];
          context.report({ node: first, span, messageId: "notAsked", data: { name, introduction: exampleIntroduction(call, settings, phrases) }, suggest });
          return;
        }
        const when = lateness(question, options, context.language);
        if (when) context.report({ node: question.turn, span: question.span, messageId: "askedLate", data: { name, when, introduction: exampleIntroduction(call, settings, phrases) } });
      },
    };
  },
});

/** Why the question came too late, in words for the message; undefined when it was in time. */
function lateness(question: Question, options: Options, language: LanguagePack): string | undefined {
  if (question.agentTurn >= options.withinAgentTurns) return textOf(language, "outbound-ask-convenient.lateTurn", { turn: question.agentTurn + 1 });
  if (options.maxWordsBefore > 0 && question.wordsBefore > options.maxWordsBefore) {
    return textOf(language, "outbound-ask-convenient.lateWords", { words: question.wordsBefore });
  }
  if (question.turn.phase === "aanbod") return textOf(language, "outbound-ask-convenient.lateOffer");
  if (question.turn.phase === "afsluiting") return textOf(language, "outbound-ask-convenient.lateClosing");
  return undefined;
}

/**
 * The agent's first question whether the call is convenient, before the first hold or transfer
 * (later "heeft u een momentje?" asks for a wait, not for the call).
 */
function findQuestion(call: Call, agentTurns: readonly Turn[], phrases: PhraseBook, language: LanguagePack): Question | undefined {
  const stop = call.items.findIndex((item) => item.kind === "event" && item.event !== "unhold");
  let wordsBefore = 0;
  for (const [agentTurn, turn] of agentTurns.entries()) {
    if (stop !== -1 && turn.index > stop) break;
    const { tokens } = tokensOf(turn);
    // A real question (question mark, or the question opens its sentence), not quoted.
    const match = leadsToHold(call, turn) ? undefined : findRequest(call, turn, phrases, language, "convenient") ?? convenienceSentence(call, turn, phrases);
    if (match) return { agentTurn, wordsBefore: wordsBefore + match.from, turn, span: tokenSpan(turn, tokens, match.from, match.to) };
    wordsBefore += tokens.length;
  }
  return undefined;
}

/** A sentence asked as a question that asks whether the call suits, in words the list does not have ("Komt het u op dit moment uit?"). */
function convenienceSentence(call: Call, turn: Turn, phrases: PhraseBook): { from: number; to: number } | undefined {
  return sentenceActs(call, turn, phrases).find((sentence) => sentence.acts.has("convenience") && sentence.acts.has("question"));
}

/** The turn asks for a wait: a hold or transfer follows it, or follows the customer's answer to it. */
function leadsToHold(call: Call, turn: Turn): boolean {
  return call.items.slice(turn.index + 1, turn.index + 3).some((item) => item.kind === "event" && (item.event === "hold" || item.event === "transfer"));
}

