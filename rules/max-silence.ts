// max-silence — no long, unexplained silence while the customer waits for the agent.
import { defineRule } from "../src/rule.js";
import {
  capitalize,
  customerOnLine,
  findSpoken,
  maxSecondsOption,
  measuredEnd,
  secondsText,
  speaksToCustomer,
  speechSpan,
  spokenCustomerAddress,
} from "../src/model/query.js";
import type { Call, Turn } from "../src/model/conversation.js";
import { tokensOf } from "../src/text/tokens.js";

interface Options {
  maxSeconds: number;
}

// How far back to look for a turn that is still going (someone talking through the other).
const OVERLAP_LOOKBACK = 10;

/**
 * When the last speech before `previous`'s successor ended: `previous`'s measured end, or later when
 * an earlier turn was still going ("Hm-hm" said while the customer talked on). Undefined when
 * `previous` has no measured end.
 */
function lastSpeechEnd(call: Call, previous: Turn): number | undefined {
  let end = measuredEnd(call, previous);
  if (end === undefined) return undefined;
  for (let i = previous.index - 1; i >= Math.max(0, previous.index - OVERLAP_LOOKBACK); i--) {
    const item = call.items[i]!;
    if (item.kind === "event") break;
    end = Math.max(end, measuredEnd(call, item) ?? 0);
  }
  return end;
}

// Phrases with which the agent tells the customer that it will be quiet for a while.
const EXPLANATIONS = ["silenceExplanation", "holdCheckIn"] as const;

export default defineRule<Options>({
  meta: {
    type: "suggestion",
    docs: {
      description: "Laat de klant niet lang in stilte wachten zonder te zeggen wat je doet.",
      recommended: true,
    },
    messages: {
      unexplained:
        "Voor deze beurt bleef het {{silence}} stil terwijl de klant op je wachtte. Een stille lijn voelt voor de klant als 'vergeten' of 'verbinding weg'. Zeg wat je gaat doen voordat het stil wordt, bijvoorbeeld: '{{name}}, ik kijk het even voor u na, een ogenblikje.'",
    },
    ...maxSecondsOption("Hoeveel seconden stilte ten hoogste mag vallen zonder uitleg.", 15),
  },
  create(context) {
    const { options, phrases } = context;

    /** The agent's last turn before `index` (after the last event) says why it will be quiet. */
    function explainedBefore(call: Call, index: number): boolean {
      for (let i = index - 1; i >= 0; i--) {
        const item = call.items[i]!;
        if (item.kind === "event") return false;
        if (item.role !== "agent") continue;
        const { tokens } = tokensOf(item);
        return EXPLANATIONS.some((list) => findSpoken(phrases, list, tokens) !== undefined);
      }
      return false;
    }

    return {
      Turn(turn: Turn, call: Call) {
        // Silence before the customer speaks is the customer's own; the agent is waited for.
        if (turn.role !== "agent" || !turn.time || !speaksToCustomer(call, turn)) return;
        const previous = call.items[turn.index - 1];
        if (previous?.kind !== "turn") return;
        if (!(previous.role === "customer" ? customerOnLine(call)[previous.index] : speaksToCustomer(call, previous))) return;
        const end = lastSpeechEnd(call, previous);
        if (end === undefined) return;
        const silence = turn.time.start - end;
        if (silence <= options.maxSeconds || explainedBefore(call, turn.index)) return;
        context.report({
          node: turn,
          span: speechSpan(turn, context.source.text),
          messageId: "unexplained",
          data: { silence: secondsText(silence, context.language), name: capitalize(spokenCustomerAddress(call, phrases)) },
        });
      },
    };
  },
});
