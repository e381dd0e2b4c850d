// warm-transfer — when the agent talks to the colleague before transferring, the colleague hears
// the customer's name and what the question is about, so the customer need not start over.
import { defineRule } from "../src/rule.js";
import { findCustomerName, findSpoken, speaksToCustomer, speechSpan, spokenCustomerAddress } from "../src/model/query.js";
import type { Call, CallEvent, Turn } from "../src/model/conversation.js";
import type { PhraseBook } from "../src/text/phrases.js";
import { tokensOf } from "../src/text/tokens.js";

// A summary without a telltale phrase ("Inbraak vannacht, achterdeur vernield") still carries this
// many words besides greetings, names and the usual "ik heb ... voor je aan de lijn".
const SUMMARY_WORDS = 3;

/**
 * The agent's turns to the colleague before the transfer: since the customer last spoke (or the
 * previous transfer), the turns not said to the customer. Empty for a blind transfer.
 */
function briefing(call: Call, event: CallEvent): Turn[] {
  const result: Turn[] = [];
  // A warm transfer: everything since the hold in which the colleague was briefed, even when the
  // agent came back on the line and the customer answered ("Mijn collega neemt het over." "Ja,
  // dank u."). Otherwise: back to the customer's last words.
  const hold = lastHoldBefore(call, event.index);
  for (let i = event.index - 1; i > hold; i--) {
    const item = call.items[i]!;
    if (item.kind === "event" && item.event === "transfer") break;
    if (hold === -1 && item.kind === "turn" && item.role === "customer") break;
    if (item.kind === "turn" && item.role === "agent" && !speaksToCustomer(call, item)) result.unshift(item);
  }
  return result;
}

/** Index of the last hold since the previous transfer, when a colleague spoke during it; else -1. */
function lastHoldBefore(call: Call, index: number): number {
  let colleague = false;
  for (let i = index - 1; i >= 0; i--) {
    const item = call.items[i]!;
    if (item.kind === "turn" && item.role === "colleague") colleague = true;
    if (item.kind !== "event") continue;
    if (item.event === "transfer") return -1;
    if (item.event === "hold") return colleague ? i : -1;
  }
  return -1;
}

/** The turn tells what the question is about: a phrase such as "een vraag over", or enough words of content. */
function summarizes(call: Call, turn: Turn, phrases: PhraseBook): boolean {
  const { tokens, sentences } = tokensOf(turn);
  if (findSpoken(phrases, "transferSummary", tokens)) return true;
  const skip = new Uint8Array(tokens.length);
  for (const match of phrases.findAll("briefingFiller", tokens)) skip.fill(1, match.from, match.to);
  const name = findCustomerName(call, turn, phrases);
  if (name) skip.fill(1, name.from, name.to);
  const sentenceStarts = new Set(sentences.map((s) => s.from));
  const content = tokens.filter((token, i) => !skip[i] && !token.quoted && !token.placeholder && !(token.capitalized && !sentenceStarts.has(i)));
  return content.length >= SUMMARY_WORDS;
}

/** An example briefing for this customer: "Ik heb mevrouw Janssen voor je aan de lijn; zij heeft ...". */
function exampleBriefing(name: string): string {
  const about = /^(meneer|mijnheer)\s/i.test(name)
    ? "hij heeft een vraag over zijn laatste factuur"
    : /^mevrouw\s/i.test(name)
      ? "zij heeft een vraag over haar laatste factuur"
      : "de klant heeft een vraag over de laatste factuur";
  return `Ik heb ${name} voor je aan de lijn; ${about}.`;
}

export default defineRule({
  meta: {
    type: "problem",
    docs: {
      description: "Geef je collega bij doorverbinden de naam van de klant en een korte samenvatting van de vraag.",
      recommended: true,
    },
    messages: {
      noName:
        "Je verbindt door zonder je collega de naam van de klant te noemen. Dan kan je collega de klant niet persoonlijk begroeten en moet de klant zich opnieuw voorstellen. Zeg bijvoorbeeld: '{{example}}'",
      noSummary:
        "Je verbindt door zonder je collega te vertellen waar de vraag van de klant over gaat. Vat de vraag kort samen, dan weet je collega waar hij aan toe is en hoeft de klant zijn verhaal niet opnieuw te doen. Zeg bijvoorbeeld: '{{example}}'",
    },
  },
  create(context) {
    const { phrases } = context;
    return {
      Event(event, call) {
        if (event.event !== "transfer") return;
        const talk = briefing(call, event);
        // A blind transfer, without a word to the colleague, is transfer-announce's business.
        if (talk.length === 0) return;
        const example = exampleBriefing(spokenCustomerAddress(call, phrases));
        const where = { node: talk[0]!, span: speechSpan(talk[0]!, context.source.text) };
        if (!talk.some((turn) => findCustomerName(call, turn, phrases))) context.report({ ...where, messageId: "noName", data: { example } });
        if (!talk.some((turn) => summarizes(call, turn, phrases))) context.report({ ...where, messageId: "noSummary", data: { example } });
      },
    };
  },
});
