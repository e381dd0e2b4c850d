// show-empathy — when the customer voices frustration, worry or bad news, the agent's next turn
// shows understanding ("Dat begrijp ik", "Wat vervelend voor u", "Gecondoleerd") before moving on.
import { defineRule } from "../src/rule.js";
import { findAct, findSpoken, hasAct, isBackchannel, speaksToCustomer, speechSpan, spokenCustomerAddress, spokenText } from "../src/model/query.js";
import type { Call, Turn } from "../src/model/conversation.js";
import type { PhraseBook } from "../src/text/phrases.js";
import { tokensOf } from "../src/text/tokens.js";
import { textOf } from "../src/lang/texts.js";

interface Options {
  turns: number;
}

/** What the customer voices, most serious first, with how the message names it and a fitting answer. */
const FEELINGS = [
  { list: "customerLoss", text: "show-empathy.loss" },
  { list: "customerBadNews", text: "show-empathy.badNews" },
  { list: "customerWorry", text: "show-empathy.worry" },
  { list: "customerFrustration", text: "show-empathy.frustration" },
] as const;

/** Told in other words than the lists have ("de kelder staat blank", "al twee dagen zonder verwarming"). */
const BY_MEANING = {
  badNews: FEELINGS[1],
  emotion: { list: "customerFrustration", text: "show-empathy.emotion" },
} as const;

const QUOTE_WORDS = 12;

function feelingIn(call: Call, turn: Turn, phrases: PhraseBook) {
  const { tokens } = tokensOf(turn);
  for (const feeling of FEELINGS) {
    const match = findSpoken(phrases, feeling.list, tokens);
    if (match) return { feeling, quote: spokenText(turn, tokens, match.from, match.to) };
  }
  for (const act of ["badNews", "emotion"] as const) {
    const sentence = findAct(call, turn, phrases, act);
    if (sentence) return { feeling: BY_MEANING[act], quote: spokenText(turn, tokens, sentence.from, Math.min(sentence.to, sentence.from + QUOTE_WORDS)) };
  }
  return undefined;
}

/** The agent's next `count` turns to the customer after item `index`, up to a hang-up. */
function nextAgentTurns(call: Call, index: number, count: number, phrases: PhraseBook): Turn[] {
  const result: Turn[] = [];
  for (let i = index + 1; i < call.items.length; i++) {
    const item = call.items[i]!;
    if (result.length >= count || (item.kind === "event" && item.event === "hangup")) break;
    // A "hm-hm" while the customer talks on is listening, not the reply.
    if (item.kind === "turn" && item.role === "agent" && speaksToCustomer(call, item) && !isBackchannel(item, phrases)) result.push(item);
  }
  return result;
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Toon begrip als de klant boos of bezorgd is of slecht nieuws vertelt, voordat je verdergaat.",
      recommended: true,
    },
    messages: {
      noEmpathy:
        "De klant {{what}} ('{{quote}}'), maar je gaat daar meteen aan voorbij. Toon eerst begrip, dan voelt de klant zich gehoord en staat hij meer open voor je oplossing. Zeg bijvoorbeeld: '{{example}}'",
    },
    schema: {
      type: "object",
      properties: {
        turns: {
          type: "integer",
          minimum: 1,
          maximum: 3,
          description: "In hoeveel beurten van de medewerker na de klant het begrip moet komen (1: meteen in de volgende beurt).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { turns: 1 },
  },
  create(context) {
    const { options, phrases } = context;
    return {
      Call(call) {
        const answered = new Set<Turn>();
        for (const item of call.items) {
          if (item.kind !== "turn" || item.role !== "customer") continue;
          const found = feelingIn(call, item, phrases);
          if (!found) continue;
          const replies = nextAgentTurns(call, item.index, options.turns, phrases);
          const first = replies[0];
          // No reply (the customer hung up), or a reply already reported for an earlier remark.
          if (!first || answered.has(first)) continue;
          answered.add(first);
          if (replies.some((turn) => hasAct(call, turn, phrases, "empathy"))) continue;
          const { language } = context;
          const example = textOf(language, `${found.feeling.text}.example`, { name: spokenCustomerAddress(call, phrases) });
          context.report({
            node: first,
            span: speechSpan(first, context.source.text),
            messageId: "noEmpathy",
            data: { what: textOf(language, found.feeling.text), quote: found.quote, example },
          });
        }
      },
    };
  },
});
