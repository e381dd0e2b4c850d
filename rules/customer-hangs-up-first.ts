// customer-hangs-up-first — the agent never ends the call; the customer hangs up first.
import { defineRule } from "../src/rule.js";

export default defineRule({
  meta: {
    type: "problem",
    docs: {
      description: "Laat de klant altijd als eerste de verbinding verbreken.",
      recommended: true,
    },
    messages: {
      agentHungUp:
        "Je verbreekt zelf de verbinding. Groet de klant en wacht tot de klant ophangt: misschien wil de klant nog iets vragen. Bijvoorbeeld: 'Graag gedaan, nog een fijne dag verder!' en dan wachten.",
      colleagueHungUp:
        "Je collega verbreekt de verbinding terwijl de klant nog aan de lijn is. Ook na het doorverbinden laat je de klant als eerste ophangen.",
    },
  },
  create(context) {
    return {
      Call(call) {
        for (const item of call.items) {
          if (item.kind !== "event" || item.event !== "hangup") continue;
          // The first hang-up decides; what follows it is the other side's click.
          if (item.by === "agent") context.report({ node: item, messageId: "agentHungUp" });
          else if (item.by === "colleague") context.report({ node: item, messageId: "colleagueHungUp" });
          return;
        }
      },
    };
  },
});
