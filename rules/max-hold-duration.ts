// max-hold-duration — come back to a customer on hold within a minute, and say that it takes longer.
import { defineRule } from "../src/rule.js";
import { capitalize, findSpoken, holdPeriods, maxSecondsOption, secondsText, spokenCustomerAddress } from "../src/model/query.js";
import type { Turn } from "../src/model/conversation.js";
import { tokensOf } from "../src/text/tokens.js";

interface Options {
  maxSeconds: number;
}

export default defineRule<Options>({
  meta: {
    type: "suggestion",
    docs: {
      description: "Laat de klant niet langer dan een minuut in de wacht zonder tussendoor terug te komen.",
      recommended: true,
    },
    messages: {
      tooLong:
        "De klant stond {{waited}} in de wacht; kom na uiterlijk {{max}} seconden even terug. Wie lang niets hoort, denkt dat hij vergeten is of dat de verbinding weg is. Zeg bijvoorbeeld: '{{name}}, bedankt voor uw geduld. Het duurt iets langer dan ik dacht. Blijft u nog even aan de lijn?'",
    },
    ...maxSecondsOption("Hoeveel seconden de klant ten hoogste in de wacht staat voor je terugkomt.", 60),
  },
  create(context) {
    const { options, phrases } = context;
    const isCheckIn = (turn: Turn) => findSpoken(phrases, "holdCheckIn", tokensOf(turn).tokens) !== undefined;
    return {
      Call(call) {
        for (const period of holdPeriods(call, isCheckIn)) {
          if (period.seconds === undefined || period.seconds <= options.maxSeconds) continue;
          context.report({
            node: period.hold,
            messageId: "tooLong",
            data: { waited: secondsText(period.seconds, context.language), max: options.maxSeconds, name: capitalize(spokenCustomerAddress(call, phrases)) },
          });
        }
      },
    };
  },
});
