// The English word sets the model and the rules test single words against, and the speaker labels
// an English transcript may use without declaring them.
import type { SpeakerWords, WordSets } from "../types.js";

export const speakers: SpeakerWords = {
  labels: {
    agent: "agent",
    representative: "agent",
    rep: "agent",
    csr: "agent",
    advisor: "agent",
    adviser: "agent",
    operator: "agent",
    customer: "customer",
    caller: "customer",
    client: "customer",
    colleague: "colleague",
  },
  roleWords: {
    agent: "agent",
    customer: "customer",
    caller: "customer",
    colleague: "colleague",
  },
};

export const words: WordSets = {
  smallTalk: new Set([
    "i", "i'm", "am", "it's", "this", "is", "speaking", "my", "name", "the", "a", "of", "yes", "yeah", "no", "hello", "hi",
    "that's", "right", "correct", "good", "fine", "ok", "okay", "thanks", "thank", "you", "mr", "mrs", "ms", "miss", "here",
  ]),
  greetingWord: /^(?:morning|afternoon|evening)$/,
  requestOpeners: new Set(["ok", "okay", "right", "alright", "so", "well", "now", "yes", "yeah", "no", "sorry", "um", "uh", "erm", "great", "lovely", "perfect", "sure", "thanks"]),
  declarativeStart: new Set(["you", "that", "it", "this", "so"]),
  clauseFinal: new Set(["mate", "pal"]),
  subjectPronouns: new Set(["i", "you", "we", "they", "he", "she", "it"]),
};
