// What kind of call it is, in the course's words: inbound complaint, order or question; outbound
// sales, survey or data registration. Some rules expect less of some kinds (a survey offers nothing).
import type { Call, CallType } from "./conversation.js";
import type { LanguagePack } from "../lang/types.js";
import type { PhraseBook } from "../text/phrases.js";
import type { Settings } from "../types.js";
import { tokensOf } from "../text/tokens.js";
import { directionOf, openingTurns } from "./call-flow.js";
import { findSpoken } from "./speech.js";

/** Front-matter words (Dutch, spelling variants and English) → the call type. */
export const CALL_TYPE_WORDS: Readonly<Record<string, CallType>> = {
  klacht: "klacht",
  complaint: "klacht",
  bestelling: "bestelling",
  order: "bestelling",
  informatie: "informatie",
  information: "informatie",
  verkoop: "verkoop",
  telesales: "verkoop",
  sales: "verkoop",
  "enquête": "enquête",
  enquete: "enquête",
  survey: "enquête",
  dataregistratie: "dataregistratie",
  "data-entry": "dataregistratie",
};

/**
 * The call's type from front matter. Without it, an outbound call whose opening announces a survey
 * ("we doen een kort onderzoek naar ...") is one; surveys are outbound in the course material.
 */
export function callTypeOf(call: Call, phrases: PhraseBook, language: LanguagePack, settings: Settings): CallType | undefined {
  if (call.meta.callType) return call.meta.callType;
  if (directionOf(call, settings) !== "outbound") return undefined;
  const announcesSurvey = openingTurns(call, undefined, language).some((turn) => findSpoken(phrases, "surveyIntro", tokensOf(turn).tokens) !== undefined);
  return announcesSurvey ? "enquête" : undefined;
}
