// What each sentence of a turn does (greeting, question, offer, summary, …), labelled once per
// turn by the language pack and shared by every rule and by phase inference.
import type { Act, ActSpeaker, SentenceActs } from "../lang/acts.js";
import type { Call, Turn } from "./conversation.js";
import type { PhraseBook } from "../text/phrases.js";
import type { LanguagePack } from "../lang/types.js";
import { languageOf } from "../lang/index.js";
import { forgetTokens, tokensOf } from "../text/tokens.js";
import { speaksToCustomer } from "./call-flow.js";
import { findRequest } from "./speech.js";

// The labels are kept on the turn under a symbol, like its tokens: a WeakMap per turn would cost
// the garbage collector more than the labelling. One phrase book at a time (a run uses one).
const ACTS = Symbol("sentence acts");
interface Labelled {
  [ACTS]?: { phrases: PhraseBook; labels: readonly SentenceActs[] };
}

/**
 * Whose acts a turn can perform: the customer's, or the agent's side (the agent, or a colleague
 * who took the customer over). A colleague talking with the agent during a hold performs none.
 */
export function actSpeaker(call: Call, turn: Turn): ActSpeaker | undefined {
  if (turn.role === "customer") return "customer";
  if (turn.role === "agent") return "agent";
  return turn.role === "colleague" && speaksToCustomer(call, turn) ? "agent" : undefined;
}

/** The sentences of the turn with what each does; none for a turn nobody on the call is addressed in. */
export function sentenceActs(call: Call, turn: Turn, phrases: PhraseBook): readonly SentenceActs[] {
  const holder = turn as Turn & Labelled;
  const kept = holder[ACTS];
  if (kept?.phrases === phrases) return kept.labels;
  const speaker = actSpeaker(call, turn);
  const labels = speaker ? languageOf(call).labelSentences(turn.text, tokensOf(turn), speaker, phrases) : [];
  holder[ACTS] = { phrases, labels };
  return labels;
}

/**
 * Lets the words and labels of a call's turns go once the call is done with, so a file of many calls
 * holds them for one call at a time; asked for again, they are made again.
 */
export function forgetSentences(call: Call): void {
  for (const item of call.items) {
    if (item.kind !== "turn") continue;
    forgetTokens(item);
    const holder = item as Turn & Labelled;
    if (holder[ACTS]) holder[ACTS] = undefined;
  }
}

/** The first sentence of the turn that does `act`. */
export function findAct(call: Call, turn: Turn, phrases: PhraseBook, act: Act): SentenceActs | undefined {
  return sentenceActs(call, turn, phrases).find((sentence) => sentence.acts.has(act));
}

/** The turn does `act` somewhere. */
export function hasAct(call: Call, turn: Turn, phrases: PhraseBook, act: Act): boolean {
  return findAct(call, turn, phrases, act) !== undefined;
}

/**
 * The turn asks the customer to wait or to be transferred: a phrase of the `askMoment` list asked
 * as a question, or a sentence that does so in other words ("Hebt u ne moment?").
 */
export function asksForMoment(call: Call, turn: Turn, phrases: PhraseBook, language: LanguagePack): boolean {
  return findRequest(call, turn, phrases, language) !== undefined || hasAct(call, turn, phrases, "holdRequest");
}
