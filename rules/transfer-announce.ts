// transfer-announce — before a transfer: the customer's name, a request for a moment, what happens
// next, and the customer's answer.
import { defineRule } from "../src/rule.js";
import { asksForMoment, findCustomerName, findSpoken, sentenceActs, speaksToCustomer, spokenCustomerAddress, hasCustomer } from "../src/model/query.js";
import type { Call, CallEvent, Turn } from "../src/model/conversation.js";
import type { LanguagePack } from "../src/lang/types.js";
import type { PhraseBook } from "../src/text/phrases.js";
import { tokensOf } from "../src/text/tokens.js";
import { textOf } from "../src/lang/texts.js";

/**
 * The agent's announcement to the customer before the transfer at `event`, looking back past a hold
 * and a talk with a colleague (warm transfer). When the agent announced after the customer last
 * spoke, that is the announcement (and it got no answer); otherwise it is the last two turns to the
 * customer before the customer's answer, plus what the agent said after it ("Dank u, fijne dag").
 * It looks no further back than the previous transfer, or the return from a hold in which no
 * colleague was briefed. A warm transfer (announce, hold, brief the colleague, come back, transfer)
 * is one announcement: what was asked and answered before the briefing counts for the transfer.
 */
function announcementBefore(call: Call, event: CallEvent, phrases: PhraseBook, language: LanguagePack): Turn[] {
  let start = 0;
  for (let i = event.index - 1; i >= 0; i--) {
    const item = call.items[i]!;
    if (item.kind === "event" && (item.event === "transfer" || (item.event === "unhold" && !colleagueBriefed(call, i)))) {
      start = i + 1;
      break;
    }
  }
  const window = call.items.slice(start, event.index);
  const toCustomer = window.filter((item): item is Turn => item.kind === "turn" && item.role !== "customer" && speaksToCustomer(call, item));
  const answer = window.filter((item) => item.kind === "turn" && item.role === "customer").at(-1);
  if (!answer) return toCustomer.slice(-2);
  const after = toCustomer.filter((turn) => turn.index > answer.index);
  if (after.some((turn) => asksForMoment(call, turn, phrases, language) || explains(call, turn, phrases))) return after;
  return [...toCustomer.filter((turn) => turn.index < answer.index).slice(-2), ...after];
}

/** A colleague spoke during the hold that ends at `unhold`: the agent briefed them for a warm transfer. */
function colleagueBriefed(call: Call, unhold: number): boolean {
  for (let i = unhold - 1; i >= 0; i--) {
    const item = call.items[i]!;
    if (item.kind === "event" && item.event === "hold") return false;
    if (item.kind === "turn" && item.role === "colleague") return true;
  }
  return false;
}

/** The agent says where the customer goes or who takes over, not only "ik verbind u door". */
function explains(call: Call, turn: Turn, phrases: PhraseBook): boolean {
  const { tokens } = tokensOf(turn);
  if (findSpoken(phrases, "transferAnnounce", tokens) !== undefined) return true;
  return sentenceActs(call, turn, phrases).some(
    (sentence) => sentence.acts.has("transferAnnounce") && tokens.slice(sentence.from, sentence.to).some((token) => TARGET_WORDS.has(token.norm)),
  );
}

/** Words that name where a transfer goes: "met afdeling Facturatie", "naar de juridische afdeling", "mijn collega". */
const TARGET_WORDS = new Set(["met", "naar", "collega", "afdeling", "specialist", "team"]);

export default defineRule({
  meta: {
    type: "problem",
    docs: {
      description: "Kondig doorverbinden aan: noem de naam, vraag om een moment, zeg waarheen en wacht het antwoord af.",
      recommended: true,
    },
    messages: {
      noName:
        "Je verbindt door zonder de klant bij naam aan te spreken. Noem de naam in je aankondiging, bijvoorbeeld: 'Heeft u een moment, {{name}}? Dan verbind ik u door met {{target}}.'",
      noMoment:
        "Je vraagt de klant niet om een moment voordat je doorverbindt. Vraag het eerst, bijvoorbeeld: 'Heeft u een moment, {{name}}? Dan verbind ik u door met {{target}}.'",
      noExplanation:
        "Je zegt niet wat er gaat gebeuren: naar welke afdeling of collega je doorverbindt en wie de klant verder helpt. Bijvoorbeeld: 'Dan verbind ik u door met {{target}}. Zij kunnen u goed verder helpen.'",
      notWaited:
        "Je verbindt door voordat de klant op je aankondiging heeft geantwoord. Wacht het antwoord af ('Ja, prima'); anders heeft de vraag geen zin.",
    },
  },
  create(context) {
    return {
      Event(event, call) {
        if (event.event !== "transfer") return;
        // A call in which no customer speaks (the agent calling a colleague) has no one to announce to.
        if (!hasCustomer(call)) return;
        // Every message sits on the transfer: that is where the announcement (or the answer) was missing.
        const report = (messageId: string) =>
          context.report({ node: event, messageId, data: { name: spokenCustomerAddress(call, context.phrases), target: event.target ?? textOf(context.language, "transfer-announce.target") } });
        const announcement = announcementBefore(call, event, context.phrases, context.language);
        if (announcement.length === 0) {
          for (const messageId of ["noName", "noMoment", "noExplanation"]) report(messageId);
          return;
        }
        const requestTurn = announcement.find((turn) => asksForMoment(call, turn, context.phrases, context.language));
        const explanationTurn = announcement.find((turn) => explains(call, turn, context.phrases));
        if (!announcement.some((turn) => findCustomerName(call, turn, context.phrases))) report("noName");
        if (!requestTurn) report("noMoment");
        if (!explanationTurn) report("noExplanation");
        // The customer must get the chance to answer the request. Without one, noMoment already
        // says what is missing; a second message about the same silence would only repeat it.
        if (!requestTurn) return;
        const answered = call.items.slice(requestTurn.index + 1, event.index).some((item) => item.kind === "turn" && item.role === "customer");
        if (!answered) report("notWaited");
      },
    };
  },
});
