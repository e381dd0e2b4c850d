// A small pattern language over tokens, so phrase lists stay readable data:
//   heeft u [even|een] moment(je)?     words in order; [..] is an optional word
//   dank ... voor het wachten          "..." skips up to 3 words, "...5" up to 5
//   goede(morgen|middag|navond)        each word is a regular expression for one whole token
//   klant*                             "*" at the end of a word: any continuation (klantnummer)
import type { Token } from "./tokens.js";
import { PATTERN_LIMITS, phraseBranches, unsafeWordRegex } from "./pattern-limits.js";

/** One word of a pattern: a plain alternation of words is a set look-up, anything else a regex. */
export interface WordElement {
  kind: "word";
  optional: boolean;
  /** The literal words this element accepts, when it is a plain alternation ("u", "(heeft|hebt)"). */
  words?: ReadonlySet<string>;
  test(norm: string): boolean;
}

/** Distinct words a memo remembers before it starts over (bounds memory on odd input). */
export const MAX_REMEMBERED_WORDS = 100_000;

type Element = WordElement | { kind: "gap"; max: number };

export interface Pattern {
  source: string;
  elements: Element[];
  /**
   * When the pattern starts with two required words and the second is a plain alternation: its
   * words. A match at token `at` needs token `at + 1` among them, a cheap test before `matchAt`.
   */
  second?: ReadonlySet<string>;
  /**
   * A later required word that is a plain alternation (past the first word, and past `second`
   * when there is one), and how many tokens after the start it can stand: a match at `at` needs
   * one of its words between `at + min` and `at + max`.
   */
  anchor?: { words: ReadonlySet<string>; min: number; max: number };
}

const LITERAL_ALTERNATION = /^\(?([\p{L}\p{N}'\-]+(?:\|[\p{L}\p{N}'\-]+)*)\)?$/u;

/**
 * A pattern parsed and checked, as plain data: what the build stores for the built-in lists
 * (scripts/match-tables.mjs), so a run turns it into a Pattern without parsing or checking again.
 */
export interface PatternData {
  source: string;
  elements: ElementData[];
}

/** A gap of up to `gap` words, or one word: a plain alternation of `words`, or a `regex` (anchored, case-insensitive). */
export type ElementData = { gap: number } | { optional: boolean; words: string[] } | { optional: boolean; regex: string };

function wordData(body: string, optional: boolean, part: string, source: string): ElementData {
  const normalized = body.replace(/’/g, "'");
  const literal = LITERAL_ALTERNATION.exec(normalized);
  if (literal && (normalized.startsWith("(") === normalized.endsWith(")"))) {
    return { optional, words: [...new Set(literal[1]!.toLowerCase().split("|"))] };
  }
  const unsafe = unsafeWordRegex(normalized);
  if (unsafe) throw new PatternSyntaxError(`"${part}" in "${source}": ${unsafe}`);
  const regex = `^(?:${normalized.replace(/\*$/u, "[\\p{L}\\p{N}'\\-]*")})$`;
  try {
    new RegExp(regex, "iu");
  } catch {
    throw new PatternSyntaxError(`"${part}" in "${source}" is geen geldig woordpatroon`);
  }
  return { optional, regex };
}

function wordElement(data: Exclude<ElementData, { gap: number }>): WordElement {
  const { optional } = data;
  if ("words" in data) {
    const words = new Set(data.words);
    return { kind: "word", optional, words, test: (norm) => words.has(norm) };
  }
  const compiled = new RegExp(data.regex, "iu");
  // The same words come back in every turn: each distinct word meets the regex once.
  const answers = new Map<string, boolean>();
  return {
    kind: "word",
    optional,
    test: (norm) => {
      let answer = answers.get(norm);
      if (answer === undefined) {
        answer = compiled.test(norm);
        if (answers.size >= MAX_REMEMBERED_WORDS) answers.clear();
        answers.set(norm, answer);
      }
      return answer;
    },
  };
}

export interface PatternMatch {
  /** Index of the first matched token and one past the last. */
  from: number;
  to: number;
}

export class PatternSyntaxError extends Error {}

