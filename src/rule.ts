// Writing rules: `export default defineRule({ meta, create })`. This module is also the public
// entry `beleefd/rule`: what a plugin's rules need, the same helpers the built-in rules use.
import type { Rule } from "./types.js";

export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

// Questions about a call: who speaks to whom, direction, the customer's name, opening and
// closing turns, holds and timing, phases, what each sentence does (findAct, hasAct).
export * from "./model/query.js";
export { findIntroduction, exampleIntroduction, type Introduction } from "./model/introduction.js";
// Words with offsets in a turn's text, and where an inserted sentence goes.
export { tokensOf, type Token, type Sentence, type Tokenized } from "./text/tokens.js";
export { afterSentenceEnd } from "./text/insertion.js";
export type { PhraseBook, PhraseMatch } from "./text/phrases.js";
export type { Act, ActSpeaker, QuestionKind, SentenceActs } from "./lang/acts.js";
export type { LanguagePack, PhraseListName } from "./lang/types.js";
export type { Call, CallEvent, CallMeta, Conversation, Phase, Role, Span, Turn } from "./model/conversation.js";
export type { Fix, ReportDescriptor, Rule, RuleContext, RuleListener, RuleMeta, Settings, SuggestionDescriptor } from "./types.js";
