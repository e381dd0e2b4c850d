// What each sentence of a text does, for tools and reports outside the rules (`npm run accuracy`,
// pages that explain a verdict): the same labelling the rules use.
import type { Act, ActSpeaker, QuestionKind } from "./lang/acts.js";
import { phraseBookOf, PhraseBook } from "./text/phrases.js";
import { defaultLanguage } from "./lang/index.js";
import type { LanguagePack } from "./lang/types.js";
import { tokenize } from "./text/tokens.js";

export interface SentenceDescription {
  /** The sentence as written. */
  text: string;
  acts: Act[];
  question?: QuestionKind;
}

/** The sentences of `text`, said by `speaker`, with what each does. `phrases` adds to the built-in lists. */
export function describeSentences(text: string, speaker: ActSpeaker, phrases?: Record<string, string[]>, language: LanguagePack = defaultLanguage): SentenceDescription[] {
  const book = phrases ? new PhraseBook(language.phrases, phrases) : phraseBookOf(language);
  const tokenized = tokenize(text);
  return language.labelSentences(text, tokenized, speaker, book).map((sentence) => {
    const { tokens } = tokenized;
    const description: SentenceDescription = { text: text.slice(tokens[sentence.from]!.start, tokens[sentence.to - 1]!.end), acts: [...sentence.acts] };
    if (sentence.question) description.question = sentence.question;
    return description;
  });
}
