// hold-ask-permission — ask the customer before a hold, and wait for the answer.
import { defineRule } from "../src/rule.js";
import { afterSentenceEnd } from "../src/text/insertion.js";
import { asksForMoment, customerOnLine, speaksToCustomer, spokenCustomerAddress, hasCustomer, speechSpan } from "../src/model/query.js";
import type { Call, CallEvent, Turn } from "../src/model/conversation.js";
import type { LanguagePack } from "../src/lang/types.js";
import type { PhraseBook } from "../src/text/phrases.js";
import { tokensOf } from "../src/text/tokens.js";
import { textOf } from "../src/lang/texts.js";

// A follow-up this short ("Dank u, ik zet u even in de wacht.") still belongs to the request before it.
const SHORT_FOLLOW_UP = 12;

/** Items since the last event before `index`: a hold looks back no further than the previous hold or transfer. */
function windowStart(call: Call, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (call.items[i]!.kind === "event") return i + 1;
  return 0;
}

/**
 * The agent's turn with the request for a moment: the last turn to the customer, or the turn before
 * it when only the customer's answer lies between and the last turn is a short follow-up.
 */
function findRequestTurn(call: Call, event: CallEvent, phrases: PhraseBook, language: LanguagePack): Turn | undefined {
  const window = call.items.slice(windowStart(call, event.index), event.index);
  const speakers = window.filter((item): item is Turn => item.kind === "turn" && item.role !== "customer" && speaksToCustomer(call, item));
  const last = speakers.at(-1);
  if (!last) return undefined;
  if (asksForMoment(call, last, phrases, language)) return last;
  const previous = speakers.at(-2);
  if (!previous || !asksForMoment(call, previous, phrases, language)) return undefined;
  const between = call.items.slice(previous.index + 1, last.index);
  const onlyCustomer = between.every((item) => item.kind === "turn" && item.role === "customer");
  if (!onlyCustomer) return undefined;
  // Two agent turns in a row: still one request, unanswered. After an answer, only a short follow-up.
  return between.length === 0 || tokensOf(last).tokens.length <= SHORT_FOLLOW_UP ? previous : undefined;
}

/** The customer says no: a refusal that comes before (or instead of) any "ja", "prima", "nee hoor". */
function refuses(turn: Turn, phrases: PhraseBook): boolean {
  const { tokens } = tokensOf(turn);
  const no = phrases.find("refusal", tokens);
  if (!no) return false;
  const yes = phrases.find("consent", tokens);
  return !yes || no.from < yes.from || (no.from === yes.from && no.to > yes.to);
}

export default defineRule({
  meta: {
    type: "problem",
    docs: {
      description: "Vraag de klant om toestemming voor je hem of haar in de wacht zet, en wacht het antwoord af.",
      recommended: true,
    },
    messages: {
      notAsked:
        "Je zet de klant in de wacht zonder het eerst te vragen. Vraag toestemming en wacht op het antwoord, bijvoorbeeld: 'Heeft u een moment, {{name}}? Dan vraag ik het even voor u na.'",
      notWaited:
        "Je vraagt of de klant even kan wachten, maar zet de klant in de wacht voordat die antwoord geeft. Wacht op het antwoord ('Ja hoor') en druk dan pas op de wachtknop; anders heeft de vraag geen zin.",
      holdDespiteRefusal:
        "De klant geeft aan dat wachten niet uitkomt, maar je zet de klant toch in de wacht. Bied iets anders aan, bijvoorbeeld: 'Dan bel ik u vanmiddag terug, {{name}}. Op welk nummer kan ik u bereiken?'",
      insert: "Voeg toe: '{{text}}'",
    },
    hasSuggestions: true,
  },
  create(context) {
    return {
      Event(event, call) {
        if (event.event !== "hold") return;
        if (!hasCustomer(call)) return; // no customer in this call to ask
        // Already off the line (a second hold during a talk with a colleague): nothing to ask.
        if (event.index > 0 && !customerOnLine(call)[event.index - 1]) return;
        // The name is only looked up for a message: most holds are fine.
        const data = () => ({ name: spokenCustomerAddress(call, context.phrases) });
        const request = findRequestTurn(call, event, context.phrases, context.language);
        // Every message sits on the hold itself: where the button was pressed too soon.
        if (!request) {
          context.report({ node: event, messageId: "notAsked", data: data(), suggest: holdRequest(call, event, textOf(context.language, "hold-ask-permission.request", data()), context.source.text) });
          return;
        }
        const answer = call.items
          .slice(request.index + 1, event.index)
          .filter((item): item is Turn => item.kind === "turn" && item.role === "customer")
          .at(-1);
        if (!answer) context.report({ node: event, messageId: "notWaited", data: data() });
        else if (refuses(answer, context.phrases)) context.report({ node: event, messageId: "holdDespiteRefusal", data: data() });
      },
    };
  },
});

/** The request, offered at the end of the agent's last words before the hold; none when the agent said nothing before it. */
function holdRequest(call: Call, event: CallEvent, request: string, text: string) {
  const before = call.items.slice(0, event.index).filter((item): item is Turn => item.kind === "turn" && item.role === "agent").at(-1);
  if (!before) return [];
  const at = afterSentenceEnd(text, speechSpan(before, text)[1]);
  return [{ messageId: "insert", data: { text: request }, fix: { range: [at, at] as [number, number], text: ` ${request}` } }];
}
