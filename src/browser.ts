// The browser entry: everything of the public API that needs no file system.
export { lint, lintWithModel, resolveConfig, type LintOptions } from "./api.js";
export { defineRule } from "./rule.js";
export { formatters } from "./formatters/all.js";
export { builtinRules } from "../rules/index.js";
export { parseText } from "./engine/linter.js";
export { ConfigError } from "./config/errors.js";
export type { UserConfig, UserRuleEntry } from "./config/validate.js";
export type * from "./types.js";
export type { Formatter, FormatterContext, ResultWriter, StreamingFormatter } from "./formatters/types.js";
export type { Conversation, Call, Turn, CallEvent, Role, Phase, Span } from "./model/conversation.js";
// For pages that show the call itself: which formats can be read, and the rules' doc pages.
export { PARSERS, extensionsLinted } from "./parsers/index.js";
export { STAGE_DIRECTION } from "./parsers/call-builder.js";
export { PRESET_NAMES, type PresetName } from "./config/presets.js";
export { parseRuleDoc, plainText, type RuleDoc, type DocExample } from "./docs/rule-doc.js";
// What each sentence does (greeting, question, offer, summary, …), as the rules see it.
export { describeSentences, type SentenceDescription } from "./describe.js";
export { loadLanguage, LANGUAGE_CODES } from "./lang/index.js";
export type { Act, ActSpeaker, QuestionKind } from "./lang/acts.js";
