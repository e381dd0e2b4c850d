// Where in a turn something is said: spans of words, spoken (not quoted) phrases, requests.
import type { Call, Span, Turn } from "./conversation.js";
import type { LanguagePack, PhraseListName } from "../lang/types.js";
import type { PhraseBook, PhraseMatch } from "../text/phrases.js";
import { tokensOf, type Token } from "../text/tokens.js";
import { knownCustomerNames } from "./names.js";

/** Source span of tokens [from, to) of a turn. */
export function tokenSpan(turn: Turn, tokens: readonly Token[], from: number, to: number): Span {
  return [turn.textOffset + tokens[from]!.start, turn.textOffset + tokens[to - 1]!.end];
}

/** Tokens [from, to) of a turn as written, with runs of white space (blanked markup, line breaks) as one space. */
export function spokenText(turn: Turn, tokens: readonly Token[], from: number, to: number): string {
  return turn.text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, " ");
}

/**
 * What the turn says, without label or markup: from its first to its last word. With the source
 * text, only its first line (turn.text blanks line breaks, so the source tells where a line ends).
 */
export function speechSpan(turn: Turn, sourceText?: string): Span {
  const { tokens } = tokensOf(turn);
  if (tokens.length === 0) return turn.span;
  const start = turn.textOffset + tokens[0]!.start;
  let end = turn.textOffset + tokens[tokens.length - 1]!.end;
  if (sourceText !== undefined) {
    const newline = sourceText.indexOf("\n", start);
    if (newline !== -1 && newline < end) {
      end = start;
      for (const token of tokens) if (turn.textOffset + token.end <= newline) end = turn.textOffset + token.end;
    }
  }
  return [start, end];
}

/** The turn's first sentence, cut off at the end of its first line: where a message about how a turn begins goes. */
export function firstSentenceSpan(turn: Turn, sourceText: string): Span {
  const { tokens, sentences } = tokensOf(turn);
  const line = speechSpan(turn, sourceText);
  const first = sentences[0];
  if (!first) return line;
  return [line[0], Math.min(line[1], tokenSpan(turn, tokens, first.from, first.to)[1])];
}

/** The first match of `list` in tokens [from, to) that the speaker says, not quotes. */
export function findSpoken(phrases: PhraseBook, list: PhraseListName, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch | undefined {
  // The matches findAll would list, one at a time: most searches stop at the first.
  for (let at = from; at < to; ) {
    const match = phrases.find(list, tokens, at, to);
    if (!match) return undefined;
    if (!quotedWithin(tokens, match.from, match.to)) return match;
    at = match.to;
  }
  return undefined;
}

function quotedWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.quoted) return true;
  return false;
}

/**
 * A match of `list` (askMoment) that really asks: its sentence ends in a question mark, or the
 * phrase opens its sentence after no more than a name or "oké" (a transcript without punctuation).
 * "Dan kan ik u even in de wacht zetten." states, it does not ask.
 */
export function findRequest(call: Call, turn: Turn, phrases: PhraseBook, language: LanguagePack, list: PhraseListName = "askMoment"): PhraseMatch | undefined {
  return phrases.findAll(list, tokensOf(turn).tokens).find((match) => isAsked(call, turn, phrases, language, match));
}

/**
 * The phrase at `match` is asked, not stated: its sentence ends in a question mark, or it opens
 * its sentence after no more than a name or "oké" (a transcript without punctuation). Quoted words
 * are never the speaker's own question.
 */
export function isAsked(call: Call, turn: Turn, phrases: PhraseBook, language: LanguagePack, match: PhraseMatch, byWordOrder = true): boolean {
  const { tokens, sentences } = tokensOf(turn);
  if (tokens.slice(match.from, match.to).some((t) => t.quoted)) return false;
  const first = tokens[match.from]!.sentence;
  const last = tokens[match.to - 1]!.sentence;
  if (sentences.slice(first, last + 1).some((s) => s.question)) return true;
  if (!byWordOrder) return false;
  const known = knownCustomerNames(call);
  const openers = language.words.requestOpeners;
  const sentence = sentences[first]!;
  const opener = (token: Token, i: number) =>
    token.placeholder || known.has(token.norm) || openers.has(token.norm) ||
    phrases.find("honorific", tokens, i, i + 1) !== undefined || (token.capitalized && i > sentence.from);
  return tokens.slice(sentence.from, match.from).every((t, k) => opener(t, sentence.from + k));
}

/** "Hm-hm", "ja", "precies": listening sounds while the other talks on, not taking the word. */
export function isBackchannel(turn: Turn, phrases: PhraseBook, maxWords = 4): boolean {
  const { tokens } = tokensOf(turn);
  if (tokens.length === 0 || tokens.length > maxWords) return false;
  const covered = phrases.findAll("backchannel", tokens).reduce((sum, match) => sum + match.to - match.from, 0);
  return covered === tokens.length;
}