const WORD_SYNTAX = /^[\p{L}\p{N}'’\-|()?*]+$/u;

// Patterns are immutable, and the cue groups of phase inference name the same phrase lists as the
// rules: each source is compiled once per process.
const compiledPatterns = new Map<string, Pattern>();

export function compilePattern(source: string): Pattern {
  let pattern = compiledPatterns.get(source);
  if (!pattern) {
    pattern = patternFromData(parsePattern(source));
    compiledPatterns.set(source, pattern);
  }
  return pattern;
}

/** The Pattern for data that parsePattern made (here or at build time), shared per source like compilePattern's. */
export function patternOf(data: PatternData): Pattern {
  let pattern = compiledPatterns.get(data.source);
  if (!pattern) {
    pattern = patternFromData(data);
    compiledPatterns.set(data.source, pattern);
  }
  return pattern;
}

function patternFromData({ source, elements: parts }: PatternData): Pattern {
  const elements: Element[] = parts.map((part) => ("gap" in part ? { kind: "gap", max: part.gap } : wordElement(part)));
  const [first, next] = elements;
  const second = first!.kind === "word" && !first!.optional && next?.kind === "word" && !next.optional ? next.words : undefined;
  const anchor = anchorOf(elements, second ? 2 : 1);
  const pattern: Pattern = second ? { source, elements, second } : { source, elements };
  if (anchor) pattern.anchor = anchor;
  return pattern;
}

/** The first required plain-alternation word from element `from` on, with the offsets it can take. */
function anchorOf(elements: readonly Element[], from: number): Pattern["anchor"] {
  let min = 0;
  let max = 0;
  for (let e = 0; e < elements.length; e++) {
    const element = elements[e]!;
    if (e >= from && element.kind === "word" && !element.optional && element.words) return { words: element.words, min, max };
    if (element.kind === "gap") max += element.max;
    else if (element.optional) max += 1;
    else {
      min += 1;
      max += 1;
    }
  }
  return undefined;
}

/** Parses and checks a pattern; throws PatternSyntaxError with a Dutch reason. */
export function parsePattern(source: string): PatternData {
  if (source.length > PATTERN_LIMITS.length) {
    throw new PatternSyntaxError(`het patroon is ${source.length} tekens lang; de grens is ${PATTERN_LIMITS.length}`);
  }
  const parts = source.trim().split(/\s+/);
  if (parts.length === 0 || parts[0] === "") throw new PatternSyntaxError("leeg patroon");
  const elements: ElementData[] = parts.map((part) => {
    const gap = /^\.\.\.(\d)?$/.exec(part);
    if (gap) return { gap: gap[1] ? Number(gap[1]) : 3 };
    const optional = part.startsWith("[") && part.endsWith("]");
    const body = optional ? part.slice(1, -1) : part;
    if (/\\(?:\d|k<)/.test(body)) throw new PatternSyntaxError(`"${part}" in "${source}": een terugverwijzing (\\1) is niet toegestaan`);
    if (!WORD_SYNTAX.test(body)) {
      throw new PatternSyntaxError(`"${part}" in "${source}": alleen letters, cijfers, ' - | ( ) ? * zijn toegestaan`);
    }
    return wordData(body, optional, part, source);
  });
  const shapes = elements.map((e) => ("gap" in e ? { kind: "gap" as const, max: e.gap } : { kind: "word" as const, optional: e.optional }));
  if (shapes.every((e) => e.kind === "gap" || e.optional)) {
    throw new PatternSyntaxError(`"${source}" heeft geen verplicht woord`);
  }
  if (shapes[0]!.kind === "gap" || shapes[shapes.length - 1]!.kind === "gap") {
    throw new PatternSyntaxError(`"${source}" mag niet met "..." beginnen of eindigen`);
  }
  if (phraseBranches(shapes) > PATTERN_LIMITS.phraseBranches) {
    throw new PatternSyntaxError(`"${source}": te veel "..." en [optionele] woorden; elk ervan vermenigvuldigt het zoekwerk (grens ${PATTERN_LIMITS.phraseBranches} manieren)`);
  }
  return { source, elements };
}

/** Pattern elements tried so far in this process: tests compare it for inputs of size n and 2n. */
export const patternSteps = { count: 0 };

/**
 * Whether a match of the pattern starting at token `at` and ending by `limit` is ruled out by its
 * second word alone (see `Pattern.second`); false when the pattern has no such word.
 */
export function secondWordMisses(pattern: Pattern, tokens: readonly Token[], at: number, limit: number): boolean {
  const second = pattern.second;
  return second !== undefined && (at + 1 >= limit || !second.has(tokens[at + 1]!.norm));
}

/**
 * Whether a match of the pattern starting at token `at` and ending by `limit` is ruled out because
 * none of the tokens where its anchor word can stand is one of its words (see `Pattern.anchor`).
 */
export function anchorMisses(pattern: Pattern, tokens: readonly Token[], at: number, limit: number): boolean {
  const anchor = pattern.anchor;
  if (anchor === undefined) return false;
  const last = Math.min(at + anchor.max, limit - 1);
  for (let i = at + anchor.min; i <= last; i++) if (anchor.words.has(tokens[i]!.norm)) return false;
  return true;
}

/** Matches the pattern starting exactly at token `at`; returns the end index or -1. */
export function matchAt(elements: Element[], e: number, tokens: readonly Token[], at: number, limit: number): number {
  patternSteps.count++;
  if (e === elements.length) return at;
  const element = elements[e]!;
  if (element.kind === "gap") {
    for (let skip = 0; skip <= element.max && at + skip <= limit; skip++) {
      const end = matchAt(elements, e + 1, tokens, at + skip, limit);
      if (end !== -1) return end;
    }
    return -1;
  }
  if (at < limit && element.test(tokens[at]!.norm)) {
    const end = matchAt(elements, e + 1, tokens, at + 1, limit);
    if (end !== -1) return end;
  }
  return element.optional ? matchAt(elements, e + 1, tokens, at, limit) : -1;
}

/**
 * Whether a match of the pattern could start at a word with this `norm`: the word must fit one of
 * the leading optional words or the first required one. A gap before that could swallow any word,
 * so it answers yes. Never says no to a word where the pattern matches; used to skip words cheaply.
 */
export function mayStartWith(pattern: Pattern, norm: string): boolean {
  for (const element of pattern.elements) {
    if (element.kind === "gap" || element.test(norm)) return true;
    if (!element.optional) return false;
  }
  return false;
}
