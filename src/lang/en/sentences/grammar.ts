// English sentence analysis with compromise (a part-of-speech tagger): it tells a question from
// its grammar where word order alone is not enough, as with a noun for subject ("does the router
// blink", "is your husband at home"). Loaded only with the English pack.
import nlp from "compromise";
import type { SentenceGrammar } from "./label.js";

/** Sentences longer than this are not questions speech-to-text forgot to mark; they are not tagged. */
const MAX_QUESTION_LENGTH = 200;

export const compromiseGrammar: SentenceGrammar = {
  isQuestion(sentence: string): boolean {
    if (sentence.length > MAX_QUESTION_LENGTH) return false;
    return nlp(sentence).questions().found;
  },
};
