// What a sentence does in a call, independent of the language it is said in. A language pack
// labels each sentence of a turn with these acts; rules and phase inference ask for acts, not for
// the words of one phrase list.

export type Act =
  | "greeting"
  | "introduction"
  | "offerHelp"
  | "convenience"
  | "question"
  | "summary"
  | "offer"
  | "empathy"
  | "emotion"
  | "badNews"
  | "furtherQuestions"
  | "thanks"
  | "wish"
  | "goodbye"
  | "holdRequest"
  | "checkIn"
  | "transferAnnounce";

export const ACTS: readonly Act[] = [
  "greeting", "introduction", "offerHelp", "convenience", "question", "summary", "offer", "empathy", "emotion",
  "badNews", "furtherQuestions", "thanks", "wish", "goodbye", "holdRequest", "checkIn", "transferAnnounce",
];

/** The kinds of question the course names. */
export type QuestionKind = "open" | "closed" | "control" | "suggestive" | "multipleChoice";

/** Who says the sentence: the agent's side (agent, or a colleague who took the customer over) or the customer. */
export type ActSpeaker = "agent" | "customer";

/** One sentence of a turn and what it does. Token indexes refer to `tokensOf(turn)`. */
export interface SentenceActs {
  from: number;
  to: number;
  acts: ReadonlySet<Act>;
  /** Set when `acts` has "question". */
  question?: QuestionKind;
}
