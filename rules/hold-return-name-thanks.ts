// hold-return-name-thanks — back from a hold, the agent first says the customer's name, then thanks for waiting.
import { defineRule } from "../src/rule.js";
import {
  capitalize,
  customerOnLine,
  findCustomerName,
  findSpoken,
  firstSentenceSpan,
  implicitHoldReturns,
  speaksToCustomer,
  spokenCustomerAddress,
  tokenSpan,
} from "../src/model/query.js";
import type { Call, Turn } from "../src/model/conversation.js";
import { tokensOf } from "../src/text/tokens.js";
import { textOf } from "../src/lang/texts.js";

interface Options {
  nameWithinWords: number;
}

/**
 * The agent's first turn to the customer after the hold at `index`: after `[uit de wacht]`, or after
 * the customer spoke, the first turn said to the customer (a customer's "Hallo?" does not excuse the
 * agent); without either, the agent's first turn that is not part of a talk with a colleague.
 * Undefined when the hold ends in a transfer or a hang-up.
 */
function returnTurn(call: Call, index: number): Turn | undefined {
  let back = false;
  for (let i = index + 1; i < call.items.length; i++) {
    const item = call.items[i]!;
    if (item.kind === "event") {
      if (item.event === "unhold") back = true;
      else if (item.event !== "hold" || back) return undefined;
      continue;
    }
    if (item.role === "customer") back = true;
    else if (item.role === "agent" || item.role === "colleague") {
      if (back ? speaksToCustomer(call, item) : implicitHoldReturns(call).has(item)) return item;
    }
  }
  return undefined;
}

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Noem na de wacht eerst de naam van de klant en bedank dan voor het wachten.",
      recommended: true,
    },
    messages: {
      noName:
        "Je haalt de klant uit de wacht zonder eerst de naam te noemen. Met de naam haal je de klant weer bij het gesprek. Begin bijvoorbeeld met: '{{name}}, bedankt voor het wachten.'",
      noThanks:
        "Je bedankt de klant niet voor het wachten. Zeg na de naam bijvoorbeeld: '{{name}}, bedankt voor het wachten. Ik heb het nagevraagd en ...'",
      thanksBeforeName:
        "Je bedankt voor het wachten voordat je de naam noemt. Noem eerst de naam, zodat de klant weer bij de les is, en bedank dan: '{{name}}, bedankt voor het wachten.'",
      insert: "Begin met: '{{text}}'",
    },
    hasSuggestions: true,
    schema: {
      type: "object",
      properties: {
        nameWithinWords: {
          type: "integer",
          minimum: 1,
          description: "Binnen hoeveel woorden na het terugkomen de naam moet beginnen.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { nameWithinWords: 4 },
  },
  create(context) {
    const within = context.options.nameWithinWords;
    return {
      Event(event, call) {
        if (event.event !== "hold") return;
        if (event.index > 0 && !customerOnLine(call)[event.index - 1]) return; // a hold within a hold
        const turn = returnTurn(call, event.index);
        if (!turn) return;
        const { tokens } = tokensOf(turn);
        const data = () => ({ name: capitalize(spokenCustomerAddress(call, context.phrases)) });
        const name = findCustomerName(call, turn, context.phrases);
        const thanks = findSpoken(context.phrases, "thanksWaiting", tokens);
        if (thanks && name && thanks.from < name.from) {
          context.report({ node: turn, span: tokenSpan(turn, tokens, thanks.from, thanks.to), messageId: "thanksBeforeName", data: data() });
          return;
        }
        // The opening sentence (on the turn's first line) is where the name belongs.
        const opening = firstSentenceSpan(turn, context.source.text);
        const early = name !== undefined && name.from < within;
        // Name then thanks, put before the turn's first words (what the turn already has is not repeated).
        const start = (text: string) => [{ messageId: "insert", data: { text }, fix: { range: [opening[0], opening[0]] as [number, number], text: `${text} ` } }];
        const greeting = `${data().name}, ${thanks ? "" : `${textOf(context.language, "hold-return-name-thanks.thanks")} `}`.trimEnd();
        if (!early) context.report({ node: turn, span: opening, messageId: "noName", data: data(), suggest: thanks ? [] : start(greeting) });
        if (!thanks) {
          const span = early ? tokenSpan(turn, tokens, name.from, name.to) : opening;
          context.report({ node: turn, span, messageId: "noThanks", data: data() });
        }
      },
    };
  },
});
