// Words of Dutch speech with offsets, sentence numbers and quotation marks.
// A \p{L}-aware scanner rather than parse-dutch on the hot path: see README, "Waarom een eigen tokenizer".

export interface Token {
  /** As written. */
  value: string;
  /** Lower case, curly apostrophes made straight: what patterns compare against. */
  norm: string;
  /** Offsets into the text that was tokenized. */
  start: number;
  end: number;
  /** 0-based sentence number within the text. */
  sentence: number;
  /** Inside quotation marks: a mention or quoted speech, not the speaker's own words. */
  quoted: boolean;
  /** A script placeholder such as `{naam}`, `[naam klant]` or `<naam>`. */
  placeholder: boolean;
  /** The first letter is a capital. */
  capitalized: boolean;
}

export interface Sentence {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  /** Ends in a question mark. */
  question: boolean;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

import { placeholderEnd, wordEnd } from "./scan.js";

/**
 * A token as the tokenizer makes it: five fields; `end`, `placeholder` and `capitalized` follow
 * from them. A text has as many tokens as words, so every field saved is memory not collected.
 */
class WordToken implements Token {
  constructor(
    readonly value: string,
    readonly norm: string,
    readonly start: number,
    readonly sentence: number,
    readonly quoted: boolean,
  ) {}

  get end(): number {
    return this.start + this.value.length;
  }

  get placeholder(): boolean {
    const first = this.value.charCodeAt(0);
    return first === 123 /* { */ || first === 91 /* [ */ || first === 60 /* < */;
  }

  /** Lower-casing changed the first letter (the norm's first code unit is the lower-cased value's). */
  get capitalized(): boolean {
    return this.norm.charCodeAt(0) !== this.value.charCodeAt(0);
  }
}

const ANY_QUOTE = /["“„«‘‚']/;

/** 0: no sentence end between `from` and `to`; 1: a full stop or exclamation; 2: a question mark. */
function endsSentence(text: string, from: number, to: number): 0 | 1 | 2 {
  let result: 0 | 1 | 2 = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 63 /* ? */) return 2;
    if (ch === 46 /* . */ || ch === 33 /* ! */ || ch === 8230 /* … */) result = 1;
  }
  return result;
}
const OPENING_QUOTES = new Set(["“", "„", "«", "‘", "‚"]);

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const quoted = ANY_QUOTE.test(text) ? quotedMask(text) : undefined;
  let sentence = 0;
  let sentenceFrom = 0;
  let previousEnd = 0;
  // A word: letters and digits with inner apostrophes or hyphens (m'n, hm-hm, e-mail), or a
  // placeholder in braces, brackets or angle brackets.
  for (let start = 0; start < text.length; ) {
    const c = text.charCodeAt(start);
    let wordEndAt = c === 123 || c === 91 || c === 60 ? placeholderEnd(text, start) : -1; // { [ <
    // Most words are plain lower-case ASCII: scanned inline, they need no toLowerCase.
    const plain = wordEndAt === -1 && ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) && (wordEndAt = plainWordEnd(text, start)) !== -1;
    if (wordEndAt === -1) wordEndAt = wordEnd(text, start);
    if (wordEndAt === -1) {
      start += 1;
      continue;
    }
    const end = endsSentence(text, previousEnd, start);
    if (tokens.length > 0 && end !== 0) {
      sentences.push({ from: sentenceFrom, to: tokens.length, question: end === 2 });
      sentence += 1;
      sentenceFrom = tokens.length;
    }
    const value = text.slice(start, wordEndAt);
    const isQuoted = quoted !== undefined && quoted[start] === 1;
    // Most words are plain lower-case ASCII: their value is their norm.
    tokens.push(new WordToken(value, plain ? value : normOf(value), start, sentence, isQuoted));
    previousEnd = wordEndAt;
    start = wordEndAt;
  }
  if (tokens.length > sentenceFrom) {
    sentences.push({ from: sentenceFrom, to: tokens.length, question: endsSentence(text, previousEnd, text.length) === 2 });
  }
  return { tokens, sentences };
}

/** Lower case, curly apostrophes made straight. */
function normOf(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes("’") ? lower.replace(/’/g, "'") : lower;
}

/**
 * End of a word of only lower-case ASCII letters and digits starting at `i`, or -1 when the word
 * goes on with anything else (a capital, é, an inner ' ’ or -): wordEnd then scans it in full.
 */
function plainWordEnd(text: string, i: number): number {
  let j = i + 1;
  let c = text.charCodeAt(j);
  while ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) c = text.charCodeAt(++j);
  // NaN (the end of the text) fails every comparison: the word ends there.
  return (c >= 65 && c <= 90) || c >= 128 || c === 39 || c === 45 ? -1 : j;
}

/**
 * Marks every character inside quotation marks with 1. Straight single quotes count only when
 * they open after a space or colon and do not start an elided word ('t, 's, 'n, 'm).
 */
function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  let closer = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open === -1) {
      if (ch === '"' || OPENING_QUOTES.has(ch) || (ch === "'" && opensSingleQuote(text, i))) {
        open = i;
        closer = ch === '"' ? '"' : ch === "'" ? "'" : ch === "‘" ? "’" : ch === "«" ? "»" : "”";
        if (ch === "„") closer = "”";
      }
    } else if (ch === closer || (closer === "”" && ch === '"') || (closer === "’" && ch === "'")) {
      if (closer !== "'" && closer !== "’" || !/[\p{L}]/u.test(text[i + 1] ?? "")) {
        mask.fill(1, open, i + 1);
        open = -1;
      }
    } else if (ch === "\n" && text[i + 1] === "\n") {
      open = -1; // a quotation never spans a blank line
    }
  }
  return mask;
}

function opensSingleQuote(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before !== undefined && !/[\s:(]/.test(before)) return false;
  return !/^['](?:t|s|n|m|k)(?![\p{L}])/u.test(text.slice(i, i + 3)) && /[\p{L}]/u.test(text[i + 1] ?? "");
}

// Tokens are computed once per text and shared by every rule. They are kept on the holder under
// a symbol: cheaper than a WeakMap for hundreds of thousands of turns, and invisible to JSON.
const TOKENS = Symbol("tokens");

/** Lets the tokens of a holder go (a long file's finished call); they are made again if asked for. */
export function forgetTokens(holder: { text: string }): void {
  if ((holder as { [TOKENS]?: Tokenized })[TOKENS]) (holder as { [TOKENS]?: Tokenized })[TOKENS] = undefined;
}

/** Tokens of a turn (or anything with a `text`), computed once. */
export function tokensOf(holder: { text: string }): Tokenized {
  const cached = (holder as { [TOKENS]?: Tokenized })[TOKENS];
  if (cached) return cached;
  const result = tokenize(holder.text);
  (holder as { [TOKENS]?: Tokenized })[TOKENS] = result;
  return result;
}
