// no-interrupting — let the customer finish; only a customer who takes over the call may be interrupted, politely.
import { defineRule } from "../src/rule.js";
import { findSpoken, firstSentenceSpan, isBackchannel as isBackchannelTurn, measuredDuration, overlappedCustomerTurn, spokenCustomerAddress } from "../src/model/query.js";
import type { Call, Turn } from "../src/model/conversation.js";
import { tokensOf } from "../src/text/tokens.js";

interface Options {
  allowTakeover: boolean;
  takeoverWords: number;
  overlapSeconds: number;
  backchannelWords: number;
  backchannelSeconds: number;
}

// A polite interruption opens the turn: it is looked for in the first words only.
const OPENING_WORDS = 15;

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Laat de klant uitpraten; onderbreek alleen, en dan beleefd, als de klant het gesprek overneemt.",
      recommended: true,
    },
    messages: {
      interrupted:
        "Je valt de klant in de rede. Laat de klant uitpraten: zo voelt de klant zich gehoord en mis je niets van wat hij wil zeggen. Wacht tot de klant klaar is en reageer dan, bijvoorbeeld: 'Ik begrijp het, {{name}}. Dan ...'",
      impoliteInterruption:
        "De klant neemt het gesprek over, dus je mag onderbreken, maar doe het beleefd: verontschuldig je en noem de klant bij naam voordat je het gesprek weer leidt. Bijvoorbeeld: 'Sorry dat ik u onderbreek, {{name}}. Mag ik u eerst een paar vragen stellen?'",
    },
    schema: {
      type: "object",
      properties: {
        allowTakeover: {
          type: "boolean",
          description: "Een beleefde onderbreking is toegestaan als de klant het gesprek dreigt over te nemen.",
        },
        takeoverWords: {
          type: "integer",
          minimum: 1,
          description: "Vanaf hoeveel woorden aan één stuk de klant het gesprek overneemt.",
        },
        overlapSeconds: {
          type: "number",
          minimum: 0,
          description: "Hoeveel seconden de medewerker door de klant heen mag beginnen voordat het onderbreken is (tijdstempels zijn niet exact).",
        },
        backchannelWords: {
          type: "integer",
          minimum: 1,
          description: "Een instemmend geluid ('hm-hm', 'ja', 'precies') telt niet als onderbreken als het niet meer woorden heeft dan dit.",
        },
        backchannelSeconds: {
          type: "number",
          minimum: 0,
          description: "Een instemmend geluid door de klant heen telt niet als onderbreken als het niet langer duurt dan zoveel seconden (als de duur bekend is).",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowTakeover: true, takeoverWords: 60, overlapSeconds: 1, backchannelWords: 4, backchannelSeconds: 2 },
  },
  create(context) {
    const { options, phrases } = context;
    const isBackchannel = (turn: Turn) => isBackchannelTurn(turn, phrases, options.backchannelWords);

    return {
      Turn(turn, call) {
        if (turn.role !== "agent") return;
        const previous = call.items[turn.index - 1];
        const cutOffCustomer = turn.interrupts && previous?.kind === "turn" && previous.role === "customer" ? previous : undefined;
        // The same interruption may show both as a cut-off and as an overlap: it is reported once.
        const interrupted = cutOffCustomer ?? overlappedCustomerTurn(call, turn, options.overlapSeconds);
        if (!interrupted) return;
        if (isBackchannel(turn)) {
          const next = call.items[turn.index + 1];
          if (cutOffCustomer && next?.kind === "turn" && next.role === "customer") return;
          // Said while the customer talks on: listening, if it is short.
          const duration = measuredDuration(call, turn);
          if (!cutOffCustomer && (duration === undefined || duration <= options.backchannelSeconds)) return;
        }
        const name = spokenCustomerAddress(call, phrases);
        const span = firstSentenceSpan(turn, context.source.text);
        if (options.allowTakeover && customerWordsSinceAgent(call, interrupted) >= options.takeoverWords) {
          const { tokens } = tokensOf(turn);
          if (findSpoken(phrases, "politeInterruption", tokens, 0, Math.min(tokens.length, OPENING_WORDS))) return;
          context.report({ node: turn, span, messageId: "impoliteInterruption", data: { name } });
          return;
        }
        context.report({ node: turn, span, messageId: "interrupted", data: { name } });
      },
    };
  },
});

/** Words the customer said since the agent last spoke, up to and including `cutOff`. */
function customerWordsSinceAgent(call: Call, cutOff: Turn): number {
  let words = 0;
  for (let i = cutOff.index; i >= 0; i--) {
    const item = call.items[i]!;
    if (item.kind === "event") break;
    if (item.role === "agent") break;
    if (item.role === "customer") words += tokensOf(item).tokens.length;
  }
  return words;
}

